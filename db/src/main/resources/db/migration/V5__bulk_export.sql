-- Issue 6: FHIR Bulk Data exports. A job belongs to the user who asked for it; only they may
-- poll, download or cancel it. The files live on the server's disk; the job says what they hold.
CREATE TABLE bulk_export (
  id            VARCHAR(36)   NOT NULL,
  version       BIGINT        NOT NULL,
  username      VARCHAR(60)   NOT NULL,
  request_url   VARCHAR(2000) NOT NULL,
  resource_types VARCHAR(500) NOT NULL,
  since         DATETIME(6)   NULL,
  programme_code VARCHAR(20)  NULL,
  status        VARCHAR(12)   NOT NULL,
  patients_total BIGINT       NOT NULL,
  patients_done BIGINT        NOT NULL,
  error         VARCHAR(500)  NULL,
  created_at    DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6)   NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX bulk_export_status ON bulk_export (status);

-- What a finished export wrote: resources per type, one NDJSON file each.
CREATE TABLE bulk_export_output (
  export_id      VARCHAR(36) NOT NULL,
  resource_type  VARCHAR(40) NOT NULL,
  resource_count BIGINT      NOT NULL,
  PRIMARY KEY (export_id, resource_type),
  CONSTRAINT bulk_export_output_export FOREIGN KEY (export_id) REFERENCES bulk_export (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
