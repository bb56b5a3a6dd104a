-- People are accounts per channel: a person is recognised and reached through ``(channel, external id)`` — a
-- Telegram user id or a MAX user id — never a bare number (the same number in two messengers is two people).
-- A person may hold one account in each channel (linked by a one-time code); notices go to the one used last.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    channel       TEXT    NOT NULL CHECK (channel IN ('telegram', 'max')),
    external_id   INTEGER NOT NULL,                -- the messenger's user id
    created_at    TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL,                -- the person last wrote from this account (linked, or switched)
    UNIQUE (channel, external_id)
);
CREATE INDEX accounts_person ON accounts(person_id, last_seen_at);

INSERT INTO accounts (person_id, channel, external_id, created_at, last_seen_at)
SELECT id, 'telegram', tg_user_id, created_at, updated_at FROM persons WHERE tg_user_id IS NOT NULL;

DROP INDEX persons_tg_user;
ALTER TABLE persons DROP COLUMN tg_user_id;

-- the parent who consented for a minor: an account too (a parent is not a participant: no persons row)
DROP INDEX persons_guardian;
ALTER TABLE persons RENAME COLUMN guardian_tg_id TO guardian_id;
ALTER TABLE persons ADD COLUMN guardian_channel TEXT CHECK (guardian_channel IN ('telegram', 'max'));
UPDATE persons SET guardian_channel = 'telegram' WHERE guardian_id IS NOT NULL;
CREATE INDEX persons_guardian ON persons(guardian_channel, guardian_id) WHERE guardian_id IS NOT NULL;

-- who pressed a consent button
ALTER TABLE consent_events RENAME COLUMN actor_tg_id TO actor_id;
ALTER TABLE consent_events ADD COLUMN actor_channel TEXT CHECK (actor_channel IN ('telegram', 'max'));
UPDATE consent_events SET actor_channel = 'telegram' WHERE actor_id IS NOT NULL;

-- whose creating button it is
DROP INDEX one_shot_user;
ALTER TABLE one_shot RENAME COLUMN tg_user_id TO external_id;
ALTER TABLE one_shot ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' CHECK (channel IN ('telegram', 'max'));
CREATE INDEX one_shot_user ON one_shot(channel, external_id, created_at);

-- who made an invite
ALTER TABLE invites RENAME COLUMN created_by_tg TO created_by_id;
ALTER TABLE invites ADD COLUMN created_by_channel TEXT CHECK (created_by_channel IN ('telegram', 'max'));
UPDATE invites SET created_by_channel = 'telegram' WHERE created_by_id IS NOT NULL;

-- a queued erasure keeps the accounts whose chat forms are still to be forgotten: a JSON list of [channel, id]
ALTER TABLE erasures ADD COLUMN accounts TEXT NOT NULL DEFAULT '[]';
UPDATE erasures SET accounts = json_array(json_array('telegram', tg_user_id)) WHERE tg_user_id IS NOT NULL;
ALTER TABLE erasures DROP COLUMN tg_user_id;

-- a link between two accounts of one person: a one-time code shown in one channel, typed in the other
CREATE TABLE link_codes (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    code_sha256  TEXT    NOT NULL UNIQUE,          -- the code itself is never stored
    created_at   TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    used_at      TEXT
);
CREATE INDEX link_codes_person ON link_codes(person_id);

-- wrong codes typed, per account: five within the code's lifetime lock that account out of linking for a while
CREATE TABLE link_failures (
    channel      TEXT    NOT NULL CHECK (channel IN ('telegram', 'max')),
    external_id  INTEGER NOT NULL,
    failed_at    TEXT    NOT NULL
);
CREATE INDEX link_failures_account ON link_failures(channel, external_id, failed_at);

-- half-filled forms: the channel of the bot they were typed in (the bot's id keys them; a person is erased by account)
ALTER TABLE fsm_state ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram' CHECK (channel IN ('telegram', 'max'));
