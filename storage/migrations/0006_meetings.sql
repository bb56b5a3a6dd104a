-- The meeting log of pairs: who logged what, the other side's answer, links to programme tasks, and the nudges
-- sent when a pair goes quiet (claimed rows: each nudge once).

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    pair_id         INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('organisational', 'trial', 'planning', 'regular', 'final')),
    held_on         TEXT    NOT NULL,               -- local date
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 600),
    format          TEXT    NOT NULL CHECK (format IN ('in_person', 'online')),
    topic           TEXT    NOT NULL,
    notes           TEXT,                           -- notes and next steps
    logged_by       INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    logged_role     TEXT    NOT NULL CHECK (logged_role IN ('mentor', 'mentee')),
    status          TEXT    NOT NULL DEFAULT 'logged'
                    CHECK (status IN ('logged', 'confirmed', 'disputed', 'deleted')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX meetings_pair ON meetings(pair_id, status, held_on);

-- Each other side's answer (a group's mentees answer one by one; one «did not happen» makes the log disputed).
CREATE TABLE meeting_answers (
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    answer      TEXT    NOT NULL CHECK (answer IN ('confirmed', 'disputed')),
    answered_at TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE meeting_tasks (
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES programme_items(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, item_id)
);

CREATE TABLE meeting_nudges (
    pair_id     INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('mentor', 'coordinator')),
    since       TEXT    NOT NULL,                   -- the quiet spell it is about: the last meeting's date
    sent_at     TEXT    NOT NULL,
    PRIMARY KEY (pair_id, kind, since)
);
