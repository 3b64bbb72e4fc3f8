-- Issue 6: the key that signs the FHIR API's access tokens. One row for the installation, shared by
-- all its servers, so that a token issued by one is accepted by the others; made on first use.
CREATE TABLE access_token_key (
  id         INT         NOT NULL,
  secret     VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
