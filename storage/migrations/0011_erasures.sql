-- A withdrawal (or the end of the retention term) erases the person in two steps: their record is emptied at once,
-- then everything else in every table (storage/data_map.py). The second step is queued here in the first step's
-- transaction and removed in the second's, so a crash in between is finished at the next start.
CREATE TABLE erasures (
    person_id   INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    tg_user_id  INTEGER,            -- to forget the person's chat forms; NULL when not known
    queued_at   TEXT    NOT NULL
);

-- People who withdrew before this release were only partly erased: finish them too (their Telegram id is gone).
INSERT INTO erasures (person_id, tg_user_id, queued_at)
SELECT id, NULL, COALESCE(withdrawn_at, updated_at) FROM persons WHERE status = 'withdrawn';
