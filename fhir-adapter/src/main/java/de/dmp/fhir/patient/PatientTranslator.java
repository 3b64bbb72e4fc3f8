package de.dmp.fhir.patient;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.time.ClockProducer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Maps between the domain's patient and the FHIR R4 Patient resource. */
public final class PatientTranslator {

  /** German "divers" travels as gender "other" plus this extension (HL7 Germany basis profile). */
  static final String GENDER_AMTLICH_EXTENSION =
      "http://fhir.de/StructureDefinition/gender-amtlich-de";

  static final String GENDER_AMTLICH_SYSTEM = "http://fhir.de/CodeSystem/gender-amtlich-de";

  /** The statutory insurance number (KVNR, "Krankenversichertennummer") as the HL7 Germany base. */
  public static final String KVNR_SYSTEM = "http://fhir.de/sid/gkv/kvid-10";

  static final String IDENTIFIER_TYPES = "http://fhir.de/CodeSystem/identifier-type-de-basis";

  /** Where each field of {@link NewPatient} lives in the resource, for error messages. */
  public static final Map<String, String> FHIR_PATH_BY_FIELD =
      Map.ofEntries(
          Map.entry("NewPatient.familyName", "Patient.name.family"),
          Map.entry("NewPatient.givenName", "Patient.name.given"),
          Map.entry("NewPatient.birthDate", "Patient.birthDate"),
          Map.entry("NewPatient.sex", "Patient.gender"),
          Map.entry("NewPatient.insuranceNumber", "Patient.identifier.value"),
          Map.entry("NewPatient.insuranceComplete", "Patient.identifier.assigner"),
          Map.entry("NewPatient.phone", "Patient.telecom.where(system='phone').value"),
          Map.entry("NewPatient.email", "Patient.telecom.where(system='email').value"),
          Map.entry("NewPatient.diedOn", "Patient.deceasedDateTime"),
          Map.entry("NewPatient.diedAfterBirth", "Patient.deceasedDateTime"),
          Map.entry("PostalAddress.street", "Patient.address.line"),
          Map.entry("PostalAddress.houseNumber", "Patient.address.line"),
          Map.entry("PostalAddress.zip", "Patient.address.postalCode"),
          Map.entry("PostalAddress.city", "Patient.address.city"));

  private static final Map<Sex, AdministrativeGender> GENDER_BY_SEX = new EnumMap<>(Sex.class);

  static {
    GENDER_BY_SEX.put(Sex.FEMALE, AdministrativeGender.FEMALE);
    GENDER_BY_SEX.put(Sex.MALE, AdministrativeGender.MALE);
    GENDER_BY_SEX.put(Sex.DIVERSE, AdministrativeGender.OTHER);
    GENDER_BY_SEX.put(Sex.UNKNOWN, AdministrativeGender.UNKNOWN);
  }

  private PatientTranslator() {}

  public static org.hl7.fhir.r4.model.Patient toFhirResource(Patient patient) {
    var resource = new org.hl7.fhir.r4.model.Patient();
    String version = String.valueOf(patient.getVersion());
    resource.setId(new IdType("Patient", String.valueOf(patient.getId()), version));
    resource.getMeta().setVersionId(version);
    resource.getMeta().setLastUpdated(Date.from(patient.getUpdatedAt()));
    resource
        .addName()
        .setUse(NameUse.OFFICIAL)
        .setFamily(patient.getFamilyName())
        .setGiven(givenNames(patient.getGivenName()));
    addTelecom(resource, ContactPointSystem.PHONE, patient.getPhone());
    addTelecom(resource, ContactPointSystem.EMAIL, patient.getEmail());
    if (patient.isInsured()) {
      resource
          .addIdentifier()
          .setType(
              new CodeableConcept(
                  new Coding(IDENTIFIER_TYPES, "KVZ10", "Krankenversichertennummer")))
          .setSystem(KVNR_SYSTEM)
          .setValue(patient.getInsuranceNumber())
          .setAssigner(
              new Reference(OrganizationTranslator.insurerReference(patient.getInsurer().getId())));
    }
    resource.setBirthDateElement(new DateType(patient.getBirthDate().toString()));
    resource.setGender(GENDER_BY_SEX.get(patient.getSex()));
    if (patient.getAddress() != null) {
      resource.addAddress(AddressTranslator.toFhir(patient.getAddress()));
    }
    if (patient.getDiedOn() != null) {
      resource.setDeceased(new DateTimeType(patient.getDiedOn().toString()));
    }
    if (patient.getSex() == Sex.DIVERSE) {
      resource
          .getGenderElement()
          .addExtension(GENDER_AMTLICH_EXTENSION, new Coding(GENDER_AMTLICH_SYSTEM, "D", "divers"));
    }
    return resource;
  }

