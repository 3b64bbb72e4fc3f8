-- Issue 18 (walk of the demo): a documentation's record named its author two ways, the doctor as a
-- person in its header and the account ("dr.weber") at each revision. An account may carry the
-- name of the person who uses it, which the record shows at each revision; without one it shows
-- the user name as before.
ALTER TABLE app_user ADD COLUMN display_name VARCHAR(100) NULL;
