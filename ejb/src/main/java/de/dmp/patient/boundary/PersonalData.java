package de.dmp.patient.boundary;

import de.dmp.patient.entity.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who a patient is and how to reach them by phone, as a user enters it when registering a patient
 * and when correcting the record; the constraints are checked in the UI and again at the boundary.
 */
public class PersonalData implements Serializable {

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

  @Size(max = 40, message = "{dmp.patient.phone.size}")
  private String phone;

  public PersonalData() {}

  public PersonalData(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    this.familyName = familyName;
    this.givenName = givenName;
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /** Whether name or date of birth differ from the other's: then it may be someone else. */
  public boolean namesAnotherPerson(PersonalData other) {
    return !strippedEqual(familyName, other.familyName)
        || !strippedEqual(givenName, other.givenName)
        || birthDate == null
        || !birthDate.equals(other.birthDate);
  }

  private static boolean strippedEqual(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
