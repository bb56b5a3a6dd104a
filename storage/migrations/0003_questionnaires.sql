-- Questionnaires are files (questionnaires/*.json); here live the answers, one set per person and questionnaire
-- (and campaign, once surveys are sent as campaigns). Each answer is saved as it arrives.

CREATE TABLE answer_sets (
    id                  INTEGER PRIMARY KEY,
    questionnaire_id    TEXT    NOT NULL,
    version             INTEGER NOT NULL,           -- the questionnaire version these answers are to
    person_id           INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    org_id              INTEGER NOT NULL REFERENCES organisations(id),
    campaign_id         INTEGER,                    -- NULL: the bank questionnaires (mentors, mentees)
    status              TEXT    NOT NULL CHECK (status IN ('in_progress', 'editing', 'review', 'submitted')),
    current_question    TEXT,                       -- where the person is (resume point)
    -- editing: changing one answer from the review screen (back to review after it)
    started_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    submitted_at        TEXT
);
CREATE UNIQUE INDEX answer_sets_once ON answer_sets(person_id, questionnaire_id, COALESCE(campaign_id, 0));
CREATE INDEX answer_sets_org ON answer_sets(org_id, questionnaire_id, status);

CREATE TABLE answers (
    answer_set_id   INTEGER NOT NULL REFERENCES answer_sets(id) ON DELETE CASCADE,
    question_id     TEXT    NOT NULL,
    value           TEXT    NOT NULL,               -- JSON; null when an optional question was skipped
    answered_at     TEXT    NOT NULL,
    PRIMARY KEY (answer_set_id, question_id)
);
