-- Monitoring by school year (issue 16). The official indicators are shares of the organisation's own totals (all
-- pupils aged 10–19, all teachers under 35 …), which the bot cannot count: the coordinator enters them once per
-- school year (2026 = 01.09.2026–31.08.2027). A value of a past year stays as entered when a new year starts.
-- (A participant's age comes from the year of birth asked, optionally, in the bank questionnaires that need it:
-- stored as an answer like any other, erased with them.)
CREATE TABLE org_totals (
    org_id      INTEGER NOT NULL REFERENCES organisations(id),
    school_year INTEGER NOT NULL,
    key         TEXT    NOT NULL CHECK (key IN ('pupils', 'pupils_10_19', 'pupils_15_19', 'teachers',
                                                'teachers_under_35', 'young_specialists')),
    value       INTEGER NOT NULL CHECK (value >= 0),
    entered_at  TEXT    NOT NULL,
    PRIMARY KEY (org_id, school_year, key)
);
