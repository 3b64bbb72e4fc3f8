package de.dmp.therapy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A drug class in the plan, coded with ATC (e.g. A10BA02 metformin, C10AA statins). */
@Embeddable
public class Medication {

  @Pattern(
      regexp = "[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?",
      message = "{dmp.therapy.medication.atc.pattern}")
  @Column(nullable = false, length = 7)
  private String atc;

  @NotBlank(message = "{dmp.therapy.medication.label.required}")
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String label;

  protected Medication() {}

  public Medication(String atc, String label) {
    this.atc = atc;
    this.label = label;
  }

  public String getAtc() {
    return atc;
  }

  public String getLabel() {
    return label;
  }
}
