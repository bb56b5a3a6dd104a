-- The MAX transport's memory in the database (bot/channels/max/memory.py, DatabaseTransportMemory), so that it
-- survives a restart: aiogram names a message by a number, MAX by a string (mid); MAX names a person's dialog by a
-- chat id of its own and a file by its download URL. Every row is keyed by the bot (its MAX user id) and carries
-- when it was last used: rows older than the transport's term are pruned (storage/transport_memory.py).

-- the last aiogram message_id given out per bot: numbers are never reused, even after pruning
CREATE TABLE max_counters (
    bot_id      INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

CREATE TABLE max_messages (
    bot_id   INTEGER NOT NULL,
    number   INTEGER NOT NULL,                  -- aiogram's message_id
    mid      TEXT    NOT NULL,                  -- MAX's message id
    user_id  INTEGER,                           -- the MAX user in whose dialog the bot sent it (NULL: not the bot's)
    text     TEXT,                              -- the bot's text as last sent or edited: an edit of the keyboard
    format   TEXT,                              -- alone sends it again (MAX edits replace the body); kept for days
    used_at  TEXT    NOT NULL,                  -- UTC
    PRIMARY KEY (bot_id, number)
);
CREATE UNIQUE INDEX max_messages_mid ON max_messages(bot_id, mid);
CREATE INDEX max_messages_user ON max_messages(user_id) WHERE user_id IS NOT NULL;
CREATE INDEX max_messages_used ON max_messages(used_at);

CREATE TABLE max_dialogs (
    bot_id   INTEGER NOT NULL,
    user_id  INTEGER NOT NULL,                  -- a MAX user
    chat_id  INTEGER NOT NULL,                  -- their dialog with the bot
    used_at  TEXT    NOT NULL,
    PRIMARY KEY (bot_id, user_id)
);
CREATE INDEX max_dialogs_used ON max_dialogs(used_at);

CREATE TABLE max_files (
    bot_id   INTEGER NOT NULL,
    file_id  TEXT    NOT NULL,                  -- the file_id the bot knows the file by
    url      TEXT    NOT NULL,                  -- MAX's download URL of the attachment
    used_at  TEXT    NOT NULL,
    PRIMARY KEY (bot_id, file_id)
);
CREATE INDEX max_files_used ON max_files(used_at);
