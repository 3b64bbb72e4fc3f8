-- Issue 21: SMART Backend Services. A system client (an insurer's or a vendor's software) logs in
-- with a JWT signed by one of the keys of its JWK Set and acts for one DMP account, limited to its
-- scopes. Public keys only; clients are disabled, never deleted, so that the audit trail keeps them.
CREATE TABLE system_client (
  client_id   VARCHAR(100) NOT NULL,
  version     BIGINT       NOT NULL,
  account_id  BIGINT       NOT NULL,
  jwks        LONGTEXT     NOT NULL,
  scopes      VARCHAR(1000) NOT NULL,
  disabled_at DATETIME(6)  NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (client_id),
  CONSTRAINT system_client_account FOREIGN KEY (account_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every assertion's jti until it expires: the primary key refuses a replay on every server of a
-- cluster at once.
CREATE TABLE client_assertion_use (
  client_id  VARCHAR(100) NOT NULL,
  jti        VARCHAR(200) NOT NULL,
  expires_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (client_id, jti)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX client_assertion_use_expiry ON client_assertion_use (expires_at);
