-- Outcomes, rewards, best practice and the report a school files (issue 16).

-- Achievements of participants (a competition and its result, an open lesson, a qualification category, a
-- publication, a pupil's olympiad result), recorded by the person, their mentor or a coordinator.
CREATE TABLE achievements (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id),
    person_id    INTEGER NOT NULL REFERENCES persons(id),      -- whose achievement
    kind         TEXT    NOT NULL CHECK (kind IN ('competition', 'open_lesson', 'category', 'publication',
                                                  'olympiad', 'other')),
    result       TEXT    CHECK (result IN ('winner', 'prize', 'participant')),  -- competitions and olympiads
    title        TEXT    NOT NULL,                              -- as typed
    achieved_on  TEXT    NOT NULL,
    file_id      TEXT,                                          -- a Telegram file_id (document or photo)
    file_kind    TEXT    CHECK (file_kind IN ('document', 'photo')),
    created_by   INTEGER NOT NULL REFERENCES persons(id),      -- who typed it
    created_at   TEXT    NOT NULL
);
CREATE INDEX achievements_org ON achievements(org_id, achieved_on);
CREATE INDEX achievements_person ON achievements(person_id);

-- Rewards for mentors, given by a coordinator.
CREATE TABLE rewards (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    person_id   INTEGER NOT NULL REFERENCES persons(id),       -- the mentor
    kind        TEXT    NOT NULL CHECK (kind IN ('thanks', 'certificate', 'bonus', 'mentor_of_year', 'best_pair')),
    given_on    TEXT    NOT NULL,
    note        TEXT,                                           -- e.g. «приказ № 45», as typed
    created_by  INTEGER NOT NULL REFERENCES persons(id),
    created_at  TEXT    NOT NULL
);
CREATE INDEX rewards_org ON rewards(org_id, given_on);

-- Best practices: «методическая копилка» of the organisation.
CREATE TABLE practices (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id),
    author_id    INTEGER NOT NULL REFERENCES persons(id),
    title        TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    file_id      TEXT,
    file_kind    TEXT    CHECK (file_kind IN ('document', 'photo')),
    created_at   TEXT    NOT NULL
);
CREATE INDEX practices_org ON practices(org_id, created_at);

-- Local acts: the number and date of the положение, the order on the programme, the order on the pairs.
CREATE TABLE local_acts (
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('regulation', 'programme_order', 'pairs_order')),
    number      TEXT    NOT NULL,
    signed_on   TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES persons(id),
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (org_id, kind)
);

-- Conclusions and tasks for next year, asked from the coordinator before the year-end report (kept: next year's
-- form starts from them). school_year: 2026 = 01.09.2026–31.08.2027.
CREATE TABLE year_conclusions (
    org_id       INTEGER NOT NULL REFERENCES organisations(id),
    school_year  INTEGER NOT NULL,
    conclusions  TEXT    NOT NULL,
    tasks        TEXT    NOT NULL,
    updated_by   INTEGER REFERENCES persons(id),
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (org_id, school_year)
);

-- The «Save» buttons of the achievement, reward and practice forms are one-shot too (a double tap records once):
-- the table is rebuilt to widen its CHECK (nothing references it).
CREATE TABLE one_shot_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('campaign', 'invite', 'achievement', 'reward', 'practice')),
    tg_user_id  INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    used_at     TEXT,
    result_id   INTEGER
);
INSERT INTO one_shot_new (id, kind, tg_user_id, created_at, used_at, result_id)
    SELECT id, kind, tg_user_id, created_at, used_at, result_id FROM one_shot;
DROP TABLE one_shot;
ALTER TABLE one_shot_new RENAME TO one_shot;
CREATE INDEX one_shot_user ON one_shot(tg_user_id, created_at);
