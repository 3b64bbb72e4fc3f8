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
import java.time.LocalDate;
import java.util.List;
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

  private static Verdict verdict(VerdictStatus status) {
    return new Verdict(
        "DM2.missing-documentations",
        "2025-1",
        RuleKind.DOCUMENTATION,
        "FD",
        "Folgedokumentation",
        status,
        LocalDate.of(2027, 1, 10),
        "Die Folgedokumentation des Quartals 2026/4 fehlt.",
        List.of(new Fact("Letzte Dokumentation", "2026-07-02", LocalDate.of(2026, 7, 2))),
        null);
  }

  @Test
  void toFhirResource_shouldAskForWhatTheRuleWantsByItsLastDay() {
    Task task =
        TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.OVERDUE)).orElseThrow();

    assertThat(task.getIdElement().getIdPart()).isEqualTo("99-DM2.missing-documentations");
    assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
    assertThat(task.getCode().getCodingFirstRep().getVersion()).isEqualTo("2025-1");
    assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString())
        .isEqualTo("2027-01-10");
    assertThat(task.getFor().getReference()).isEqualTo("Patient/42");
    assertThat(task.getFocus().getReference()).isEqualTo("EpisodeOfCare/99");
    assertThat(task.getInputFirstRep().getValue().primitiveValue()).isEqualTo("2026-07-02");
    assertThat(Conformance.errors(task)).isEmpty();
  }

  @Test
  void aMissedTrainingsTask_shouldHaveEachMissedDayAsInputValueAndValidate() {
    var missedTrainings =
        new Verdict(
            "DM2.missed-trainings",
            "2025-1",
            RuleKind.TRAINING,
            "SCHULUNG",
            "Versäumte Schulungen",
            VerdictStatus.WARNING,
            LocalDate.of(2027, 5, 2),
            "Eine empfohlene Schulung wurde am 01.05.2026 nicht wahrgenommen.",
            List.of(
                new Fact("Schulung versäumt", "", LocalDate.of(2026, 2, 3)),
                new Fact("Schulung versäumt", "", LocalDate.of(2026, 5, 1))),
            null);

    Task task = TaskTranslator.toFhirResource(ENROLMENT, missedTrainings).orElseThrow();

    assertThat(task.getInput())
        .extracting(input -> input.getValue().primitiveValue())
        .containsExactly("2026-02-03", "2026-05-01");
    assertThat(Conformance.errors(task)).isEmpty();
  }

  @Test
  void toFhirResource_shouldGiveNoTaskWhereNothingIsToBeDone() {
    assertThat(TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.OK))).isEmpty();
    assertThat(TaskTranslator.toFhirResource(ENROLMENT, verdict(VerdictStatus.INFO))).isEmpty();
  }
}
