-- Issue 5: documentation states for the overview of expected documentations, and the rules'
-- deadlines per enrolment, kept in step with the facts so that worklists are indexed queries.

ALTER TABLE documentation ADD COLUMN status VARCHAR(10) DEFAULT 'COMPLETE' NOT NULL;
ALTER TABLE documentation ADD COLUMN sent_on DATE NULL;
CREATE INDEX documentation_date ON documentation (documented_on);

CREATE TABLE care_deadline (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  enrolment_id           BIGINT        NOT NULL,
  practice_id            BIGINT        NOT NULL,
  patient_id             BIGINT        NOT NULL,
  programme_code         VARCHAR(20)   NOT NULL,
  rule_id                VARCHAR(80)   NOT NULL,
  rule_version           VARCHAR(20)   NOT NULL,
  kind                   VARCHAR(16)   NOT NULL,
  subject                VARCHAR(60)   NOT NULL,
  label                  VARCHAR(200)  NOT NULL,
  due_from               DATE          NULL,
  overdue_from           DATE          NULL,
  warning_from           DATE          NULL,
  exclusion_from         DATE          NULL,
  expires_on             DATE          NULL,
  exclusion_effective_on DATE          NULL,
  details                VARCHAR(4000) NOT NULL,
  evaluated_on           DATE          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT care_deadline_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT care_deadline_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT care_deadline_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX care_deadline_practice_due ON care_deadline (practice_id, due_from);
CREATE INDEX care_deadline_enrolment ON care_deadline (enrolment_id);
