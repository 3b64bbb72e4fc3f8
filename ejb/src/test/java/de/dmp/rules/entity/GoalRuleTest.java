package de.dmp.rules.entity;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoalRuleTest {

  private static final RuleKind GOAL = RuleKind.GOAL;

  @Test
  void lastValueAboveTarget_shouldWarnWithTheTrend() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("hba1c", "4548-4", null, "7.5", "%")
            .documented(of(2025, 10, 1), "hba1c", "9.0")
            .documented(of(2026, 1, 8), "hba1c", "8.4")
            .documented(of(2026, 4, 9), "hba1c", "8,1")
            .documented(of(2026, 7, 2), "hba1c", "7.9");

    Verdict verdict = facts.verdict(GOAL, "hba1c", of(2026, 8, 1));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.GOAL_MISSED);
    assertThat(verdict.sentence().in(Locale.GERMAN))
        .isEqualTo(
            "HbA1c-Wert 7,9 % am 02.07.2026, Ziel ≤ 7,5 %: nicht erreicht; Verlauf fallend (8,4 → 8,1 → 7,9).");
    assertThat(verdict.facts()).hasSize(3);
  }

  @Test
  void valueWithinRange_shouldBeMetAndStable() {
    Facts facts =
        Facts.enrolledIn("KHK", of(2025, 1, 10))
            .goal("bp-systolic", null, "120", "140", "mmHg")
            .documented(of(2026, 1, 8), "bp-systolic", "132")
            .documented(of(2026, 4, 9), "bp-systolic", "133");

    Verdict verdict = facts.verdict(GOAL, "bp-systolic", of(2026, 5, 1));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.OK);
    assertThat(verdict.sentence().in(Locale.GERMAN))
        .contains("erreicht", "gleichbleibend (132 → 133)", "120–140 mmHg");
  }

  @Test
  void goalByLoinc_shouldFindTheParameterAndRise() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("egfr-goal", "33914-3", "60", null, "ml/min")
            .documented(of(2026, 1, 8), "egfr", "52")
            .documented(of(2026, 4, 9), "egfr", "61");

    Verdict verdict = facts.verdict(GOAL, "egfr-goal", of(2026, 5, 1));

    assertThat(verdict.status()).isEqualTo(VerdictStatus.OK);
    assertThat(verdict.sentence().in(Locale.GERMAN)).contains("≥ 60 ml/min", "steigend");
  }

  @Test
  void aGoalInTheProgrammesUnit_shouldNameItInEnglishForEnglishReaders() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("egfr", "33914-3", "60", null, "ml/min/1,73m²KOF")
            .documented(of(2026, 4, 9), "egfr", "52.5");

    Verdict verdict = facts.verdict(GOAL, "egfr", of(2026, 5, 1));

    assertThat(verdict.sentence().in(Locale.GERMAN))
        .isEqualTo(
            "eGFR 52,5 ml/min/1,73m²KOF am 09.04.2026, Ziel ≥ 60 ml/min/1,73m²KOF: nicht erreicht.");
    assertThat(verdict.sentence().in(Locale.ENGLISH))
        .isEqualTo(
            "eGFR 52.5 ml/min/1.73 m² BSA on 9 Apr 2026, target ≥ 60 ml/min/1.73 m² BSA: not met.");
  }

  @Test
  void valuesGoingUpAndDown_shouldFluctuateNotRise() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("bp-systolic", null, null, "140", "mmHg")
            .documented(of(2026, 1, 8), "bp-systolic", "109")
            .documented(of(2026, 4, 9), "bp-systolic", "153")
            .documented(of(2026, 7, 2), "bp-systolic", "133");

    Verdict verdict = facts.verdict(GOAL, "bp-systolic", of(2026, 8, 1));

    assertThat(verdict.sentence().in(Locale.GERMAN))
        .endsWith("Verlauf schwankend (109 → 153 → 133).");
    assertThat(verdict.sentence().in(Locale.ENGLISH))
        .endsWith("trend fluctuating (109 → 153 → 133).");
  }

  @Test
  void aSmallStepBesideALargeOne_shouldKeepTheLargeOnesDirection() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("hba1c", "4548-4", null, "7.5", "%")
            .documented(of(2026, 1, 8), "hba1c", "8.0")
            .documented(of(2026, 4, 9), "hba1c", "8.05")
            .documented(of(2026, 7, 2), "hba1c", "7.2");

    assertThat(facts.verdict(GOAL, "hba1c", of(2026, 8, 1)).sentence().in(Locale.GERMAN))
        .contains("Verlauf fallend (8 → 8,05 → 7,2)");
  }

  @Test
  void noValueYet_shouldInform() {
    Facts facts = Facts.enrolledIn("DM2", of(2026, 1, 10)).goal("hba1c", "4548-4", null, "7", "%");

    assertThat(facts.status(GOAL, "hba1c", of(2026, 2, 1))).isEqualTo(VerdictStatus.INFO);
  }

  @Test
  void goalOfAParameterTheProgrammeLacks_shouldBeLeftOut() {
    Facts facts =
        Facts.enrolledIn("BRUST", of(2026, 1, 10)).goal("hba1c", "4548-4", null, "7", "%");

    assertThat(ProgrammeRules.verdicts(facts.build(), of(2026, 2, 1)))
        .noneMatch(v -> v.kind() == GOAL);
  }
}
