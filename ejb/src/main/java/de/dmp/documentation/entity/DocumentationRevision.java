package de.dmp.documentation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * When a revision of a documentation was recorded, under which programme version, and whether it
 * was a draft or checked: what the values of a revision need to be read as they were.
 */
@Embeddable
public class DocumentationRevision {

  @Column(nullable = false)
  private int revision;

  @Column(name = "programme_version", nullable = false, length = 20)
  private String programmeVersion;

  /** DRAFT or COMPLETE: whether the revision was saved unchecked as a draft or checked. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private DocumentationStatus status;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** The user who recorded the revision; unknown for revisions recorded before V17. */
  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  protected DocumentationRevision() {}

  DocumentationRevision(
      int revision,
      String programmeVersion,
      DocumentationStatus status,
      Instant recordedAt,
      String recordedBy) {
    this.revision = revision;
    this.programmeVersion = programmeVersion;
    this.status = status;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public int getRevision() {
    return revision;
  }

  public String getProgrammeVersion() {
    return programmeVersion;
  }

  public DocumentationStatus getStatus() {
    return status;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