  /** The record keeps all given names in one field, separated by spaces, as the form does. */
  private static List<StringType> givenNames(String givenName) {
    return Arrays.stream(givenName.split("\\s+")).map(StringType::new).toList();
  }

  private static void addTelecom(
      org.hl7.fhir.r4.model.Patient resource, ContactPointSystem system, String value) {
    if (value != null) {
      resource.addTelecom().setSystem(system).setValue(value);
    }
  }

  /**
   * The domain input a Patient resource asks for. Missing elements stay empty, so that the
   * boundary's validation names each of them; an element the record cannot keep is refused (422).
   */
  public static NewPatient toDomain(org.hl7.fhir.r4.model.Patient resource) {
    UnkeptElements.refuseIn(resource);
    var newPatient = new NewPatient();
    HumanName name = officialName(resource.getName());
    if (name != null) {
      newPatient.setFamilyName(name.getFamily());
      newPatient.setGivenName(
          name.getGiven().isEmpty()
              ? null
              : name.getGiven().stream()
                  .map(StringType::getValue)
                  .collect(Collectors.joining(" ")));
    }
    if (resource.hasBirthDate()) {
      newPatient.setBirthDate(fullDate(resource.getBirthDateElement()));
    }
    if (resource.hasGender()) {
      newPatient.setSex(sexOf(resource.getGender()));
    }
    if (resource.hasDeceasedDateTimeType()) {
      newPatient.setDiedOn(dayOf(resource.getDeceasedDateTimeType()));
    }
    newPatient.setPhone(telecom(resource, ContactPointSystem.PHONE));
    newPatient.setEmail(telecom(resource, ContactPointSystem.EMAIL));
    if (resource.hasAddress()) {
      newPatient.setAddress(AddressTranslator.toDomain(resource.getAddressFirstRep()));
    }
    resource.getIdentifier().stream()
        .filter(identifier -> KVNR_SYSTEM.equals(identifier.getSystem()))
        .findFirst()
        .ifPresent(kvnr -> insure(newPatient, kvnr));
    return newPatient;
  }

  /** The KVNR and, as its assigner, the insurer ({@code Organization/insurer-<id>}). */
  private static void insure(NewPatient newPatient, Identifier kvnr) {
    newPatient.setInsuranceNumber(kvnr.getValue());
    if (kvnr.getAssigner().hasReference()) {
      String insurer = new IdType(kvnr.getAssigner().getReference()).getIdPart();
      newPatient.setInsurerId(
          OrganizationTranslator.insurerId(insurer)
              .orElseThrow(
                  () ->
                      new UnprocessableEntityException(
                          "Patient.identifier.assigner must name an insurer as"
                              + " Organization/insurer-<id>, not "
                              + kvnr.getAssigner().getReference()
                              + ".")));
    }
  }

  /** The date as written, without a detour through the JVM's time zone. */
  private static LocalDate fullDate(DateType date) {
    if (date.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new UnprocessableEntityException(
          "Patient.birthDate must be a full date (YYYY-MM-DD), not '"
              + date.getValueAsString()
              + "'.");
    }
    return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
  }

  /**
   * The day of death, in Germany's time zone when a time is given; a year or month alone is not.
   */
  private static LocalDate dayOf(DateTimeType deceased) {
    if (deceased.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
      throw new UnprocessableEntityException(
          "Patient.deceasedDateTime must name the day (YYYY-MM-DD), not '"
              + deceased.getValueAsString()
              + "'.");
    }
    if (deceased.getPrecision() == TemporalPrecisionEnum.DAY) {
      return LocalDate.of(deceased.getYear(), deceased.getMonth() + 1, deceased.getDay());
    }
    return deceased.getValue().toInstant().atZone(ClockProducer.BERLIN).toLocalDate();
  }

  private static String telecom(org.hl7.fhir.r4.model.Patient resource, ContactPointSystem system) {
    return resource.getTelecom().stream()
        .filter(telecom -> telecom.getSystem() == system)
        .map(ContactPoint::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The name the record keeps: the official one, else the first. */
  static HumanName officialName(List<HumanName> names) {
    return names.stream()
        .filter(name -> name.getUse() == NameUse.OFFICIAL)
        .findFirst()
        .orElse(names.isEmpty() || names.get(0).isEmpty() ? null : names.get(0));
  }

  private static Sex sexOf(AdministrativeGender gender) {
    return GENDER_BY_SEX.entrySet().stream()
        .filter(entry -> entry.getValue() == gender)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(Sex.UNKNOWN);
  }
}
