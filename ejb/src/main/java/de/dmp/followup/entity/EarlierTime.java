package de.dmp.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;

/** A time a follow-up was booked for before it was moved, and when it was moved. */
@Embeddable
public class EarlierTime {

  @Column(name = "scheduled_at", nullable = false)
  private LocalDateTime scheduledAt;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt;

  protected EarlierTime() {}

  EarlierTime(LocalDateTime scheduledAt, Instant movedAt) {
    this.scheduledAt = scheduledAt;
    this.movedAt = movedAt;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public Instant getMovedAt() {
    return movedAt;
  }
}
