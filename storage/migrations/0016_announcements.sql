-- Announcements: a coordinator's message (text, optionally a file) to an audience of the organisation. Each
-- recipient is a row, sent paced like survey invitations (claimed before sending, recorded after): a restart mid-send
-- sends nobody the announcement twice, and a passing failure is tried again after growing pauses.
CREATE TABLE announcements (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    audience    TEXT    NOT NULL,                   -- all | mentors | mentees | staff | parents | pair:<id> | form:<id>
    body        TEXT    NOT NULL,                   -- the coordinator's text as typed (Telegram HTML of its entities)
    file_id     TEXT,                               -- Telegram's file_id of the attached document or photo
    file_kind   TEXT    CHECK (file_kind IN ('document', 'photo')),
    file_name   TEXT,
    token       INTEGER NOT NULL UNIQUE,            -- the draft's confirmation: a second tap makes no second one
    created_by  INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX announcements_org ON announcements(org_id, id);

CREATE TABLE announcement_recipients (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    as_parent       INTEGER NOT NULL DEFAULT 0,     -- 1: to this person's parent (persons.guardian_tg_id)
    status          TEXT    NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'delivered', 'blocked', 'failed', 'uncertain')),
    attempts        INTEGER NOT NULL DEFAULT 0,     -- passing failures so far
    not_before      TEXT,                           -- UTC: a retry waits until then
    failure         TEXT,                           -- why it finally failed: blocked | gone | rejected | expired | erased
    delivered_at    TEXT,
    PRIMARY KEY (announcement_id, person_id, as_parent)
);
CREATE INDEX announcement_recipients_queue ON announcement_recipients(status, announcement_id)
    WHERE status = 'queued';

-- The programme's pinned information: a short text, the coordinator's contacts and the положение (a file), shown to
-- every participant by /info. Each part keeps who set it: what a coordinator typed goes when they withdraw.
CREATE TABLE programme_info (
    org_id      INTEGER PRIMARY KEY REFERENCES organisations(id),
    body        TEXT,                               -- Telegram HTML of what the coordinator typed
    body_by     INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    contacts    TEXT,                               -- Telegram HTML of what the coordinator typed
    contacts_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    file_id     TEXT,                               -- Telegram's file_id of the положение (a document)
    file_name   TEXT,
    file_by     INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    updated_at  TEXT    NOT NULL
);
