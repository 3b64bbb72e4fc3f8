package de.dmp.fhir.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.control.SampleDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentationTranslatorsTest {

  private static final LocalDate DAY = Fixtures.VISITED;
  private static final List<ProgrammeDefinition> PROGRAMMES =
      ProgrammeCatalogue.load(DocumentationTranslatorsTest.class.getClassLoader()).all();

  static Stream<ProgrammeDefinition> programmes() {
    return PROGRAMMES.stream();
  }

  private static ProgrammeDefinition programme(String code) {
    return PROGRAMMES.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  /** A stored documentation of the programme by dr. Weber, with the given values. */
  static Documentation documentation(
      ProgrammeDefinition programme,
      DocumentType type,
      Map<String, String> values,
      DocumentationStatus status) {
    return Fixtures.documentation(
        programme, type, values, status, Fixtures.doctor(Fixtures.practice()));
  }

  private static Documentation sample(ProgrammeDefinition programme, DocumentType type) {
    return documentation(
        programme,
        type,
        new SampleDocumentation(new Random(7)).values(programme, type, DAY),
        DocumentationStatus.COMPLETE);
  }

  @ParameterizedTest
  @MethodSource("programmes")
  void everyProgrammesFormsAndDocumentations_shouldValidateAgainstBaseR4(
      ProgrammeDefinition programme) {
    for (DocumentType type : DocumentType.values()) {
      Documentation documentation = sample(programme, type);
      assertThat(Conformance.errors(QuestionnaireTranslator.toFhirResource(programme, type)))
          .isEmpty();
      assertThat(
              Conformance.errors(
                  QuestionnaireResponseTranslator.toFhirResource(documentation, programme)))
          .isEmpty();
      assertThat(Conformance.errors(EncounterTranslator.toFhirResource(List.of(documentation))))
          .isEmpty();
      for (Observation observation :
          ObservationTranslator.toFhirResources(documentation, programme)) {
        assertThat(Conformance.errors(observation)).as(observation.getId()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("programmes")
  void toDomainValues_shouldGiveBackWhatWasDocumented(ProgrammeDefinition programme) {
    for (DocumentType type : DocumentType.values()) {
      Documentation documentation = sample(programme, type);

      var response = QuestionnaireResponseTranslator.toFhirResource(documentation, programme);

      assertThat(QuestionnaireResponseTranslator.toDomainValues(response))
          .as(programme.code() + " " + type)
          .isEqualTo(documentation.currentValues());
    }
  }

  @Test
  void questionnaire_shouldGroupTheGbaSectionsWithFieldNamesAndCodeLists() {
    var form = QuestionnaireTranslator.toFhirResource(programme("DM2"), DocumentType.FD);

    assertThat(form.getIdElement().getIdPart()).isEqualTo("DM2-FD-2025-1");
    assertThat(form.getUrl()).isEqualTo("urn:dmp-records:Questionnaire:DM2-FD");
    assertThat(form.getItem()).extracting(i -> i.getText()).contains("Anamnese- und Befunddaten");
    var findings =
        form.getItem().stream()
            .filter(group -> group.getText().equals("Anamnese- und Befunddaten"))
            .findFirst()
            .orElseThrow();
    var hba1c =
        findings.getItem().stream()
            .filter(i -> i.getLinkId().equals("hba1c"))
            .findFirst()
            .orElseThrow();
    assertThat(hba1c.getCodeFirstRep().getCode()).isEqualTo("4548-4");
    var smoker =
        findings.getItem().stream()
            .filter(i -> i.getLinkId().equals("smoker"))
            .findFirst()
            .orElseThrow();
    assertThat(smoker.getAnswerOption())
        .extracting(o -> o.getValueCoding().getCode())
        .contains("Ja", "Nein");
  }

  @Test
  void questionnaireResponse_shouldAnswerWithTypedValuesInTheFormsOrder() {
    var documentation =
        documentation(
            programme("DM2"),
            DocumentType.FD,
            Map.of("hba1c", "7,2", "smoker", "Nein", "severe-hypoglycaemia", "1"),
            DocumentationStatus.COMPLETE);

    QuestionnaireResponse response =
        QuestionnaireResponseTranslator.toFhirResource(documentation, programme("DM2"));

    assertThat(response.getQuestionnaire())
        .isEqualTo("urn:dmp-records:Questionnaire:DM2-FD|2025-1");
    assertThat(response.getStatus()).isEqualTo(QuestionnaireResponseStatus.COMPLETED);
    assertThat(response.getSubject().getReference()).isEqualTo("Patient/42");
    assertThat(response.getEncounter().getReference()).isEqualTo("Encounter/500");
    assertThat(response.getAuthor().getReference()).isEqualTo("Practitioner/3");
    var answers = response.getItem().stream().flatMap(group -> group.getItem().stream()).toList();
    assertThat(answers)
        .extracting(i -> i.getLinkId())
        .containsExactly("smoker", "hba1c", "severe-hypoglycaemia");
    assertThat(answers.get(0).getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("Nein");
    assertThat(((Quantity) answers.get(1).getAnswerFirstRep().getValue()).getValue())
        .isEqualByComparingTo("7.2");
    assertThat(answers.get(2).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(1);
  }

  @Test
  void draft_shouldBeInProgressKeepWhatWasTypedAndYieldNoObservation() {
    var draft =
        documentation(
            programme("DM2"),
            DocumentType.FD,
            Map.of("hba1c", "sieben"),
            DocumentationStatus.DRAFT);

    QuestionnaireResponse response =
        QuestionnaireResponseTranslator.toFhirResource(draft, programme("DM2"));

    assertThat(response.getStatus()).isEqualTo(QuestionnaireResponseStatus.INPROGRESS);
    assertThat(
            response
                .getItemFirstRep()
                .getItemFirstRep()
                .getAnswerFirstRep()
                .getValueStringType()
                .getValue())
        .isEqualTo("sieben");
    assertThat(ObservationTranslator.toFhirResources(draft, programme("DM2"))).isEmpty();
    assertThat(Conformance.errors(response)).isEmpty();
  }

  @Test
  void observations_shouldBeTheLoincCodedValuesWithTheirDocumentation() {
    var documentation =
        documentation(
            programme("DM2"),
            DocumentType.FD,
            Map.of("hba1c", "7.2", "pulse-status", "unauffällig"),
            DocumentationStatus.COMPLETE);

    List<Observation> observations =
        ObservationTranslator.toFhirResources(documentation, programme("DM2"));

    assertThat(observations).hasSize(1);
    Observation hba1c = observations.get(0);
    assertThat(hba1c.getIdElement().getIdPart()).isEqualTo("1234-hba1c");
    assertThat(hba1c.getCode().getCodingFirstRep().getCode()).isEqualTo("4548-4");
    assertThat(hba1c.getValueQuantity().getUnit()).isEqualTo("%");
    assertThat(hba1c.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-20");
    assertThat(hba1c.getDerivedFromFirstRep().getReference())
        .isEqualTo("QuestionnaireResponse/1234");
    assertThat(ObservationTranslator.toFhirResource(documentation, programme("DM2"), "hba1c"))
        .isPresent();
    assertThat(
            ObservationTranslator.toFhirResource(documentation, programme("DM2"), "pulse-status"))
        .isEmpty();
  }

  @Test
  void encounter_shouldBeTheAmbulatoryVisitAtThePractice() {
    Encounter encounter =
        EncounterTranslator.toFhirResource(List.of(sample(programme("DM2"), DocumentType.FD)));

    assertThat(encounter.getIdElement().getIdPart()).isEqualTo("500");
    assertThat(encounter.getClass_().getCode()).isEqualTo("AMB");
    assertThat(encounter.getServiceProvider().getReference()).isEqualTo("Organization/practice-7");
    assertThat(encounter.getParticipantFirstRep().getIndividual().getReference())
        .isEqualTo("Practitioner/3");
    assertThat(encounter.getEpisodeOfCareFirstRep().getReference()).isEqualTo("EpisodeOfCare/99");
  }
}
