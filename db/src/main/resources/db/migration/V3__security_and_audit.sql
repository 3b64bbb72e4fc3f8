-- Issue 4: who may log in, and the record of who did what with patient data.

-- Users of the WildFly Elytron JDBC realm: bcrypt hash, salt and cost, one role each.
-- Doctors and staff belong to a practice, insurer users to an insurer.
CREATE TABLE app_user (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  version             BIGINT       NOT NULL,
  username            VARCHAR(60)  NOT NULL,
  password_hash       VARCHAR(100) NOT NULL,
  password_salt       VARCHAR(40)  NOT NULL,
  password_iterations INT          NOT NULL,
  role                VARCHAR(16)  NOT NULL,
  practice_id         BIGINT       NULL,
  insurer_id          BIGINT       NULL,
  disabled_at         DATETIME(6)  NULL,
  created_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT app_user_username UNIQUE (username),
  CONSTRAINT app_user_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT app_user_insurer FOREIGN KEY (insurer_id) REFERENCES insurer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Append-only: the application inserts and reads, never updates or deletes. patient_id has no
-- foreign key on purpose, so that the trail of an erased patient stays.
CREATE TABLE audit_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at   DATETIME(6)  NOT NULL,
  username      VARCHAR(60)  NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  action        VARCHAR(16)  NOT NULL,
  resource_type VARCHAR(40)  NOT NULL,
  resource_id   VARCHAR(40)  NULL,
  patient_id    BIGINT       NULL,
  outcome       VARCHAR(12)  NOT NULL,
  detail        VARCHAR(500) NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX audit_event_patient ON audit_event (patient_id);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);

-- which practices care for a patient: one record, reached by every practice that treats the person
CREATE TABLE patient_practice (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  patient_id  BIGINT      NOT NULL,
  practice_id BIGINT      NOT NULL,
  since       DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT patient_practice_pair UNIQUE (patient_id, practice_id),
  CONSTRAINT patient_practice_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT patient_practice_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- the practices that already hold a DMP case for a patient care for that patient
INSERT INTO patient_practice (patient_id, practice_id, since)
  SELECT patient_id, practice_id, created_at FROM dmp_case;

-- consent withdrawal ends the enrolment and stops the flow of data to the insurer from that day
ALTER TABLE enrolment ADD COLUMN consent_withdrawn_on DATE NULL;
