-- Organisations, participants with roles, invites, the consent log and the FSM state.
-- Timestamps are ISO-8601 UTC strings ("2026-11-23T10:00:00+00:00").

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('school', 'kindergarten', 'college')),
    timezone    TEXT    NOT NULL,
    address     TEXT,
    created_by  INTEGER NOT NULL,          -- Telegram id of the super-admin
    created_at  TEXT    NOT NULL
);

CREATE TABLE persons (
    id                INTEGER PRIMARY KEY,
    org_id            INTEGER NOT NULL REFERENCES organisations(id),
    tg_user_id        INTEGER,             -- NULL once anonymised
    locale            TEXT    NOT NULL DEFAULT 'ru',
    status            TEXT    NOT NULL CHECK (status IN ('registering', 'awaiting_parent', 'active', 'withdrawn')),
    is_minor          INTEGER NOT NULL DEFAULT 0,
    full_name         TEXT,
    position          TEXT,
    subject           TEXT,
    experience_years  INTEGER,
    phone             TEXT,
    guardian_tg_id    INTEGER,             -- parent who consented for a minor
    guardian_name     TEXT,
    blocked_at        TEXT,                -- the user blocked the bot
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    withdrawn_at      TEXT
);
CREATE UNIQUE INDEX persons_tg_user ON persons(tg_user_id) WHERE tg_user_id IS NOT NULL;
CREATE INDEX persons_org ON persons(org_id, status);
CREATE INDEX persons_guardian ON persons(guardian_tg_id) WHERE guardian_tg_id IS NOT NULL;

CREATE TABLE person_roles (
    person_id   INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('coordinator', 'mentor_candidate', 'mentee_teacher',
                                                 'mentee_student', 'staff')),
    invite_id   INTEGER REFERENCES invites(id),
    granted_at  TEXT    NOT NULL,
    PRIMARY KEY (person_id, role)
);
CREATE INDEX person_roles_role ON person_roles(role);

CREATE TABLE invites (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    token           TEXT    NOT NULL UNIQUE,
    role            TEXT    NOT NULL CHECK (role IN ('coordinator', 'mentor_candidate', 'mentee_teacher',
                                                     'mentee_student', 'staff', 'parent')),
    for_person_id   INTEGER REFERENCES persons(id) ON DELETE CASCADE,  -- parent links: the student
    created_by_tg   INTEGER,                       -- NULL once its creator's data is erased
    created_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    max_uses        INTEGER NOT NULL CHECK (max_uses >= 1),
    uses            INTEGER NOT NULL DEFAULT 0,
    revoked_at      TEXT
);
CREATE INDEX invites_org ON invites(org_id, revoked_at, expires_at);

-- Append-only consent log. Keeps ids, versions and timestamps only: no names, no answers.
CREATE TABLE consent_events (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER REFERENCES persons(id),   -- NULL for a decline before registration
    invite_id       INTEGER REFERENCES invites(id),
    org_id          INTEGER NOT NULL REFERENCES organisations(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('pd', 'student', 'parent')),
    version         TEXT    NOT NULL,
    locale          TEXT    NOT NULL,
    text_sha256     TEXT    NOT NULL,               -- hash of the exact text shown
    action          TEXT    NOT NULL CHECK (action IN ('given', 'declined', 'withdrawn')),
    actor_tg_id     INTEGER,                        -- who pressed the button (the parent for 'parent')
    created_at      TEXT    NOT NULL
);
CREATE INDEX consent_events_person ON consent_events(person_id);

CREATE TABLE fsm_state (
    bot_id      INTEGER NOT NULL,
    chat_id     INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    thread_id   INTEGER NOT NULL DEFAULT 0,
    business    TEXT    NOT NULL DEFAULT '',
    destiny     TEXT    NOT NULL DEFAULT 'default',
    state       TEXT,
    data        TEXT    NOT NULL DEFAULT '{}',
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (bot_id, chat_id, user_id, thread_id, business, destiny)
);
CREATE INDEX fsm_state_user ON fsm_state(user_id);
