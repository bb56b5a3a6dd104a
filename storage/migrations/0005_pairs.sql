-- Banks of mentors and mentees, pairs/groups, personalised programmes.
-- The consent log gains two kinds: the mentor's written consent to mentoring duties (ТК РФ ст. 351.8) and the
-- mentee's agreement to a pair; both name the pair they were given for.

CREATE TABLE consent_events_new (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER REFERENCES persons(id),
    invite_id       INTEGER REFERENCES invites(id),
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('pd', 'student', 'parent', 'mentoring', 'mentee_pair')),
    version         TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    text_sha256     TEXT    NOT NULL,
    action          TEXT    NOT NULL CHECK (action IN ('given', 'declined', 'withdrawn')),
    actor_tg_id     INTEGER,
    created_at      TEXT    NOT NULL,
    pair_id         INTEGER                         -- mentoring / mentee_pair: the pair it was given for
);
INSERT INTO consent_events_new (id, person_id, invite_id, org_id, kind, version, locale, text_sha256, action,
                                actor_tg_id, created_at)
    SELECT id, person_id, invite_id, org_id, kind, version, locale, text_sha256, action, actor_tg_id, created_at
    FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_new RENAME TO consent_events;
CREATE INDEX consent_events_person ON consent_events(person_id);

-- Selection and training of mentor candidates (no row: not yet decided).
CREATE TABLE mentor_selection (
    person_id       INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    status          TEXT    NOT NULL CHECK (status IN ('approved', 'rejected')),
    reason          TEXT,                           -- rejected: shown to the person
    trained_on      TEXT,                           -- local date the training was completed
    decided_by      INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    updated_at      TEXT    NOT NULL
);

-- A pair is one mentor with one mentee; a group is one mentor with several (pair_members).
CREATE TABLE pairs (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisations(id),
    mentor_id           INTEGER NOT NULL REFERENCES persons(id),
    form                TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'declined', 'ending', 'ended',
                                                           'completed')),
    starts_on           TEXT    NOT NULL,
    ends_on             TEXT,                       -- planned end
    mentor_answer       TEXT    CHECK (mentor_answer IN ('confirmed', 'declined')),
    end_requested_by    INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    end_on              TEXT,                       -- ending: the date the early end takes effect
    end_reason          TEXT,
    created_by          INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL,
    activated_at        TEXT,
    closed_at           TEXT
);
CREATE INDEX pairs_org ON pairs(org_id, status);
CREATE INDEX pairs_mentor ON pairs(mentor_id, status);

CREATE TABLE pair_members (
    pair_id         INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    mentee_id       INTEGER NOT NULL REFERENCES persons(id),
    answer          TEXT    CHECK (answer IN ('confirmed', 'declined')),
    answered_at     TEXT,
    leaves_on       TEXT,                           -- a mentee leaving a group early: the day it takes effect
    PRIMARY KEY (pair_id, mentee_id)
);
CREATE INDEX pair_members_mentee ON pair_members(mentee_id);

-- The personalised programme: goals, and tasks (under a goal or not) with due dates.
CREATE TABLE programme_items (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    goal_id     INTEGER REFERENCES programme_items(id) ON DELETE CASCADE,   -- tasks: their goal
    kind        TEXT    NOT NULL CHECK (kind IN ('goal', 'task')),
    title       TEXT    NOT NULL,
    due_on      TEXT,
    done_on     TEXT,
    done_by     INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX programme_items_pair ON programme_items(pair_id, kind);

-- «This pair is not working»: a private signal to the coordinator (no text kept, only who and when).
CREATE TABLE pair_signals (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL
);

-- Mentees left without a pair: flagged for psychological support by the coordinator.
CREATE TABLE mentee_support (
    person_id   INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    flagged_by  INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    flagged_at  TEXT    NOT NULL
);

-- Once-per-period notices to coordinators (the weekly list of unmatched mentees): claimed before sending.
CREATE TABLE org_notices (
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    kind        TEXT    NOT NULL,
    period      TEXT    NOT NULL,                   -- e.g. the Monday of the week
    person_id   INTEGER NOT NULL,                   -- the coordinator told
    sent_at     TEXT    NOT NULL,
    PRIMARY KEY (org_id, kind, period, person_id)
);
