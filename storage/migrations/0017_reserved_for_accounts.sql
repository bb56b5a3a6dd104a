-- Reserved: issue 20's accounts per channel (branch issue-20-accounts) brings its own 0017_accounts.sql.
-- This placeholder only keeps the numbering without gaps on the branch issue-20-flows, whose 0018 follows;
-- when both branches meet, DELETE THIS FILE (two migrations numbered 17 make load_migrations refuse to start).
SELECT 1;
