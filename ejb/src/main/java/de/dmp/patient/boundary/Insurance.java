package de.dmp.patient.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The statutory insurance a user records for a registered patient: insurer and KVNR. */
public class Insurance implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{dmp.patient.insurer.required}")
  private Long insurerId;

  @NotBlank(message = "{dmp.patient.insuranceNumber.required}")
  @ValidInsuranceNumber
  private String insuranceNumber;

  public Insurance() {}

  public Insurance(Long insurerId, String insuranceNumber) {
    this.insurerId = insurerId;
    this.insuranceNumber = insuranceNumber;
  }

  public Long getInsurerId() {
    return insurerId;
  }

  public void setInsurerId(Long insurerId) {
    this.insurerId = insurerId;
  }

  public String getInsuranceNumber() {
    return insuranceNumber;
  }

  public void setInsuranceNumber(String insuranceNumber) {
    this.insuranceNumber = insuranceNumber;
  }
}
