-- Shaping the roadmap in chat (issue 17): the year the school's document was written for, and the bot's own events
-- offered to the coordinator as roadmap activities done (each event offered once).

-- The document's own year as the parser read it: a school year (2023 = 2023/24) or a calendar year («на 2023 год»);
-- NULL: not known. Once every deadline has been moved to the roadmap's school year it is that year (kind 'school').
ALTER TABLE roadmaps ADD COLUMN document_year INTEGER;
ALTER TABLE roadmaps ADD COLUMN document_year_kind TEXT CHECK (document_year_kind IN ('school', 'calendar'));

-- An event of the bot (an order fixing pairs printed, a monitoring survey closed, the bank of mentors formed, the
-- year-end report made) offered to the coordinators as the matching activity done: one row per event and
-- organisation, so it is offered once; activity_id NULL when no open activity matched.
CREATE TABLE roadmap_offers (
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    event        TEXT    NOT NULL,   -- order:<roadmap> | bank:<roadmap> | report:<roadmap> | campaign:<campaign>
    activity_id  INTEGER REFERENCES roadmap_activities(id) ON DELETE SET NULL,
    offered_at   TEXT    NOT NULL,
    PRIMARY KEY (org_id, event)
);
