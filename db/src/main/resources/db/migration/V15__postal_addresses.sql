-- Issue 19: an eDMP file names the practice with its address and phone and the patient with their
-- address and insured status (Versichertenart); KBV's schema requires them. Recorded later, so nullable.
ALTER TABLE practice ADD COLUMN street VARCHAR(46) NULL;
ALTER TABLE practice ADD COLUMN house_number VARCHAR(9) NULL;
ALTER TABLE practice ADD COLUMN zip VARCHAR(10) NULL;
ALTER TABLE practice ADD COLUMN city VARCHAR(40) NULL;
ALTER TABLE practice ADD COLUMN phone VARCHAR(40) NULL;
ALTER TABLE patient ADD COLUMN street VARCHAR(46) NULL;
ALTER TABLE patient ADD COLUMN house_number VARCHAR(9) NULL;
ALTER TABLE patient ADD COLUMN zip VARCHAR(10) NULL;
ALTER TABLE patient ADD COLUMN city VARCHAR(40) NULL;
ALTER TABLE patient ADD COLUMN insured_status CHAR(1) NULL;
