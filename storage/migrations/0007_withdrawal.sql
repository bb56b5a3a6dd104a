-- Withdrawal really erases (storage/data_map.py says what happens to every column).
-- An anonymous campaign answer may outlive its author's withdrawal only cut loose from them: answer_sets.person_id
-- becomes nullable (NULL: an anonymous answer whose author withdrew; nothing ties it back to them).
-- Both tables are rebuilt (answers first, so dropping answer_sets cascades into nothing).

CREATE TABLE answer_sets_new (
    id                  INTEGER PRIMARY KEY,
    questionnaire_id    TEXT    NOT NULL,
    version             INTEGER NOT NULL,
    person_id           INTEGER REFERENCES persons(id) ON DELETE CASCADE,   -- NULL: unlinked anonymous answer
    org_id              INTEGER NOT NULL REFERENCES organisations(id),
    campaign_id         INTEGER,
    status              TEXT    NOT NULL CHECK (status IN ('in_progress', 'editing', 'review', 'submitted')),
    current_question    TEXT,
    started_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    submitted_at        TEXT
);
INSERT INTO answer_sets_new SELECT id, questionnaire_id, version, person_id, org_id, campaign_id, status,
                                   current_question, started_at, updated_at, submitted_at FROM answer_sets;

CREATE TABLE answers_new (
    answer_set_id   INTEGER NOT NULL REFERENCES answer_sets_new(id) ON DELETE CASCADE,
    question_id     TEXT    NOT NULL,
    value           TEXT    NOT NULL,
    answered_at     TEXT    NOT NULL,
    PRIMARY KEY (answer_set_id, question_id)
);
INSERT INTO answers_new SELECT answer_set_id, question_id, value, answered_at FROM answers;

DROP TABLE answers;
DROP TABLE answer_sets;
ALTER TABLE answer_sets_new RENAME TO answer_sets;
ALTER TABLE answers_new RENAME TO answers;
CREATE UNIQUE INDEX answer_sets_once ON answer_sets(person_id, questionnaire_id, COALESCE(campaign_id, 0));
CREATE INDEX answer_sets_org ON answer_sets(org_id, questionnaire_id, status);
