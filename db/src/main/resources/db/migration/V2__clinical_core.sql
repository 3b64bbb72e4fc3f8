-- Issue 3: the clinical core. Insurers, practices and doctors; the patient's insurance; DMP case
-- numbers; enrolments with their state history; visits and documentations with every revision;
-- versioned therapy plans; follow-up appointments.

CREATE TABLE insurer (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL,
  institution_code VARCHAR(9) NOT NULL,
  name             VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT insurer_institution_code UNIQUE (institution_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE practice (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL,
  bsnr             VARCHAR(9) NOT NULL,
  name             VARCHAR(200) NOT NULL,
  region           VARCHAR(40)  NOT NULL,
  last_case_number INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT practice_bsnr UNIQUE (bsnr)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE practitioner (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL,
  lanr        VARCHAR(9) NOT NULL,
  family_name VARCHAR(100) NOT NULL,
  given_name  VARCHAR(100) NOT NULL,
  practice_id BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT practitioner_lanr UNIQUE (lanr),
  CONSTRAINT practitioner_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- one patient is one record: duplicates are detected on insurer + insurance number (KVNR)
ALTER TABLE patient ADD COLUMN insurer_id BIGINT NULL;
ALTER TABLE patient ADD COLUMN insurance_number VARCHAR(10) NULL;
ALTER TABLE patient ADD COLUMN phone VARCHAR(40) NULL;
ALTER TABLE patient ADD COLUMN email VARCHAR(200) NULL;
ALTER TABLE patient ADD CONSTRAINT patient_insurer FOREIGN KEY (insurer_id) REFERENCES insurer (id);
ALTER TABLE patient ADD CONSTRAINT patient_insurance UNIQUE (insurer_id, insurance_number);

-- the DMP-Fallnummer: at most 7 digits, one per patient and practice, never changed, reused
CREATE TABLE dmp_case (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  patient_id  BIGINT      NOT NULL,
  practice_id BIGINT      NOT NULL,
  case_number VARCHAR(7)  NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT dmp_case_number UNIQUE (practice_id, case_number),
  CONSTRAINT dmp_case_patient_practice UNIQUE (patient_id, practice_id),
  CONSTRAINT dmp_case_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT dmp_case_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enrolment (
  id                     BIGINT      NOT NULL AUTO_INCREMENT,
  version                BIGINT      NOT NULL,
  patient_id             BIGINT      NOT NULL,
  practice_id            BIGINT      NOT NULL,
  dmp_case_id            BIGINT      NOT NULL,
  programme_code         VARCHAR(20) NOT NULL,
  programme_version      VARCHAR(20) NOT NULL,
  status                 VARCHAR(16) NOT NULL,
  documentation_interval VARCHAR(24) NOT NULL,
  diagnosis_code         VARCHAR(10) NOT NULL,
  diagnosis_date         DATE        NOT NULL,
  consent_signed_on      DATE        NULL,
  initial_documented_on  DATE        NULL,
  started_on             DATE        NOT NULL,
  ended_on               DATE        NULL,
  created_at             DATETIME(6) NOT NULL,
  updated_at             DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT enrolment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT enrolment_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT enrolment_case FOREIGN KEY (dmp_case_id) REFERENCES dmp_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX enrolment_patient_programme ON enrolment (patient_id, programme_code);
CREATE INDEX enrolment_practice_status ON enrolment (practice_id, status);

-- every state change with its reason and effective date (which may lie in the past)
CREATE TABLE enrolment_status_change (
  enrolment_id BIGINT       NOT NULL,
  position     INT          NOT NULL,
  from_status  VARCHAR(16)  NULL,
  to_status    VARCHAR(16)  NOT NULL,
  effective_on DATE         NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (enrolment_id, position),
  CONSTRAINT status_change_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- one visit can document several programmes of the same patient (e.g. DM2 and KHK)
CREATE TABLE visit (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  patient_id      BIGINT      NOT NULL,
  practice_id     BIGINT      NOT NULL,
  practitioner_id BIGINT      NULL,
  visit_date      DATE        NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT visit_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT visit_practice FOREIGN KEY (practice_id) REFERENCES practice (id),
  CONSTRAINT visit_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE documentation (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  version           BIGINT      NOT NULL,
  visit_id          BIGINT      NOT NULL,
  enrolment_id      BIGINT      NOT NULL,
  document_type     VARCHAR(2)  NOT NULL,
  programme_version VARCHAR(20) NOT NULL,
  revision          INT         NOT NULL,
  documented_on     DATE        NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT documentation_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT documentation_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX documentation_enrolment_date ON documentation (enrolment_id, documented_on);

-- values of every revision stay: a correction adds a revision, never overwrites
CREATE TABLE documentation_value (
  documentation_id BIGINT       NOT NULL,
  revision         INT          NOT NULL,
  parameter_code   VARCHAR(60)  NOT NULL,
  value_text       VARCHAR(500) NOT NULL,
  PRIMARY KEY (documentation_id, revision, parameter_code),
  CONSTRAINT value_documentation FOREIGN KEY (documentation_id) REFERENCES documentation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE therapy_plan (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  enrolment_id BIGINT      NOT NULL,
  plan_version INT         NOT NULL,
  valid_from   DATE        NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT therapy_plan_version UNIQUE (enrolment_id, plan_version),
  CONSTRAINT therapy_plan_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE therapy_goal (
  therapy_plan_id BIGINT        NOT NULL,
  position        INT           NOT NULL,
  code            VARCHAR(60)   NOT NULL,
  label           VARCHAR(200)  NOT NULL,
  loinc           VARCHAR(20)   NULL,
  target_low      DECIMAL(10,3) NULL,
  target_high     DECIMAL(10,3) NULL,
  unit            VARCHAR(30)   NULL,
  PRIMARY KEY (therapy_plan_id, position),
  CONSTRAINT goal_plan FOREIGN KEY (therapy_plan_id) REFERENCES therapy_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE therapy_medication (
  therapy_plan_id BIGINT       NOT NULL,
  position        INT          NOT NULL,
  atc             VARCHAR(7)   NOT NULL,
  label           VARCHAR(200) NOT NULL,
  PRIMARY KEY (therapy_plan_id, position),
  CONSTRAINT medication_plan FOREIGN KEY (therapy_plan_id) REFERENCES therapy_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE therapy_measure (
  therapy_plan_id BIGINT       NOT NULL,
  position        INT          NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  code            VARCHAR(60)  NOT NULL,
  label           VARCHAR(200) NOT NULL,
  PRIMARY KEY (therapy_plan_id, position),
  CONSTRAINT measure_plan FOREIGN KEY (therapy_plan_id) REFERENCES therapy_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE appointment (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL,
  enrolment_id BIGINT       NOT NULL,
  practice_id  BIGINT       NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  code         VARCHAR(60)  NOT NULL,
  label        VARCHAR(200) NOT NULL,
  due_on       DATE         NOT NULL,
  scheduled_at DATETIME(6)  NULL,
  status       VARCHAR(12)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT appointment_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
  CONSTRAINT appointment_practice FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX appointment_practice_status_due ON appointment (practice_id, status, due_on);
CREATE INDEX appointment_enrolment ON appointment (enrolment_id);
