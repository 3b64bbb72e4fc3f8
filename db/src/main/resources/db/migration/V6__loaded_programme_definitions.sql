-- Issue 4: programme definitions that administrators load while the system runs, beside the
-- shipped files; read at every start, in the order they were loaded.
CREATE TABLE programme_definition (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  programme_code VARCHAR(20) NOT NULL,
  version        VARCHAR(20) NOT NULL,
  content        LONGTEXT    NOT NULL,
  loaded_by      VARCHAR(60) NOT NULL,
  loaded_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT programme_definition_version UNIQUE (programme_code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
