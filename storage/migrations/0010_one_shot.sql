-- Idempotent creation. A button that creates something (a survey campaign, an invite link) carries a one-shot
-- token; the creation uses it up in the same transaction, so a second tap of the same button (or one that arrives
-- at the same moment) finds it used and is shown what the first one made.
CREATE TABLE one_shot (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('campaign', 'invite')),
    tg_user_id  INTEGER NOT NULL,                   -- whose button it is (only they can use it)
    created_at  TEXT    NOT NULL,
    used_at     TEXT,
    result_id   INTEGER                             -- the campaign or invite it made
);
CREATE INDEX one_shot_user ON one_shot(tg_user_id, created_at);

-- «This pair is not working»: one signal per person and pair (a double tap does not make two).
DELETE FROM pair_signals WHERE person_id IS NOT NULL AND id NOT IN (
    SELECT MIN(id) FROM pair_signals WHERE person_id IS NOT NULL GROUP BY pair_id, person_id);
CREATE UNIQUE INDEX pair_signals_once ON pair_signals(pair_id, person_id);

-- Whether a submitted answer to an anonymous campaign counts in its results (its author is neither the campaign's
-- author nor a coordinator), decided when it is submitted, so that results shown after the deadline stay the same
-- when roles change or an author withdraws. NULL (answers from before): decided by the roles of today.
ALTER TABLE answer_sets ADD COLUMN counted INTEGER;
