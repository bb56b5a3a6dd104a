-- Outages lose nothing: a send that failed for a passing reason (network, 5xx, 429) is tried again with growing
-- pauses until the message stops being relevant; a final failure keeps its reason for the coordinator.

-- why an invitation finally failed: blocked | gone (no such chat, account deleted) | rejected | expired
ALTER TABLE campaign_recipients ADD COLUMN failure TEXT;
-- the reminder to a non-respondent: passing failures so far, and when the next try may go (UTC)
ALTER TABLE campaign_recipients ADD COLUMN remind_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaign_recipients ADD COLUMN remind_after TEXT;
