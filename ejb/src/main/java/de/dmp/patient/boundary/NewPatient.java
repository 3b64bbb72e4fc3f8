package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
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

  @NotBlank(message = "Family name is required.")
  @Size(max = 100, message = "Family name must not be longer than 100 characters.")
  private String familyName;

  @NotBlank(message = "Given name is required.")
  @Size(max = 100, message = "Given name must not be longer than 100 characters.")
  private String givenName;

  @NotNull(message = "Date of birth is required.")
  @PastOrPresent(message = "Date of birth must not be in the future.")
  private LocalDate birthDate;

  @NotNull(message = "Sex is required.")
  private Sex sex;

  public NewPatient() {}

  public NewPatient(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    this.familyName = familyName;
    this.givenName = givenName;
    this.birthDate = birthDate;
    this.sex = sex;
  }

  Patient toPatient() {
    return new Patient(familyName, givenName, birthDate, sex);
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
