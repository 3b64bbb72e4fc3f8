-- Issue 20: the rules' sentences are stored as message keys with typed arguments (dates, numbers,
-- the programme's labels in German and English), no longer as German text, so that each reader
-- gets them in their language. The label moves into the details with them, which need more room.
-- The stored deadlines are derived data: they are removed here, and CareScheduleRebuild recomputes
-- those of every open enrolment that has none, in batches, once the application runs.
DELETE FROM care_deadline;
ALTER TABLE care_deadline DROP COLUMN label;
ALTER TABLE care_deadline DROP COLUMN details;
ALTER TABLE care_deadline ADD COLUMN details VARCHAR(8000) NOT NULL;
