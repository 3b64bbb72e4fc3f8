package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.demo.control.SampleDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.fhir.conformance.Stored;
import de.dmp.fhir.documentation.ObservationTranslator;
import de.dmp.fhir.documentation.QuestionnaireResponseTranslator;
import de.dmp.fhir.documentation.QuestionnaireTranslator;
import de.dmp.fhir.enrolment.ConditionTranslator;
import de.dmp.fhir.enrolment.EpisodeOfCareTranslator;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.fhir.practice.PractitionerTranslator;
import de.dmp.fhir.programme.MeasureTranslator;
import de.dmp.fhir.programme.PlanDefinitionTranslator;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;

class NarrativesTest {

  /** What the server returns besides the types tested with their translators above. */
  private static final List<String> OTHER_TYPES =
      List.of(
          "Task",
          "Consent",
          "CarePlan",
          "Goal",
          "MedicationStatement",
          "ServiceRequest",
          "Appointment",
          "Coverage",
          "Encounter",
          "DocumentReference",
          "Practitioner",
          "PractitionerRole",
          "Organization",
          "Questionnaire",
          "PlanDefinition",
          "Measure",
          "MeasureReport",
          "AuditEvent",
          "CapabilityStatement");

  private static final IParser WRITER = Narratives.context().newJsonParser();
  private static final IParser READER = FhirContext.forR4Cached().newJsonParser();
  private static final List<ProgrammeDefinition> PROGRAMMES =
      ProgrammeCatalogue.load(NarrativesTest.class.getClassLoader()).all();

  /** The resource as a client reads it: written by the REST answers' parser, parsed back. */
  private static DomainResource asAnswered(IBaseResource resource) {
    return (DomainResource) READER.parseResource(WRITER.encodeResourceToString(resource));
  }

  private static String narrative(IBaseResource resource) {
    DomainResource answered = asAnswered(resource);
    assertThat(answered.getText().getStatus()).isEqualTo(NarrativeStatus.GENERATED);
    assertThat(Conformance.errors(answered)).isEmpty();
    return answered.getText().getDivAsString();
  }

  @Test
  void patient_shouldReadInGermanWithBirthDateAddressAndDeath() {
    var patient = new Patient("Müller", "Anna Lena", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    patient.moveTo(new PostalAddress("Am Weinberg", "12a", "10119", "Berlin"));
    patient.recordDeath(LocalDate.of(2013, 5, 2));
    Stored.with(Stored.with(patient, "id", 42L), "updatedAt", Fixtures.NOW);

    assertThat(narrative(PatientTranslator.toFhirResource(patient)))
        .contains("MÜLLER", "Geburtsdatum", "14.03.1956", "Am Weinberg 12a", "Berlin")
        .contains("Verstorben am", "02.05.2013");
  }

  @Test
  void enrolmentAndDiagnosis_shouldNameProgrammeStatusCaseAndCode() {
    ProgrammeDefinition dm2 = programme("DM2");
    var enrolment =
        Fixtures.enrolment(Fixtures.patient(42L), Fixtures.practice(), dm2, "E11.9", 99L);

    assertThat(narrative(EpisodeOfCareTranslator.toFhirResource(enrolment, dm2)))
        .contains("DMP", "Status", "DMP-Fallnummer", "Hausarztpraxis am Dom", "seit 15.01.2025");
    assertThat(narrative(ConditionTranslator.toFhirResource(enrolment)))
        .contains("E11.9", "ICD-10-GM", "01.03.2024");
  }

  @Test
  void everyProgrammesDocumentationAndValues_shouldCarryANarrative() {
    for (ProgrammeDefinition programme : PROGRAMMES) {
      for (DocumentType type : DocumentType.values()) {
        Documentation documentation =
            Fixtures.documentation(
                programme,
                type,
                new SampleDocumentation(new Random(7)).values(programme, type, Fixtures.VISITED),
                DocumentationStatus.COMPLETE,
                Fixtures.doctor(Fixtures.practice()));

        assertThat(
                narrative(QuestionnaireResponseTranslator.toFhirResource(documentation, programme)))
            .as(programme.code())
            .contains("DMP-Dokumentation vom 20.11.2026", "vollständig");
        ObservationTranslator.toFhirResources(documentation, programme)
            .forEach(
                observation ->
                    assertThat(narrative(observation))
                        .as(observation.getId())
                        .contains("Wert", "Dokumentiert am", "20.11.2026"));
      }
    }
  }

  @Test
  void everyOtherTypeTheServerReturns_shouldCarryANarrativeAlsoWhenNearlyEmpty() {
    for (String type : OTHER_TYPES) {
      var resource =
          (DomainResource) FhirContext.forR4Cached().getResourceDefinition(type).newInstance();

      DomainResource answered = asAnswered(resource);

      assertThat(answered.getText().getStatus()).as(type).isEqualTo(NarrativeStatus.GENERATED);
      assertThat(answered.getText().getDivAsString()).as(type).contains("<table");
    }
  }

  @Test
  void practiceDoctorAndProgramme_shouldReadInGerman() {
    var practice = Fixtures.practice();
    var doctor = Fixtures.doctor(practice);
    ProgrammeDefinition dm2 = programme("DM2");

    assertThat(narrative(OrganizationTranslator.toFhirResource(practice)))
        .contains("Hausarztpraxis am Dom", "Betriebsstättennummer");
    assertThat(narrative(PractitionerTranslator.toFhirResource(doctor))).contains("LANR");
    assertThat(narrative(PractitionerTranslator.toRole(doctor)))
        .contains("Arzt in der Praxis", "Organization/practice-");
    assertThat(narrative(PlanDefinitionTranslator.toFhirResource(dm2)))
        .contains("Programm", "Gültig ab", "Folgedokumentation");
    assertThat(narrative(MeasureTranslator.toFhirResource(dm2))).contains("Qualitätsziele");
    assertThat(narrative(QuestionnaireTranslator.toFhirResource(dm2, DocumentType.FD)))
        .contains("Version", "Felder");
  }

  @Test
  void operationOutcome_shouldCarryHapisNarrative() {
    var outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.NOTSUPPORTED)
        .setDiagnostics("Patient.address[1]: the record keeps one address.");

    assertThat(narrative(outcome)).contains("Patient.address[1]");
  }

  private static ProgrammeDefinition programme(String code) {
    return PROGRAMMES.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }
}
