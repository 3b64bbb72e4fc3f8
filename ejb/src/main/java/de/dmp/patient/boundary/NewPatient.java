package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a user enters to register a patient; the constraints are checked in the UI and again here.
 */
public class NewPatient extends PersonalData {

  private static final long serialVersionUID = 1L;

  private Long insurerId;

  @ValidInsuranceNumber private String insuranceNumber;

  @Email(message = "{dmp.patient.email.format}")
  @Size(max = 200, message = "{dmp.patient.email.size}")
  private String email;

  /** Where the patient lives; optional, as the registration form does not ask for it. */
  @Valid private PostalAddress address;

  public NewPatient() {}

  public NewPatient(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    super(familyName, givenName, birthDate, sex);
  }

  /** Insurer and insurance number identify a person only together. */
  @PastOrPresent(message = "{dmp.patient.diedOn.past}")
  private LocalDate diedOn;

  @AssertTrue(message = "{dmp.patient.diedOn.beforeBirth}")
  public boolean isDiedAfterBirth() {
    return diedOn == null || getBirthDate() == null || !diedOn.isBefore(getBirthDate());
  }

  public LocalDate getDiedOn() {
    return diedOn;
  }

  public void setDiedOn(LocalDate diedOn) {
    this.diedOn = diedOn;
  }

  @AssertTrue(message = "{dmp.patient.insurance.together}")
  public boolean isInsuranceComplete() {
    return (insurerId == null) == (insuranceNumber == null || insuranceNumber.isBlank());
  }

  Patient toPatient() {
    var patient = new Patient(getFamilyName(), getGivenName(), getBirthDate(), getSex());
    patient.setContact(getPhone(), email);
    patient.moveTo(address);
    return patient;
  }

  public PostalAddress getAddress() {
    return address;
  }

  public void setAddress(PostalAddress address) {
    this.address = address;
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
