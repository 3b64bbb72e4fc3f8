package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import de.dmp.platform.entity.PostalAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient's master data as the practice keeps it on the chart: who the patient is, the phone, the
 * address and the insured status (Versichertenart) that the eDMP file's header carries. The address
 * is entered as the practice reads it from the insurance card: a German one, so the postcode has
 * five digits (imported files and FHIR keep KBV's wider field).
 */
public class MasterData extends PersonalData {

  private static final long serialVersionUID = 1L;

  @Size(max = 46, message = "{dmp.address.street.size}")
  private String street;

  @Size(max = 9, message = "{dmp.address.houseNumber.size}")
  private String houseNumber;

  @Pattern(regexp = "\\s*([0-9]{5})?\\s*", message = "{dmp.address.zip.german}")
  private String zip;

  @Size(max = 40, message = "{dmp.address.city.size}")
  private String city;

  @Pattern(regexp = "[135]", message = "{dmp.patient.insuredStatus.pattern}")
  private String insuredStatus;

  public MasterData() {}

  /** The patient's master data as recorded. */
  public static MasterData of(Patient patient) {
    var data = new MasterData();
    data.setFamilyName(patient.getFamilyName());
    data.setGivenName(patient.getGivenName());
    data.setBirthDate(patient.getBirthDate());
    data.setSex(patient.getSex());
    data.setPhone(patient.getPhone());
    PostalAddress address = patient.getAddress();
    if (address != null) {
      data.street = address.street();
      data.houseNumber = address.houseNumber();
      data.zip = address.zip();
      data.city = address.city();
    }
    data.insuredStatus = patient.getInsuredStatus();
    return data;
  }

  /** An address needs its city; none at all is allowed (not known). */
  @AssertTrue(message = "{dmp.address.city.required}")
  public boolean isAddressComplete() {
    return toAddress() == null || toAddress().city() != null;
  }

  /** The address entered, or null when every part of it is empty. */
  public PostalAddress toAddress() {
    var address = new PostalAddress(street, houseNumber, zip, city);
    return address.equals(new PostalAddress(null, null, null, null)) ? null : address;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getHouseNumber() {
    return houseNumber;
  }

  public void setHouseNumber(String houseNumber) {
    this.houseNumber = houseNumber;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getInsuredStatus() {
    return insuredStatus;
  }

  public void setInsuredStatus(String insuredStatus) {
    this.insuredStatus = insuredStatus == null || insuredStatus.isBlank() ? null : insuredStatus;
  }
}
