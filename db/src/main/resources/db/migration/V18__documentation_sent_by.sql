-- Issue 19: the send list shows when and by whom a documentation was marked as delivered to the
-- data office. Earlier deliveries recorded only the day, so both stay nullable.
ALTER TABLE documentation ADD COLUMN sent_at DATETIME(6) NULL;
ALTER TABLE documentation ADD COLUMN sent_by VARCHAR(60) NULL;
