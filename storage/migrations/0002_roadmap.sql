-- Roadmaps («дорожные карты»): stages → activities with deadlines, responsible staff and status;
-- reminders as rows (each sent exactly once, surviving restarts).

CREATE TABLE roadmaps (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    academic_year   INTEGER NOT NULL,               -- 2024 = September 2024 … August 2025
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'active', 'archived')),
    source          TEXT    NOT NULL,               -- file name, or 'template'
    warnings        TEXT    NOT NULL DEFAULT '[]',  -- JSON list of what the parser did not understand
    created_by      INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL,
    activated_at    TEXT
);
CREATE UNIQUE INDEX roadmaps_one_active ON roadmaps(org_id, academic_year) WHERE status = 'active';
CREATE INDEX roadmaps_org ON roadmaps(org_id, status);

CREATE TABLE roadmap_stages (
    id          INTEGER PRIMARY KEY,
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX roadmap_stages_roadmap ON roadmap_stages(roadmap_id, position);

CREATE TABLE roadmap_activities (
    id                  INTEGER PRIMARY KEY,
    roadmap_id          INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    stage_id            INTEGER NOT NULL REFERENCES roadmap_stages(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    title               TEXT    NOT NULL,
    deadline_text       TEXT    NOT NULL DEFAULT '',
    starts_on           TEXT,                       -- local dates (YYYY-MM-DD) in the organisation's zone
    due_on              TEXT,
    recurrence          TEXT CHECK (recurrence IN ('yearly', 'weekly')),
    status              TEXT    NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'in_progress', 'done', 'skipped')),
    skip_reason         TEXT,
    status_changed_at   TEXT,
    status_changed_by   INTEGER REFERENCES persons(id) ON DELETE SET NULL
);
CREATE INDEX roadmap_activities_roadmap ON roadmap_activities(roadmap_id, position);
CREATE INDEX roadmap_activities_stage ON roadmap_activities(stage_id, position);

-- Who is responsible, as written in the document («Директор», «Гришенкова А.Н.»).
CREATE TABLE activity_labels (
    activity_id INTEGER NOT NULL REFERENCES roadmap_activities(id) ON DELETE CASCADE,
    label       TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'role')),
    PRIMARY KEY (activity_id, label)
);
CREATE INDEX activity_labels_label ON activity_labels(label);

-- The coordinator's links from a label to registered staff (a role may name several people).
CREATE TABLE roadmap_links (
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    label       TEXT    NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    PRIMARY KEY (roadmap_id, label, person_id)
);
CREATE INDEX roadmap_links_person ON roadmap_links(person_id);

CREATE TABLE reminders (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id),
    activity_id  INTEGER REFERENCES roadmap_activities(id) ON DELETE CASCADE,   -- NULL for a digest
    person_id    INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('opens', 'before', 'due', 'overdue', 'escalation', 'digest')),
    fire_on      TEXT    NOT NULL,      -- the local date the reminder is about
    send_after   TEXT    NOT NULL,      -- UTC, ISO seconds: not before, and only in working hours
    status       TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'failed', 'uncertain')),
    planned_at   TEXT    NOT NULL,      -- when it was (re)planned: «late» counts from here, not from 09:00
    attempts     INTEGER NOT NULL DEFAULT 0,
    claimed_at   TEXT,
    sent_at      TEXT,
    late         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reminders_once ON reminders(activity_id, person_id, kind, fire_on) WHERE activity_id IS NOT NULL;
CREATE UNIQUE INDEX reminders_digest_once ON reminders(person_id, fire_on) WHERE kind = 'digest';
CREATE INDEX reminders_due ON reminders(send_after) WHERE status = 'pending';
CREATE INDEX reminders_activity ON reminders(activity_id, status);
