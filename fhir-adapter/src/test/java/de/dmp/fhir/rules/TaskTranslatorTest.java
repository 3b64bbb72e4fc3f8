package de.dmp.fhir.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.rules.entity.Fact;
import de.dmp.rules.entity.RuleKind;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
import de.dmp.rules.entity.Wording;
import de.dmp.rules.entity.Wording.Argument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class TaskTranslatorTest {

  private static final Enrolment ENROLMENT =
      Fixtures.enrolment(
          Fixtures.patient(42L),
          Fixtures.practice(),
          ProgrammeCatalogue.load(TaskTranslatorTest.class.getClassLoader())
              .current("DM2", LocalDate.of(2026, 12, 1))
              .orElseThrow(),
          "E11.9",
          99L);

  private static final Argument QUARTER = new Argument(Argument.Kind.TEXT, "4/2026", null, null);

  private static final Wording MISSED_TRAINING = new Wording("fact.missedTraining", List.of());

  private static Verdict verdict(VerdictStatus status) {
    return new Verdict(
        "DM2.missing-documentations",
        "2025-1",
        RuleKind.DOCUMENTATION,
        "FD",
        new Wording("label.followUp", List.of(QUARTER)),
        status,
        LocalDate.of(2027, 1, 10),
        new Wording("followUp.warning", List.of(QUARTER)),
        List.of(
            new Fact(
                new Wording("fact.lastDocumentation", List.of()),
                "2026-07-02",
                LocalDate.of(2026, 7, 2))),
        null);
  }

  @Test
  void toFhirResource_shouldAskForWhatTheRuleWantsByItsLastDay() {
    Task task =
        TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.OVERDUE), Locale.GERMAN)
            .orElseThrow();

    assertThat(task.getIdElement().getIdPart()).isEqualTo("99-DM2.missing-documentations");
    assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
    assertThat(task.getCode().getCodingFirstRep().getVersion()).isEqualTo("2025-1");
    assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString())
        .isEqualTo("2027-01-10");
    assertThat(task.getFor().getReference()).isEqualTo("Patient/42");
    assertThat(task.getFocus().getReference()).isEqualTo("EpisodeOfCare/99");
    assertThat(task.getInputFirstRep().getValue().primitiveValue()).isEqualTo("2026-07-02");
    assertThat(task.getCode().getText()).isEqualTo("Folgedokumentation 4/2026");
    assertThat(task.getDescription())
        .isEqualTo("Die Folgedokumentation des Quartals 4/2026 fehlt.");
    assertThat(task.getInputFirstRep().getType().getText())
        .isEqualTo("Letzte Dokumentation (2026-07-02)");
    assertThat(Conformance.errors(task)).isEmpty();
  }

  @Test
  void toFhirResource_shouldWriteItsTextsInEnglishWhenAskedFor() {
    Task task =
        TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.OVERDUE), Locale.ENGLISH)
            .orElseThrow();

    assertThat(task.getCode().getText()).isEqualTo("Follow-up documentation 4/2026");
    assertThat(task.getCode().getCodingFirstRep().getDisplay())
        .isEqualTo("Follow-up documentation 4/2026");
    assertThat(task.getDescription())
        .isEqualTo("The follow-up documentation of quarter 4/2026 is missing.");
    assertThat(task.getInputFirstRep().getType().getText())
        .isEqualTo("Last documentation (2026-07-02)");
  }

  @Test
  void aMissedTrainingsTask_shouldHaveEachMissedDayAsInputValueAndValidate() {
    var missedTrainings =
        new Verdict(
            "DM2.missed-trainings",
            "2025-1",
            RuleKind.TRAINING,
            "SCHULUNG",
            new Wording("label.trainings", List.of()),
            VerdictStatus.WARNING,
            LocalDate.of(2027, 5, 2),
            new Wording(
                "training.warning",
                List.of(
                    new Argument(Argument.Kind.DATE, "2026-05-01", null, null),
                    new Argument(Argument.Kind.TEXT, "2", null, null),
                    new Argument(Argument.Kind.TEXT, "12", null, null))),
            List.of(
                new Fact(MISSED_TRAINING, "", LocalDate.of(2026, 2, 3)),
                new Fact(MISSED_TRAINING, "", LocalDate.of(2026, 5, 1))),
            null);

    Task task =
        TaskTranslator.toFhirResource(ENROLMENT, missedTrainings, Locale.GERMAN).orElseThrow();

    assertThat(task.getInput())
        .extracting(input -> input.getValue().primitiveValue())
        .containsExactly("2026-02-03", "2026-05-01");
    assertThat(task.getDescription()).startsWith("Eine empfohlene Schulung wurde am 01.05.2026");
    assertThat(Conformance.errors(task)).isEmpty();
  }

  @Test
  void toFhirResource_shouldGiveNoTaskWhereNothingIsToBeDone() {
    assertThat(TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.OK), Locale.GERMAN))
        .isEmpty();
    assertThat(TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.INFO), Locale.GERMAN))
        .isEmpty();
  }
}
