-- Issue 18: a documentation's revisions are shown with who recorded each. Revisions recorded before
-- were not attributed, so nullable.
ALTER TABLE documentation_revision ADD COLUMN recorded_by VARCHAR(100) NULL;
