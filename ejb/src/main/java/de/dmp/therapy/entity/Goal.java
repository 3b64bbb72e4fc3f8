package de.dmp.therapy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A goal agreed with the patient, e.g. HbA1c (LOINC 4548-4) at most 7.5 %. */
@Embeddable
public class Goal {

  @NotBlank(message = "{dmp.therapy.goal.code.required}")
  @Size(max = 60)
  @Column(nullable = false, length = 60)
  private String code;

  @NotBlank(message = "{dmp.therapy.goal.label.required}")
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String label;

  @Size(max = 20)
  @Column(length = 20)
  private String loinc;

  @Column(name = "target_low", precision = 10, scale = 3)
  private BigDecimal targetLow;

  @Column(name = "target_high", precision = 10, scale = 3)
  private BigDecimal targetHigh;

  @Size(max = 30)
  @Column(length = 30)
  private String unit;

  protected Goal() {}

  public Goal(
      String code,
      String label,
      String loinc,
      BigDecimal targetLow,
      BigDecimal targetHigh,
      String unit) {
    this.code = code;
    this.label = label;
    this.loinc = loinc;
    this.targetLow = targetLow;
    this.targetHigh = targetHigh;
    this.unit = unit;
  }

  @AssertTrue(message = "{dmp.therapy.goal.target}")
  public boolean isTargetValid() {
    return (targetLow != null || targetHigh != null)
        && (targetLow == null || targetHigh == null || targetLow.compareTo(targetHigh) <= 0);
  }

  /** Whether a measured value meets the goal. */
  public boolean isMetBy(BigDecimal value) {
    return (targetLow == null || value.compareTo(targetLow) >= 0)
        && (targetHigh == null || value.compareTo(targetHigh) <= 0);
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getLoinc() {
    return loinc;
  }

  public BigDecimal getTargetLow() {
    return targetLow;
  }

  public BigDecimal getTargetHigh() {
    return targetHigh;
  }

  public String getUnit() {
    return unit;
  }
}
