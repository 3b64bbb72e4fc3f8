-- Issue 9: more than one server. An export is written by the server that accepted it (node) and
-- shows it is alive with every page (heartbeat_at), so that a server starting up fails only its
-- own interrupted exports and the cluster's job fails those of a server that is gone.
ALTER TABLE bulk_export ADD COLUMN node VARCHAR(100) NULL;
ALTER TABLE bulk_export ADD COLUMN heartbeat_at DATETIME(6) NULL;
CREATE INDEX bulk_export_status_node ON bulk_export (status, node);

-- Scheduled jobs run once per cluster: each run counts here, with the server it ran on.
CREATE TABLE scheduled_job (
  name        VARCHAR(60)  NOT NULL,
  runs        BIGINT       NOT NULL,
  last_run_at DATETIME(6)  NOT NULL,
  last_node   VARCHAR(100) NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
