-- Issue 21: a patient's date of death, reported by a practice or another system over FHIR
-- (Patient.deceasedDateTime), is kept instead of refused; recording it ends the enrolments.
ALTER TABLE patient ADD COLUMN died_on DATE NULL;
