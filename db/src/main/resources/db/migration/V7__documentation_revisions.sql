-- Issue 6: each revision of a documentation with the programme version it was made under, whether
-- it was a draft or checked, and when it was recorded, so that FHIR can answer its history.
CREATE TABLE documentation_revision (
  documentation_id  BIGINT      NOT NULL,
  revision          INT         NOT NULL,
  programme_version VARCHAR(20) NOT NULL,
  status            VARCHAR(10) NOT NULL,
  recorded_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (documentation_id, revision),
  CONSTRAINT revision_documentation FOREIGN KEY (documentation_id) REFERENCES documentation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The current revision of every documentation is known as it stands.
INSERT INTO documentation_revision (documentation_id, revision, programme_version, status, recorded_at)
SELECT id, revision, programme_version, CASE WHEN status = 'DRAFT' THEN 'DRAFT' ELSE 'COMPLETE' END,
       updated_at
FROM documentation;

-- Of earlier revisions only the values were kept. They are recorded under the documentation's
-- programme version, at its creation, and as drafts, so that none of them can reach an insurer.
INSERT INTO documentation_revision (documentation_id, revision, programme_version, status, recorded_at)
SELECT DISTINCT v.documentation_id, v.revision, d.programme_version, 'DRAFT', d.created_at
FROM documentation_value v JOIN documentation d ON d.id = v.documentation_id
WHERE v.revision < d.revision;
