package de.dmp.rules.entity;

import static de.dmp.rules.entity.VerdictStatus.DUE;
import static de.dmp.rules.entity.VerdictStatus.OK;
import static de.dmp.rules.entity.VerdictStatus.OVERDUE;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExaminationRuleTest {

  private static final RuleKind EXAM = RuleKind.EXAMINATION;
  private static final String FOOT = "foot-inspection";

  private static Facts footExamined(LocalDate on, String interval) {
    return Facts.enrolledIn("DM2", of(2025, 1, 10))
        .documented(
            on,
            "pulse-status",
            "Unauffällig",
            "sensitivity",
            "Auffällig",
            "foot-inspection-interval",
            interval);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-05-12, OK",
    "2027-02-12, OK",
    "2027-02-13, DUE",
    "2027-05-12, DUE",
    "2027-05-13, OVERDUE"
  })
  void footInspection_yearly_shouldRemindAfterNineMonths(LocalDate day, VerdictStatus expected) {
    assertThat(footExamined(of(2026, 5, 12), "Jährlich").status(EXAM, FOOT, day))
        .isEqualTo(expected);
  }

  @Test
  void footReminder_shouldBeTheKbvSentenceVerbatim() {
    Verdict verdict = footExamined(of(2026, 5, 12), "Jährlich").verdict(EXAM, FOOT, of(2027, 3, 1));

    assertThat(verdict.sentence().in(Locale.GERMAN))
        .isEqualTo(
            "Denken Sie an die mindestens jährlich durchzuführende komplette Inspektion der Füße!");
    assertThat(verdict.dueOn()).isEqualTo(of(2027, 5, 12));
  }

  @ParameterizedTest(name = "{0}: due by {1}")
  @CsvSource({
    "Jährlich, 2027-05-12",
    "Alle 6 Monate, 2026-11-12",
    "Alle 3 Monate oder häufiger, 2026-08-12"
  })
  void footInterval_shouldFollowTheDocumentedRisk(String interval, LocalDate dueBy) {
    Facts facts = footExamined(of(2026, 5, 12), interval);

    assertThat(facts.verdict(EXAM, FOOT, of(2026, 5, 13)).dueOn()).isEqualTo(dueBy);
    assertThat(facts.status(EXAM, FOOT, dueBy.plusDays(1))).isEqualTo(OVERDUE);
  }

  @Test
  void footInspection_shouldCountOnlyWhenComplete() {
    Facts facts =
        footExamined(of(2025, 2, 1), "Jährlich")
            .documented(
                of(2026, 1, 20), "pulse-status", "Nicht untersucht", "sensitivity", "Unauffällig");

    assertThat(facts.verdict(EXAM, FOOT, of(2026, 3, 1)).status()).isEqualTo(OVERDUE);
    assertThat(facts.verdict(EXAM, FOOT, of(2026, 3, 1)).sentence().in(Locale.GERMAN))
        .contains("01.02.2025");
  }

  @Test
  void leapDay_shouldBeDueOnTheLastDayOfFebruaryOfTheNextYear() {
    Facts facts = footExamined(of(2028, 2, 29), "Jährlich");

    assertThat(facts.status(EXAM, FOOT, of(2028, 11, 29))).isEqualTo(OK);
    assertThat(facts.status(EXAM, FOOT, of(2028, 11, 30))).isEqualTo(DUE);
    assertThat(facts.status(EXAM, FOOT, of(2029, 2, 28))).isEqualTo(DUE);
    assertThat(facts.status(EXAM, FOOT, of(2029, 3, 1))).isEqualTo(OVERDUE);
  }

  @Test
  void eyeExam_shouldRemindAfterEighteenMonthsAndBeOverdueAfterTwoYears() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2024, 1, 10))
            .documented(of(2024, 3, 4), "eye-exam", "Durchgeführt");

    assertThat(facts.status(EXAM, "eye-exam", of(2025, 9, 4))).isEqualTo(OK);
    assertThat(facts.verdict(EXAM, "eye-exam", of(2025, 9, 5)).sentence().in(Locale.GERMAN))
        .contains("mindestens alle 2 Jahre");
    assertThat(facts.status(EXAM, "eye-exam", of(2026, 3, 5))).isEqualTo(OVERDUE);
  }

  @Test
  void eyeExam_veranlasst_shouldNotCountAsDone() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2024, 1, 10))
            .documented(of(2024, 3, 4), "eye-exam", "Veranlasst");

    assertThat(facts.status(EXAM, "eye-exam", of(2026, 1, 11))).isEqualTo(OVERDUE);
  }

  @Test
  void eyeExamInDm1_shouldStartAtTheAgeOfTen() {
    Facts child = Facts.enrolledIn("DM1", of(2026, 1, 10)).born(of(2016, 11, 24));

    assertThat(ProgrammeRules.verdicts(child.build(), of(2026, 11, 23)))
        .extracting(Verdict::subject)
        .doesNotContain("eye-exam");
    assertThat(child.status(EXAM, "eye-exam", of(2026, 11, 24))).isEqualTo(OK);
    assertThat(child.status(EXAM, "eye-exam", of(2027, 10, 1))).isEqualTo(DUE);
  }

  @Test
  void neverDone_shouldBeDueFromTheQuarterBeforeItsDeadlineAndOverdueAfterIt() {
    Facts facts = Facts.enrolledIn("DM2", of(2025, 11, 23));

    assertThat(facts.verdict(EXAM, "egfr", of(2025, 11, 23)))
        .satisfies(
            verdict -> {
              assertThat(verdict.status()).isEqualTo(OK);
              assertThat(verdict.sentence().in(Locale.GERMAN))
                  .endsWith("noch nicht dokumentiert; fällig bis 23.11.2026.");
            });
    assertThat(facts.status(EXAM, "egfr", of(2026, 6, 30))).isEqualTo(OK);
    assertThat(facts.status(EXAM, "egfr", of(2026, 7, 1))).isEqualTo(DUE);
    assertThat(facts.status(EXAM, "egfr", of(2026, 11, 23))).isEqualTo(DUE);
    assertThat(facts.status(EXAM, "egfr", of(2026, 11, 24))).isEqualTo(OVERDUE);
  }

  @Test
  void fev1_shouldShowThePreviousValueBesideTheLast() {
    Facts facts =
        Facts.enrolledIn("COPD", of(2025, 1, 10))
            .documented(of(2025, 4, 2), "fev1", "61")
            .documented(of(2025, 10, 7), "fev1", "65")
            .documented(of(2026, 4, 14), "fev1", "58.5");

    Verdict verdict = facts.verdict(EXAM, "fev1", of(2026, 5, 1));

    assertThat(verdict.facts())
        .extracting(fact -> fact.label().in(Locale.GERMAN), Fact::value, Fact::on)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Aktueller FEV1-Wert (alle sechs bis zwölf Monate)",
                "58.5 % des Sollwertes",
                of(2026, 4, 14)),
            org.assertj.core.groups.Tuple.tuple(
                "Aktueller FEV1-Wert (alle sechs bis zwölf Monate) (Vorwert)",
                "65 % des Sollwertes",
                of(2025, 10, 7)));
    assertThat(verdict.facts().get(1).label().in(Locale.ENGLISH))
        .isEqualTo("Current FEV1 (every six to twelve months) (previous value)");
  }

  @ParameterizedTest(name = "{0} {1} on {3}: {4}")
  @CsvSource({
    "COPD, osteoporosis-risk, Ja, 2026-04-14, OK",
    "COPD, osteoporosis-risk, Ja, 2027-01-15, DUE",
    "COPD, osteoporosis-risk, Ja, 2027-04-15, OVERDUE",
    "COPD, fev1, 60, 2026-10-15, DUE",
    "COPD, fev1, 60, 2027-04-15, OVERDUE",
    "ASTHMA, fev1, 80, 2027-03-13, OK",
    "ASTHMA, fev1, 80, 2027-03-14, DUE",
    "ASTHMA, fev1, 80, 2027-04-15, OVERDUE",
    "HI, electrolytes-egfr, Ja, 2026-09-13, OK",
    "HI, electrolytes-egfr, Ja, 2026-09-14, DUE",
    "HI, electrolytes-egfr, Ja, 2026-10-15, OVERDUE",
    "DM1, egfr, 75, 2027-04-15, OVERDUE",
    "DM1, eye-exam, Durchgeführt, 2027-10-14, OK",
    "DM1, eye-exam, Durchgeführt, 2027-10-15, DUE",
    "DM1, eye-exam, Durchgeführt, 2028-04-15, OVERDUE"
  })
  void shippedExaminations_shouldFollowTheirIntervals(
      String programme, String examination, String value, LocalDate day, VerdictStatus expected) {
    Facts facts =
        Facts.enrolledIn(programme, of(2025, 1, 10))
            .documented(of(2026, 4, 14), examination, value);

    assertThat(facts.status(EXAM, examination, day)).isEqualTo(expected);
  }
}
