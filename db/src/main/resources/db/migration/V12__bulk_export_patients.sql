-- Issue 21: a kick-off may name the patients an export is to hold (the Bulk Data parameter
-- patient); the export holds those only. None named: every patient of the caller's scope.
CREATE TABLE bulk_export_patient (
  export_id  VARCHAR(36) NOT NULL,
  patient_id BIGINT      NOT NULL,
  PRIMARY KEY (export_id, patient_id),
  CONSTRAINT bulk_export_patient_export FOREIGN KEY (export_id) REFERENCES bulk_export (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
