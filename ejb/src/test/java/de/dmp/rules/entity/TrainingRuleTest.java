package de.dmp.rules.entity;

import static de.dmp.rules.entity.VerdictStatus.EXCLUSION_PROPOSED;
import static de.dmp.rules.entity.VerdictStatus.WARNING;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingRuleTest {

  private static final RuleKind TRAINING = RuleKind.TRAINING;
  private static final String RULE = "missed-trainings";

  private static Facts enrolled() {
    return Facts.enrolledIn("DM2", of(2025, 1, 10)).documented(of(2026, 10, 1));
  }

  private static boolean hasTrainingVerdict(Facts facts, LocalDate day) {
    return ProgrammeRules.verdicts(facts.build(), day).stream().anyMatch(v -> v.kind() == TRAINING);
  }

  @Test
  void oneMiss_shouldWarnForTwelveMonths() {
    Facts facts = enrolled().missedTraining(of(2026, 3, 3));

    assertThat(facts.status(TRAINING, RULE, of(2026, 3, 3))).isEqualTo(WARNING);
    assertThat(facts.status(TRAINING, RULE, of(2027, 3, 3))).isEqualTo(WARNING);
    assertThat(hasTrainingVerdict(facts, of(2027, 3, 4))).isFalse();
  }

  @Test
  void twoMissesWithinTwelveMonths_shouldProposeAnExclusionFromTheSecond() {
    Facts facts =
        enrolled()
            .missedTraining(of(2026, 3, 3))
            .documented(of(2027, 1, 12), "training-attended", "Nein");

    Verdict verdict = facts.verdict(TRAINING, RULE, of(2027, 1, 12));

    assertThat(verdict.status()).isEqualTo(EXCLUSION_PROPOSED);
    assertThat(verdict.exclusionEffectiveOn()).isEqualTo(of(2027, 1, 12));
    assertThat(verdict.ruleId()).isEqualTo("DM2.missed-trainings");
    assertThat(verdict.facts())
        .extracting(Fact::on)
        .containsExactly(of(2026, 3, 3), of(2027, 1, 12));
    assertThat(facts.status(TRAINING, RULE, of(2027, 1, 11))).isEqualTo(WARNING);
  }

  @Test
  void twoRecordsOfOneMissInAQuarter_shouldCountOnce() {
    Facts facts =
        enrolled()
            .missedTraining(of(2026, 4, 3))
            .documented(of(2026, 6, 20), "training-attended", "Nein");

    assertThat(facts.status(TRAINING, RULE, of(2026, 7, 1))).isEqualTo(WARNING);
  }

  @Test
  void missesMoreThanTwelveMonthsApart_shouldOnlyWarn() {
    Facts facts = enrolled().missedTraining(of(2025, 3, 3)).missedTraining(of(2026, 3, 4));

    assertThat(facts.status(TRAINING, RULE, of(2026, 3, 4))).isEqualTo(WARNING);
  }

  @Test
  void attendedOrImpossibleTrainings_shouldNotCount() {
    Facts facts =
        enrolled()
            .documented(of(2026, 1, 12), "training-attended", "War aktuell nicht möglich")
            .documented(of(2026, 4, 12), "training-attended", "Ja");

    assertThat(hasTrainingVerdict(facts, of(2026, 5, 1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DM1", "ASTHMA", "COPD", "KHK", "HI"})
  void everyProgrammeWithTrainings_shouldProposeAfterTwoMisses(String programme) {
    Facts facts =
        Facts.enrolledIn(programme, of(2025, 1, 10))
            .missedTraining(of(2026, 2, 1))
            .missedTraining(of(2026, 5, 1));

    assertThat(facts.status(TRAINING, RULE, of(2026, 5, 2))).isEqualTo(EXCLUSION_PROPOSED);
  }

  @Test
  void breastCancer_shouldHaveNoTrainingRule() {
    Facts facts =
        Facts.enrolledIn("BRUST", of(2025, 1, 10))
            .missedTraining(of(2026, 2, 1))
            .missedTraining(of(2026, 5, 1));

    assertThat(hasTrainingVerdict(facts, of(2026, 5, 2))).isFalse();
  }
}
