package de.dmp.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step in an enrolment's life: from, to, as of which day, why, and when it was recorded. */
@Embeddable
public class StatusChange {

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "from_status", length = 16)
  private EnrolmentStatus from;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "to_status", nullable = false, length = 16)
  private EnrolmentStatus to;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected StatusChange() {}

  StatusChange(
      EnrolmentStatus from,
      EnrolmentStatus to,
      LocalDate effectiveOn,
      String reason,
      Instant recordedAt) {
    this.from = from;
    this.to = to;
    this.effectiveOn = effectiveOn;
    this.reason = reason;
    this.recordedAt = recordedAt;
  }

  public EnrolmentStatus getFrom() {
    return from;
  }

  public EnrolmentStatus getTo() {
    return to;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
