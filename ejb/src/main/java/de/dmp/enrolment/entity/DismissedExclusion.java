package de.dmp.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A doctor's decision not to exclude the patient as a rule proposed: the rule, the day the
 * exclusion would have taken effect (which the facts determine, so new facts make a new proposal),
 * why, by whom and when.
 */
@Embeddable
public class DismissedExclusion {

  @Column(name = "rule_id", nullable = false, length = 80)
  private String ruleId;

  @Column(name = "exclusion_effective_on", nullable = false)
  private LocalDate exclusionEffectiveOn;

  @Column(nullable = false, length = 400)
  private String reason;

  @Column(name = "dismissed_by", nullable = false, length = 100)
  private String dismissedBy;

  @Column(name = "dismissed_at", nullable = false)
  private Instant dismissedAt;

  protected DismissedExclusion() {}

  DismissedExclusion(
      String ruleId,
      LocalDate exclusionEffectiveOn,
      String reason,
      String dismissedBy,
      Instant dismissedAt) {
    this.ruleId = ruleId;
    this.exclusionEffectiveOn = exclusionEffectiveOn;
    this.reason = reason;
    this.dismissedBy = dismissedBy;
    this.dismissedAt = dismissedAt;
  }

  /**
   * One dismissal per rule and effective day, as the table's key: Hibernate compares the set's
   * elements with their snapshot by equality, and would otherwise write them again at every flush.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DismissedExclusion that
        && ruleId.equals(that.ruleId)
        && exclusionEffectiveOn.equals(that.exclusionEffectiveOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, exclusionEffectiveOn);
  }

  public String getRuleId() {
    return ruleId;
  }

  public LocalDate getExclusionEffectiveOn() {
    return exclusionEffectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public String getDismissedBy() {
    return dismissedBy;
  }

  public Instant getDismissedAt() {
    return dismissedAt;
  }
}
