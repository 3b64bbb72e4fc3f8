-- Issue 20: a follow-up keeps the English label beside the German one it was planned with (the
-- programme definition's for examinations and trainings), for the English UI and FHIR readers
-- asking for English. The documentation follow-ups planned before get theirs here; examinations and
-- trainings planned before keep their German label in English too (their definitions are files).
ALTER TABLE appointment ADD COLUMN label_en VARCHAR(200) NULL;
UPDATE appointment SET label_en = 'Initial documentation' WHERE label = 'Erstdokumentation';
UPDATE appointment SET label_en = CONCAT('Follow-up documentation', SUBSTRING(label, 19))
  WHERE label LIKE 'Folgedokumentation %';
-- The facts behind a deadline are named by message keys now, like its sentences (V21). The stored
-- deadlines are derived data: removed here, CareScheduleRebuild recomputes them once the
-- application runs.
DELETE FROM care_deadline;
