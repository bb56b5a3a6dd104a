"""The MAX transport's memory (migration 0018): message numbers ↔ MAX message ids with the bot's last text, a
person's dialog, a file's download URL — per bot, pruned after a term.

SQL only; ``bot/channels/max/memory.py`` (``DatabaseTransportMemory``) puts the transport's interface on it. Times
are UTC ISO strings given by the caller. Every write runs in the caller's transaction (``db.transaction()``)."""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database

# how long each kind of row is kept after its last use: the map of message ids as long as a button under an old
# message may still be pressed; the bot's texts (they name people) only for days — a keyboard-only edit of an older
# message sends no text again
MESSAGE_DAYS = 30
TEXT_DAYS = 7
DIALOG_DAYS = 180
FILE_DAYS = 2  # a file someone sent is read right away (a roadmap, a document for an announcement)


@dataclass(frozen=True, slots=True)
class StoredText:
    text: str | None
    format: str | None


class TransportMemoryRepo:
    def __init__(self, db: Database, bot_id: int) -> None:
        self.db = db
        self.bot_id = bot_id

    async def next_number(self) -> int:
        """The next aiogram message_id of this bot (never given out before)."""
        await self.db.execute("INSERT INTO max_counters (bot_id, last_number) VALUES (?, 1)"
                              " ON CONFLICT (bot_id) DO UPDATE SET last_number = last_number + 1", (self.bot_id,))
        return int(await self.db.fetchval("SELECT last_number FROM max_counters WHERE bot_id = ?", (self.bot_id,)))

    async def number_of(self, mid: str) -> int | None:
        value = await self.db.fetchval("SELECT number FROM max_messages WHERE bot_id = ? AND mid = ?",
                                       (self.bot_id, mid))
        return int(value) if value is not None else None

    async def mid_of(self, number: int) -> str | None:
        value = await self.db.fetchval("SELECT mid FROM max_messages WHERE bot_id = ? AND number = ?",
                                       (self.bot_id, number))
        return str(value) if value is not None else None

    async def add_message(self, number: int, mid: str, now: str) -> None:
        await self.db.execute("INSERT INTO max_messages (bot_id, number, mid, used_at) VALUES (?, ?, ?, ?)",
                              (self.bot_id, number, mid, now))

    async def touch_message(self, mid: str, now: str) -> None:
        await self.db.execute("UPDATE max_messages SET used_at = ? WHERE bot_id = ? AND mid = ?",
                              (now, self.bot_id, mid))

    async def set_text(self, mid: str, user_id: int | None, text: str | None, fmt: str | None, now: str) -> None:
        await self.db.execute("UPDATE max_messages SET text = ?, format = ?, user_id = coalesce(?, user_id),"
                              " used_at = ? WHERE bot_id = ? AND mid = ?",
                              (text, fmt, user_id, now, self.bot_id, mid))

    async def text_of(self, mid: str) -> StoredText | None:
        row = await self.db.fetchone("SELECT text, format FROM max_messages WHERE bot_id = ? AND mid = ?"
                                     " AND (text IS NOT NULL OR format IS NOT NULL)", (self.bot_id, mid))
        return StoredText(row["text"], row["format"]) if row is not None else None

    async def set_dialog(self, user_id: int, chat_id: int, now: str) -> None:
        await self.db.execute("INSERT INTO max_dialogs (bot_id, user_id, chat_id, used_at) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (bot_id, user_id) DO UPDATE SET chat_id = excluded.chat_id,"
                              " used_at = excluded.used_at", (self.bot_id, user_id, chat_id, now))

    async def dialog_of(self, user_id: int) -> int | None:
        value = await self.db.fetchval("SELECT chat_id FROM max_dialogs WHERE bot_id = ? AND user_id = ?",
                                       (self.bot_id, user_id))
        return int(value) if value is not None else None

    async def set_file(self, file_id: str, url: str, now: str) -> None:
        await self.db.execute("INSERT INTO max_files (bot_id, file_id, url, used_at) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (bot_id, file_id) DO UPDATE SET url = excluded.url,"
                              " used_at = excluded.used_at", (self.bot_id, file_id, url, now))

    async def url_of(self, file_id: str) -> str | None:
        value = await self.db.fetchval("SELECT url FROM max_files WHERE bot_id = ? AND file_id = ?",
                                       (self.bot_id, file_id))
        return str(value) if value is not None else None

    async def prune(self, cutoffs: dict[str, str]) -> int:
        """Forget what was last used before its cutoff (``messages``, ``texts``, ``dialogs``, ``files``: UTC ISO
        strings), for every bot. Returns the rows deleted or blanked."""
        changed = await self.db.execute_rowcount("DELETE FROM max_messages WHERE used_at < ?", (cutoffs["messages"],))
        changed += await self.db.execute_rowcount(
            "UPDATE max_messages SET text = NULL, format = NULL WHERE used_at < ? AND text IS NOT NULL",
            (cutoffs["texts"],))
        changed += await self.db.execute_rowcount("DELETE FROM max_dialogs WHERE used_at < ?", (cutoffs["dialogs"],))
        changed += await self.db.execute_rowcount("DELETE FROM max_files WHERE used_at < ?", (cutoffs["files"],))
        return changed
