-- Issue 2: the patient, one record per person across programmes and practices.
-- Times are stored in UTC (DATETIME(6), never TIMESTAMP, which MySQL converts and auto-updates).
CREATE TABLE patient (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL,
  family_name VARCHAR(100) NOT NULL,
  given_name  VARCHAR(100) NOT NULL,
  birth_date  DATE         NOT NULL,
  sex         VARCHAR(16)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- FHIR Patient?family= is a case-insensitive prefix search.
CREATE INDEX patient_family_name ON patient (family_name);
