-- migrate: foreign_keys=off
-- Every form of mentorship and kind of organisation (issue 15): organisations of additional education; mentors who
-- are pupils/students or outside specialists (a kind on the person, set by the invite they came by); partner
-- organisations that provide mentors; the consent of an outside specialist (not an employee: no labour law);
-- variants of a pair (reverse, virtual, short-term). Three tables are rebuilt to widen their CHECKs, so this
-- migration runs with foreign keys off and checks them before it commits (storage/migrate.py).

CREATE TABLE partners (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('employer', 'university', 'college', 'culture', 'ngo', 'other')),
    contact     TEXT,                                   -- contact person and how to reach them, as typed
    created_at  TEXT    NOT NULL,
    removed_at  TEXT
);
CREATE UNIQUE INDEX partners_name ON partners(org_id, name) WHERE removed_at IS NULL;

CREATE TABLE organisations_new (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('school', 'kindergarten', 'college', 'additional')),
    timezone    TEXT    NOT NULL,
    address     TEXT,
    created_by  INTEGER NOT NULL,
    created_at  TEXT    NOT NULL
);
INSERT INTO organisations_new SELECT id, name, kind, timezone, address, created_by, created_at FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

CREATE TABLE invites_new (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    token           TEXT    NOT NULL UNIQUE,
    role            TEXT    NOT NULL CHECK (role IN ('coordinator', 'mentor_candidate', 'mentor_student',
                                                     'mentor_external', 'mentee_teacher', 'mentee_student', 'staff',
                                                     'parent')),
    for_person_id   INTEGER REFERENCES persons(id) ON DELETE CASCADE,
    created_by_tg   INTEGER,
    created_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    max_uses        INTEGER NOT NULL CHECK (max_uses >= 1),
    uses            INTEGER NOT NULL DEFAULT 0,
    revoked_at      TEXT,
    partner_id      INTEGER REFERENCES partners(id)     -- mentors from a partner organisation
);
INSERT INTO invites_new (id, org_id, token, role, for_person_id, created_by_tg, created_at, expires_at, max_uses, uses,
                         revoked_at)
    SELECT id, org_id, token, role, for_person_id, created_by_tg, created_at, expires_at, max_uses, uses, revoked_at
    FROM invites;
DROP TABLE invites;
ALTER TABLE invites_new RENAME TO invites;
CREATE INDEX invites_org ON invites(org_id, revoked_at, expires_at);

CREATE TABLE consent_events_new (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER REFERENCES persons(id),
    invite_id       INTEGER REFERENCES invites(id),
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('pd', 'pd_external', 'student', 'parent', 'mentoring',
                                                     'mentee_pair')),
    version         TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    text_sha256     TEXT    NOT NULL,
    action          TEXT    NOT NULL CHECK (action IN ('given', 'declined', 'withdrawn')),
    actor_tg_id     INTEGER,
    created_at      TEXT    NOT NULL,
    pair_id         INTEGER
);
INSERT INTO consent_events_new SELECT id, person_id, invite_id, org_id, kind, version, locale, text_sha256, action,
                                      actor_tg_id, created_at, pair_id FROM consent_events;
DROP TABLE consent_events;
ALTER TABLE consent_events_new RENAME TO consent_events;
CREATE INDEX consent_events_person ON consent_events(person_id);

-- NULL: a teacher (or another employee); 'student': a pupil or college student; 'external': an outside specialist
ALTER TABLE persons ADD COLUMN mentor_kind TEXT CHECK (mentor_kind IN ('student', 'external'));
ALTER TABLE persons ADD COLUMN partner_id INTEGER REFERENCES partners(id);
CREATE INDEX persons_partner ON persons(partner_id) WHERE partner_id IS NOT NULL;

-- comma-separated: reverse, virtual, short_term (a group is a pair with several mentees)
ALTER TABLE pairs ADD COLUMN variants TEXT NOT NULL DEFAULT '';
