-- «Blocked the bot» is an account's, not a person's: someone who blocked the bot in Telegram but uses MAX is still
-- reached there. ``accounts.blocked_at``: this account blocked the bot (or its chat is gone); a write from it clears
-- it. ``persons.blocked_at`` now means «every account of theirs is blocked» (kept by the same writes): nobody
-- retries them until they write again, and the screens that count «blocked the bot» read it as before.
ALTER TABLE accounts ADD COLUMN blocked_at TEXT;
UPDATE accounts SET blocked_at = (SELECT p.blocked_at FROM persons p WHERE p.id = accounts.person_id);
