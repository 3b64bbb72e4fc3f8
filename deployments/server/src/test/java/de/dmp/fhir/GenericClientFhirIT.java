package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HAPI's generic client against the server, as a practice's or an insurer's system uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GenericClientFhirIT {

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static final String EPISODE = "urn:uuid:5b0e7c52-0e3f-4c57-9d0b-6a3f1d2c9e01";
  private static final String DIAGNOSIS = "urn:uuid:5b0e7c52-0e3f-4c57-9d0b-6a3f1d2c9e02";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(GenericClientFhirIT.class);
  }

  @ArquillianResource private URL base;

  /** A client that logs in as an outside system should: one token, then bearer requests. */
  private IGenericClient client(String user) {
    IGenericClient client = CONTEXT.newRestfulGenericClient(base + "fhir");
    client.registerInterceptor(new BearerTokenAuthInterceptor(Http.accessToken(base, user)));
    return client;
  }

  @Test
  void practiceSystem_shouldCreateReadSearchAndCorrectAPatient() {
    IGenericClient practice = client(Http.DOCTOR);
    String family = PatientFhirIT.uniqueFamilyName();
    var patient = new Patient();
    patient.addName().setUse(NameUse.OFFICIAL).setFamily(family).addGiven("Greta");
    patient.setBirthDateElement(new DateType("1961-07-01"));
    patient.setGender(AdministrativeGender.FEMALE);

    MethodOutcome created = practice.create().resource(patient).execute();
    Patient read =
        practice
            .read()
            .resource(Patient.class)
            .withId(created.getId().toUnqualifiedVersionless())
            .execute();
    Bundle found =
        practice
            .search()
            .forResource(Patient.class)
            .where(Patient.FAMILY.matches().value(family))
            .returnBundle(Bundle.class)
            .execute();
    read.getNameFirstRep().setFamily(family + "er");
    MethodOutcome updated = practice.update().resource(read).withId(read.getIdElement()).execute();

    assertThat(created.getCreated()).isTrue();
    assertThat(found.getTotal()).isEqualTo(1);
    assertThat(updated.getId().getVersionIdPart())
        .isNotEqualTo(read.getIdElement().getVersionIdPart());
    assertThatThrownBy(() -> practice.update().resource(read).withId(read.getIdElement()).execute())
        .isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(
            () ->
                client("dr.aydin")
                    .read()
                    .resource(Patient.class)
                    .withId(read.getIdElement().toVersionless())
                    .execute())
        .isInstanceOf(ForbiddenOperationException.class);
  }

  /**
   * A practice system's whole day with one new patient: register with the insurance number, enrol
   * in DM2, document the initial documentation as a visit, find it, export it, read it.
   */
  @Test
  void practiceSystem_shouldRegisterEnrolDocumentSearchAndExportAPatient() throws Exception {
    IGenericClient practice = client(Http.DOCTOR);
    QuestionnaireResponse template = aCompletedInitialDocumentation(practice, "DM2-ED|");
    String patientId = insuredPatient(practice);

    Bundle enrolled = practice.transaction().withBundle(enrolment(patientId)).execute();
    String episode = enrolled.getEntryFirstRep().getResponse().getLocation();
    Bundle documented =
        practice
            .transaction()
            .withBundle(
                VisitBundles.visit(
                    patientId,
                    episode,
                    template,
                    QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED))
            .execute();
    Bundle found =
        practice
            .search()
            .forResource(QuestionnaireResponse.class)
            .where(QuestionnaireResponse.PATIENT.hasId(patientId))
            .returnBundle(Bundle.class)
            .execute();
    MethodOutcome kickOff =
        practice
            .operation()
            .onType(Patient.class)
            .named("$export")
            .withParameter(
                Parameters.class, "_type", new StringType("Patient,QuestionnaireResponse"))
            .withAdditionalHeader("Prefer", "respond-async")
            .useHttpGet()
            .returnMethodOutcome()
            .execute();
    var files =
        BulkData.files(
            Http.DOCTOR,
            BulkData.manifest(
                Http.DOCTOR, kickOff.getResponseHeaders().get("content-location").get(0)));

    assertThat(episode).startsWith("EpisodeOfCare/");
    assertThat(practice.read().resource(EpisodeOfCare.class).withUrl(episode).execute().getStatus())
        .isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    assertThat(documented.getEntry().get(1).getResponse().getLocation())
        .startsWith("QuestionnaireResponse/");
    assertThat(found.getEntry()).hasSize(1);
    assertThat(files.get("QuestionnaireResponse"))
        .filteredOn(r -> ((QuestionnaireResponse) r).getSubject().getReference().equals(patientId))
        .hasSize(1);
    assertThat(files.get("Patient"))
        .anySatisfy(
            p -> assertThat(p.getIdElement().getIdPart()).isEqualTo(patientId.split("/")[1]));
  }

  /** An insured patient of dr. Weber's, registered over FHIR; its reference. */
  private static String insuredPatient(IGenericClient practice) {
    var patient = new Patient();
    patient
        .addIdentifier()
        .setSystem("http://fhir.de/sid/gkv/kvid-10")
        .setValue(NewPatients.insuranceNumber())
        .setAssigner(insurerOf(practice));
    patient.addName().setFamily(PatientFhirIT.uniqueFamilyName()).addGiven("Otto");
    patient.setBirthDateElement(new DateType("1958-02-11"));
    patient.setGender(AdministrativeGender.MALE);
    return practice
        .create()
        .resource(patient)
        .execute()
        .getId()
        .toUnqualifiedVersionless()
        .getValue();
  }

  @Test
  void enrolmentTransaction_shouldRefuseWhatCannotBeEnrolledAndStoreNothing() {
    IGenericClient practice = client(Http.DOCTOR);
    String patientId = insuredPatient(practice);
    Bundle wrongDiagnosis = enrolment(patientId);
    ((Condition) wrongDiagnosis.getEntry().get(1).getResource())
        .getCode()
        .getCodingFirstRep()
        .setCode("J45.0");
    Bundle unknownProgramme = enrolment(patientId);
    ((EpisodeOfCare) unknownProgramme.getEntryFirstRep().getResource())
        .getTypeFirstRep()
        .getCodingFirstRep()
        .setCode("99");
    Bundle unlinkedDiagnosis = enrolment(patientId);
    unlinkedDiagnosis.getEntry().get(1).setFullUrl("urn:uuid:5b0e7c52-0e3f-4c57-9d0b-6a3f1d2c9eff");
    Bundle diagnosisWithoutFullUrl = enrolment(patientId);
    diagnosisWithoutFullUrl.getEntry().get(1).setFullUrl(null);
    Bundle onsetAsAge = enrolment(patientId);
    ((Condition) onsetAsAge.getEntry().get(1).getResource())
        .setOnset(new org.hl7.fhir.r4.model.Age().setValue(60));
    Bundle withAPatient = enrolment(patientId);
    withAPatient
        .addEntry()
        .setResource(new Patient())
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl("Patient");

    for (Bundle refused :
        List.of(
            wrongDiagnosis,
            unknownProgramme,
            unlinkedDiagnosis,
            diagnosisWithoutFullUrl,
            onsetAsAge,
            withAPatient)) {
      assertThatThrownBy(() -> practice.transaction().withBundle(refused).execute())
          .isInstanceOf(UnprocessableEntityException.class);
    }
    assertThatThrownBy(
            () -> client("dr.aydin").transaction().withBundle(enrolment(patientId)).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThat(
            practice
                .search()
                .forResource(EpisodeOfCare.class)
                .where(EpisodeOfCare.PATIENT.hasId(patientId))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry())
        .isEmpty();
  }

  /** The insurer of dr. Weber's demo patients, as their insurance numbers name it. */
  private static Reference insurerOf(IGenericClient practice) {
    return practice
        .search()
        .forResource(Patient.class)
        .count(50)
        .returnBundle(Bundle.class)
        .execute()
        .getEntry()
        .stream()
        .map(e -> (Patient) e.getResource())
        .filter(Patient::hasIdentifier)
        .findFirst()
        .orElseThrow()
        .getIdentifierFirstRep()
        .getAssigner();
  }

  /** A demo patient's completed documentation of the form, whose answers a new one can take. */
  private static QuestionnaireResponse aCompletedInitialDocumentation(
      IGenericClient practice, String form) {
    for (var entry :
        practice
            .search()
            .forResource(Patient.class)
            .count(50)
            .returnBundle(Bundle.class)
            .execute()
            .getEntry()) {
      Bundle responses =
          practice
              .search()
              .forResource(QuestionnaireResponse.class)
              .where(
                  QuestionnaireResponse.PATIENT.hasId(
                      entry.getResource().getIdElement().toUnqualifiedVersionless()))
              .and(QuestionnaireResponse.STATUS.exactly().code("completed"))
              .returnBundle(Bundle.class)
              .execute();
      for (var response : responses.getEntry()) {
        var documentation = (QuestionnaireResponse) response.getResource();
        if (documentation.getQuestionnaire().contains(form)) {
          return documentation;
        }
      }
    }
    throw new AssertionError("no completed " + form + " among dr. Weber's demo patients");
  }

  /** Enrolment in DM2 at dr. Weber's practice from today, with the consent signed today. */
  private static Bundle enrolment(String patientId) {
    String today = LocalDate.now().toString();
    var diagnosis = new Condition();
    diagnosis.setSubject(new Reference(patientId));
    diagnosis
        .getCode()
        .addCoding(new Coding("http://fhir.de/CodeSystem/bfarm/icd-10-gm", "E11.9", null));
    diagnosis.setOnset(new DateTimeType("2024-03-01"));
    var episode = new EpisodeOfCare();
    episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    episode.setPatient(new Reference(patientId));
    episode
        .addType()
        .addCoding(new Coding("https://fhir.kbv.de/CodeSystem/KBV_CS_SFHIR_KBV_DMP", "01", null));
    episode.setManagingOrganization(new Reference("Organization/practice-1"));
    episode.getPeriod().setStartElement(new DateTimeType(today));
    episode.addDiagnosis().setCondition(new Reference(DIAGNOSIS));
    var consent = new Consent();
    consent.setStatus(Consent.ConsentState.ACTIVE);
    consent.setPatient(new Reference(patientId));
    consent.setDateTimeElement(new DateTimeType(today));
    var transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    VisitBundles.create(transaction, EPISODE, episode);
    VisitBundles.create(transaction, DIAGNOSIS, diagnosis);
    VisitBundles.create(transaction, null, consent);
    return transaction;
  }

  @Test
  void insurerSystem_shouldSearchItsMembersAndExportThem() throws Exception {
    IGenericClient insurer = client("kasse.demo");
    Bundle members =
        insurer.search().forResource(Patient.class).returnBundle(Bundle.class).execute();
    String member =
        members
            .getEntryFirstRep()
            .getResource()
            .getIdElement()
            .toUnqualifiedVersionless()
            .getValue();
    Bundle episodes =
        insurer
            .search()
            .forResource(EpisodeOfCare.class)
            .where(EpisodeOfCare.PATIENT.hasId(member))
            .returnBundle(Bundle.class)
            .execute();
    Bundle values =
        insurer
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(member))
            .returnBundle(Bundle.class)
            .execute();

    MethodOutcome kickOff =
        insurer
            .operation()
            .onServer()
            .named("$export")
            .withNoParameters(Parameters.class)
            .withAdditionalHeader("Prefer", "respond-async")
            .useHttpGet()
            .returnMethodOutcome()
            .execute();
    String poll = kickOff.getResponseHeaders().get("content-location").get(0);

    assertThat(members.getTotal()).isPositive();
    assertThat(episodes.getEntry()).isNotEmpty();
    assertThat(values.getEntry())
        .allSatisfy(
            e ->
                assertThat(((Observation) e.getResource()).getSubject().getReference())
                    .isEqualTo(member));
    assertThat(BulkData.manifest("kasse.demo", poll).get("output")).isNotEmpty();
  }
}
