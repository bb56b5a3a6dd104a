-- Survey campaigns: a questionnaire sent to an audience with a deadline; invitations are rows, sent paced
-- and exactly once (claimed before sending, recorded after), surviving restarts mid-send.

CREATE TABLE campaigns (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL REFERENCES organisations(id),
    questionnaire_id    TEXT    NOT NULL,
    audience            TEXT    NOT NULL,           -- mentors | mentees | pairs | form:<id> | list
    deadline            TEXT    NOT NULL,           -- local date (YYYY-MM-DD), inclusive
    anonymous           INTEGER NOT NULL DEFAULT 0,
    status              TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_by          INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL
);
CREATE INDEX campaigns_org ON campaigns(org_id, status);

CREATE TABLE campaign_recipients (
    campaign_id     INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    status          TEXT    NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'delivered', 'blocked', 'failed', 'uncertain')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      TEXT,                           -- UTC: a retry waits until then
    delivered_at    TEXT,
    reminded_at     TEXT,
    PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX campaign_recipients_queue ON campaign_recipients(status, campaign_id) WHERE status = 'queued';
