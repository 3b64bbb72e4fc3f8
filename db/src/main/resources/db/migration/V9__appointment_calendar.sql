-- Issue 7: the practice calendar reads the booked follow-ups of a day, week or month.
CREATE INDEX appointment_practice_scheduled ON appointment (practice_id, scheduled_at);
