-- Issue 18: a doctor may dismiss an exclusion a rule proposes. The dismissal names the rule and the
-- day the exclusion would take effect, which the facts determine: new facts make a new proposal.
CREATE TABLE enrolment_dismissed_exclusion (
  enrolment_id           BIGINT       NOT NULL,
  rule_id                VARCHAR(80)  NOT NULL,
  exclusion_effective_on DATE         NOT NULL,
  reason                 VARCHAR(400) NOT NULL,
  dismissed_by           VARCHAR(100) NOT NULL,
  dismissed_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (enrolment_id, rule_id, exclusion_effective_on),
  CONSTRAINT dismissed_exclusion_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
