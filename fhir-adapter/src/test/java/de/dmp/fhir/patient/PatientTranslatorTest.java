package de.dmp.fhir.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hl7.fhir.r4.model.ContactPoint.ContactPointUse.MOBILE;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Stored;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Address.AddressType;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PatientTranslatorTest {

  private static Patient stored(Sex sex) {
    var patient = new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), sex);
    Stored.with(patient, "id", 42L);
    Stored.with(patient, "version", 3L);
    Stored.with(patient, "updatedAt", Instant.parse("2026-11-23T10:15:30Z"));
    return patient;
  }

  @Test
  void toFhirResource_shouldCarryIdentityNameBirthDateAndGender() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.FEMALE));

    assertThat(resource.getIdElement().getIdPart()).isEqualTo("42");
    assertThat(resource.getMeta().getVersionId()).isEqualTo("3");
    assertThat(resource.getMeta().getLastUpdated().toInstant())
        .isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(resource.getNameFirstRep().getFamily()).isEqualTo("Müller");
    assertThat(resource.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Anna");
    assertThat(resource.getNameFirstRep().getUse()).isEqualTo(NameUse.OFFICIAL);
    assertThat(resource.getBirthDateElement().getValueAsString()).isEqualTo("1956-03-14");
    assertThat(resource.getGender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(resource.getGenderElement().getExtension()).isEmpty();
  }

  @Test
  void insuranceNumber_shouldTravelAsKvnrIdentifierAssignedByTheInsurer() {
    Patient patient = stored(Sex.FEMALE);
    patient.insure(Stored.with(new Insurer("101575519", "Demo-Kasse"), "id", 2L), "A123456780");

    var resource = PatientTranslator.toFhirResource(patient);
    NewPatient back = PatientTranslator.toDomain(resource);

    assertThat(resource.getIdentifierFirstRep().getSystem())
        .isEqualTo("http://fhir.de/sid/gkv/kvid-10");
    assertThat(resource.getIdentifierFirstRep().getValue()).isEqualTo("A123456780");
    assertThat(resource.getIdentifierFirstRep().getAssigner().getReference())
        .isEqualTo("Organization/insurer-2");
    assertThat(Conformance.errors(resource)).isEmpty();
    assertThat(back.getInsuranceNumber()).isEqualTo("A123456780");
    assertThat(back.getInsurerId()).isEqualTo(2L);
  }

  @Test
  void toFhirResource_shouldValidateAgainstBaseR4() {
    for (Sex sex : Sex.values()) {
      assertThat(Conformance.errors(PatientTranslator.toFhirResource(stored(sex)))).isEmpty();
    }
  }

  @Test
  void toFhirResource_shouldMarkDiverseWithTheGermanGenderExtension() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.DIVERSE));

    assertThat(resource.getGender()).isEqualTo(AdministrativeGender.OTHER);
    var coding =
        (Coding)
            resource
                .getGenderElement()
                .getExtensionByUrl(PatientTranslator.GENDER_AMTLICH_EXTENSION)
                .getValue();
    assertThat(coding.getSystem()).isEqualTo(PatientTranslator.GENDER_AMTLICH_SYSTEM);
    assertThat(coding.getCode()).isEqualTo("D");
  }

  @Test
  void toDomain_shouldJoinGivenNamesThatReadBackAsTheSameNames() {
    var resource = new org.hl7.fhir.r4.model.Patient();
    resource
        .addName()
        .setUse(NameUse.OFFICIAL)
        .setFamily("Müller")
        .addGiven("Anna")
        .addGiven("Lena");
    resource.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1956-03-14"));
    resource.setGender(AdministrativeGender.OTHER);

    NewPatient newPatient = PatientTranslator.toDomain(resource);

    assertThat(newPatient.getFamilyName()).isEqualTo("Müller");
    assertThat(newPatient.getGivenName()).isEqualTo("Anna Lena");
    assertThat(newPatient.getBirthDate()).isEqualTo(LocalDate.of(1956, 3, 14));
    assertThat(newPatient.getSex()).isEqualTo(Sex.DIVERSE);
    var stored = stored(Sex.DIVERSE);
    stored.correctIdentity(
        "Müller", newPatient.getGivenName(), LocalDate.of(1956, 3, 14), Sex.DIVERSE);
    assertThat(PatientTranslator.toFhirResource(stored).getNameFirstRep().getGiven())
        .extracting(StringType::getValue)
        .containsExactly("Anna", "Lena");
  }

  @Test
  void phoneAndEmail_shouldTravelBothWaysAsTelecom() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.FEMALE));
    resource.addTelecom().setSystem(ContactPointSystem.PHONE).setValue("030 1234567");
    resource.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue("anna@example.de");

    NewPatient newPatient = PatientTranslator.toDomain(resource);
    var stored = stored(Sex.FEMALE);
    stored.setContact(newPatient.getPhone(), newPatient.getEmail());
    var back = PatientTranslator.toFhirResource(stored);

    assertThat(back.getTelecom())
        .extracting(ContactPoint::getSystem, ContactPoint::getValue)
        .containsExactly(
            tuple(ContactPointSystem.PHONE, "030 1234567"),
            tuple(ContactPointSystem.EMAIL, "anna@example.de"));
  }

  @Test
  void toDomain_shouldRefuseEachElementTheRecordCannotKeepByItsPath() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.FEMALE));
    resource.addName().setUse(NameUse.NICKNAME).setFamily("Mülli");
    resource.getNameFirstRep().addPrefix("Dr.");
    resource.addIdentifier().setSystem("urn:oid:1.2.276.0.76.4.8").setValue("X1");
    resource.addAddress().setCity("Berlin").setDistrict("Mitte");
    resource.addAddress().setCity("Wien").setCountry("AT");
    resource.addTelecom().setSystem(ContactPointSystem.FAX).setValue("030 1");
    resource.addTelecom().setSystem(ContactPointSystem.PHONE).setValue("030 2").setUse(MOBILE);
    resource.setDeceased(new BooleanType(true));
    resource.setMaritalStatus(new CodeableConcept(new Coding("x", "M", null)));
    resource.addCommunication().getLanguage().setText("Deutsch");

    assertThatThrownBy(() -> PatientTranslator.toDomain(resource))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            refused ->
                assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
                    .extracting(issue -> issue.getExpression().get(0).getValue())
                    .containsExactlyInAnyOrder(
                        "Patient.address[0].district",
                        "Patient.address[1]",
                        "Patient.deceasedBoolean",
                        "Patient.maritalStatus",
                        "Patient.communication",
                        "Patient.name[0].prefix",
                        "Patient.name[1]",
                        "Patient.identifier[0]",
                        "Patient.telecom[0]",
                        "Patient.telecom[1].use"));
  }

  @Test
  void address_shouldTravelBothWaysWithStreetAndHouseNumberApart() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.FEMALE));
    resource
        .addAddress()
        .setUse(AddressUse.HOME)
        .addLine("Am Weinberg 12a")
        .setPostalCode("10119")
        .setCity("Berlin")
        .setCountry("DE");

    NewPatient newPatient = PatientTranslator.toDomain(resource);
    var stored = stored(Sex.FEMALE);
    stored.moveTo(newPatient.getAddress());
    var back = PatientTranslator.toFhirResource(stored).getAddressFirstRep();

    assertThat(newPatient.getAddress())
        .isEqualTo(new PostalAddress("Am Weinberg", "12a", "10119", "Berlin"));
    assertThat(back.getLine()).extracting(StringType::getValue).containsExactly("Am Weinberg 12a");
    assertThat(back.getLine().get(0).getExtensionString(AddressTranslator.HOUSE_NUMBER))
        .isEqualTo("12a");
    assertThat(back.getPostalCode()).isEqualTo("10119");
    assertThat(back.getCity()).isEqualTo("Berlin");
    assertThat(back.getCountry()).isEqualTo("DE");
    assertThat(back.getUse()).isEqualTo(AddressUse.HOME);
    assertThat(Conformance.errors(PatientTranslator.toFhirResource(stored))).isEmpty();
  }

  @Test
  void address_shouldTakeTheGermanBasisProfilesLinePartsAndALineWithoutNumber() {
    var resource = new org.hl7.fhir.r4.model.Patient();
    StringType line = resource.addAddress().setCity("Köln").addLineElement();
    line.setValue("Hohe Str. 5");
    line.addExtension(AddressTranslator.STREET_NAME, new StringType("Hohe Str."));
    line.addExtension(AddressTranslator.HOUSE_NUMBER, new StringType("5"));
    var other = new org.hl7.fhir.r4.model.Patient();
    other.addAddress().setCity("Bonn").addLine("Marktplatz");

    assertThat(PatientTranslator.toDomain(resource).getAddress())
        .isEqualTo(new PostalAddress("Hohe Str.", "5", null, "Köln"));
    assertThat(PatientTranslator.toDomain(other).getAddress())
        .isEqualTo(new PostalAddress("Marktplatz", null, null, "Bonn"));
  }

  @Test
  void address_shouldRefuseWhatTheRecordCannotKeepByPath() {
    var resource = new org.hl7.fhir.r4.model.Patient();
    var address =
        resource
            .addAddress()
            .setUse(AddressUse.WORK)
            .setType(AddressType.POSTAL)
            .addLine("Postfach 12 34")
            .addLine("c/o Meyer")
            .setCity("Basel")
            .setCountry("CH")
            .setText("Postfach 12 34, Basel");
    address.getLine().get(0).addExtension("http://example.org/postBox", new StringType("1234"));

    assertThatThrownBy(() -> PatientTranslator.toDomain(resource))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            refused ->
                assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
                    .extracting(issue -> issue.getExpression().get(0).getValue())
                    .containsExactlyInAnyOrder(
                        "Patient.address[0].use",
                        "Patient.address[0].type",
                        "Patient.address[0].text",
                        "Patient.address[0].country",
                        "Patient.address[0].line[1]",
                        "Patient.address[0].line[0].extension"));
  }

  @Test
  void theDayOfDeath_shouldGoBothWaysAndNeedTheDay() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.FEMALE));
    resource.setDeceased(new DateTimeType("2013-05-02T23:30:00Z"));

    assertThat(PatientTranslator.toDomain(resource).getDiedOn())
        .isEqualTo(LocalDate.of(2013, 5, 3));
    resource.setDeceased(new DateTimeType("2013-05"));
    assertThatThrownBy(() -> PatientTranslator.toDomain(resource))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("must name the day");
  }

  @Test
  void toDomain_shouldRefuseASecondPhoneNumberAndAnInactivePatient() {
    var resource = PatientTranslator.toFhirResource(stored(Sex.MALE));
    resource.addTelecom().setSystem(ContactPointSystem.PHONE).setValue("030 1");
    resource.addTelecom().setSystem(ContactPointSystem.PHONE).setValue("030 2");
    resource.setActive(false);

    assertThatThrownBy(() -> PatientTranslator.toDomain(resource))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("Patient.telecom[1]")
        .hasMessageContaining("Patient.active")
        .hasMessageNotContaining("Patient.telecom[0]");
  }

  @Test
  void toDomain_shouldLeaveMissingElementsEmptyForValidation() {
    NewPatient newPatient = PatientTranslator.toDomain(new org.hl7.fhir.r4.model.Patient());

    assertThat(newPatient.getFamilyName()).isNull();
    assertThat(newPatient.getGivenName()).isNull();
    assertThat(newPatient.getBirthDate()).isNull();
    assertThat(newPatient.getSex()).isNull();
  }

  @Test
  void toDomain_shouldRefuseAPartialBirthDate() {
    var resource = new org.hl7.fhir.r4.model.Patient();
    resource.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1956"));

    assertThatThrownBy(() -> PatientTranslator.toDomain(resource))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("full date");
  }
}
