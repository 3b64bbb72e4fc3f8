package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a user enters to register a patient; the constraints are checked in the UI and again here.
 */
public class NewPatient implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{dmp.patient.familyName.required}")
  @Size(max = 100, message = "{dmp.patient.familyName.size}")
  private String familyName;

  @NotBlank(message = "{dmp.patient.givenName.required}")
  @Size(max = 100, message = "{dmp.patient.givenName.size}")
  private String givenName;

  @NotNull(message = "{dmp.patient.birthDate.required}")
  @PastOrPresent(message = "{dmp.patient.birthDate.past}")
  private LocalDate birthDate;

  @NotNull(message = "{dmp.patient.sex.required}")
  private Sex sex;

  private Long insurerId;

  @ValidInsuranceNumber private String insuranceNumber;

  @Size(max = 40, message = "{dmp.patient.phone.size}")
  private String phone;

  @Email(message = "{dmp.patient.email.format}")
  @Size(max = 200, message = "{dmp.patient.email.size}")
  private String email;

  /** Where the patient lives; optional, as the registration form does not ask for it. */
  @Valid private PostalAddress address;

  public NewPatient() {}

  public NewPatient(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    this.familyName = familyName;
    this.givenName = givenName;
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /** Insurer and insurance number identify a person only together. */
  @PastOrPresent(message = "{dmp.patient.diedOn.past}")
  private LocalDate diedOn;

  @AssertTrue(message = "{dmp.patient.diedOn.beforeBirth}")
  public boolean isDiedAfterBirth() {
    return diedOn == null || birthDate == null || !diedOn.isBefore(birthDate);
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
    var patient = new Patient(familyName, givenName, birthDate, sex);
    patient.setContact(phone, email);
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }
}
