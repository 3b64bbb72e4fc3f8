package de.dmp.rules.entity;

import static de.dmp.rules.entity.VerdictStatus.DUE;
import static de.dmp.rules.entity.VerdictStatus.EXCLUSION_PROPOSED;
import static de.dmp.rules.entity.VerdictStatus.OK;
import static de.dmp.rules.entity.VerdictStatus.OVERDUE;
import static de.dmp.rules.entity.VerdictStatus.WARNING;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.DocumentationInterval;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentationRuleTest {

  private static final RuleKind DOC = RuleKind.DOCUMENTATION;

  @Test
  void initialDocumentation_shouldBeDueInTheQuarterOfAnEnrolmentMidQuarter() {
    Facts facts = Facts.enrolledIn("DM2", of(2026, 3, 30));

    Verdict due = facts.verdict(DOC, "ED", of(2026, 3, 31));
    assertThat(due.status()).isEqualTo(DUE);
    assertThat(due.dueOn()).isEqualTo(of(2026, 3, 31));
    assertThat(due.sentence().in(Locale.GERMAN)).contains("Quartal 1/2026", "10.04.2026");
    assertThat(facts.status(DOC, "ED", of(2026, 4, 1))).isEqualTo(OVERDUE);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-09-30, OK",
    "2026-10-01, DUE",
    "2026-12-31, DUE",
    "2027-01-01, OVERDUE",
    "2027-01-10, OVERDUE",
    "2027-01-11, WARNING",
    "2027-04-10, WARNING",
    "2027-04-11, EXCLUSION_PROPOSED"
  })
  void quarterly_shouldWarnAfterOneMissingAndProposeExclusionAfterTwo(
      LocalDate day, VerdictStatus expected) {
    Facts facts =
        Facts.enrolledIn("DM2", of(2026, 1, 5))
            .documented(of(2026, 1, 5))
            .documented(of(2026, 8, 12));

    assertThat(facts.status(DOC, "FD", day)).isEqualTo(expected);
  }

  @Test
  void exclusionProposal_shouldBeBackdatedToTheLastDocumentationAndNameTheRule() {
    Facts facts = Facts.enrolledIn("COPD", of(2026, 1, 5)).documented(of(2026, 8, 12));

    Verdict verdict = facts.verdict(DOC, "FD", of(2027, 4, 11));

    assertThat(verdict.status()).isEqualTo(EXCLUSION_PROPOSED);
    assertThat(verdict.exclusionEffectiveOn()).isEqualTo(of(2026, 8, 12));
    assertThat(verdict.ruleId()).isEqualTo("COPD.missing-documentations");
    assertThat(verdict.ruleVersion()).isEqualTo("2025-1");
    assertThat(verdict.sentence().in(Locale.GERMAN)).contains("4/2026 bis 1/2027", "12.08.2026");
    assertThat(verdict.facts()).extracting(Fact::on).contains(of(2026, 8, 12));
  }

  @Test
  void aDismissedProposal_shouldStayAWarningUntilNewFactsMakeANewOne() {
    Facts facts =
        Facts.enrolledIn("COPD", of(2026, 1, 5))
            .documented(of(2026, 8, 12))
            .dismissed("COPD.missing-documentations", of(2026, 8, 12));

    assertThat(facts.status(DOC, "FD", of(2027, 4, 11))).isEqualTo(WARNING);

    facts.documented(of(2027, 5, 2));
    assertThat(facts.verdict(DOC, "FD", of(2028, 2, 11)).exclusionEffectiveOn())
        .isEqualTo(of(2027, 5, 2));
  }

  @Test
  void warning_shouldNameTheNextQuarterAndItsDeadline() {
    Facts facts = Facts.enrolledIn("KHK", of(2026, 1, 5)).documented(of(2026, 8, 12));

    Verdict verdict = facts.verdict(DOC, "FD", of(2027, 2, 1));

    assertThat(verdict.status()).isEqualTo(WARNING);
    assertThat(verdict.sentence().in(Locale.GERMAN))
        .contains("4/2026 fehlt", "1/2027", "10.04.2027");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-06-30, OK",
    "2026-07-01, DUE",
    "2026-10-11, WARNING",
    "2027-04-10, WARNING",
    "2027-04-11, EXCLUSION_PROPOSED"
  })
  void everySecondQuarter_asDocumented_shouldSkipAQuarter(LocalDate day, VerdictStatus expected) {
    Facts facts =
        Facts.enrolledIn("ASTHMA", of(2025, 10, 1))
            .documented(of(2026, 2, 10), "interval", "Jedes zweite Quartal");

    assertThat(facts.status(DOC, "FD", day)).isEqualTo(expected);
  }

  @Test
  void interval_shouldFallBackToTheEnrolmentsWhenNotDocumented() {
    Facts facts =
        Facts.enrolledIn("BRUST", of(2026, 1, 5))
            .interval(DocumentationInterval.EVERY_SECOND_QUARTER)
            .documented(of(2026, 2, 10));

    assertThat(facts.status(DOC, "FD", of(2026, 6, 30))).isEqualTo(OK);
    assertThat(facts.verdict(DOC, "FD", of(2026, 7, 1)).sentence().in(Locale.GERMAN))
        .contains("Quartal 3/2026");
  }

  @Test
  void aDocumentationInTheDueQuarter_shouldMoveTheDeadlineOn() {
    Facts facts =
        Facts.enrolledIn("DM1", of(2026, 1, 5))
            .documented(of(2026, 1, 5))
            .documented(of(2026, 4, 1));

    assertThat(facts.status(DOC, "FD", of(2026, 6, 30))).isEqualTo(OK);
    assertThat(facts.verdict(DOC, "FD", of(2026, 7, 1)).sentence().in(Locale.GERMAN))
        .contains("Quartal 3/2026");
  }

  @Test
  void pastDays_shouldBeEvaluatedOnTheFactsKnownThen() {
    Facts facts =
        Facts.enrolledIn("DM2", of(2026, 1, 5))
            .documented(of(2026, 1, 5))
            .documented(of(2026, 11, 2));

    assertThat(facts.status(DOC, "FD", of(2026, 8, 1))).isEqualTo(WARNING);
    assertThat(facts.status(DOC, "FD", of(2026, 10, 11))).isEqualTo(EXCLUSION_PROPOSED);
    assertThat(facts.status(DOC, "FD", of(2026, 11, 23))).isEqualTo(OK);
  }

  @Test
  void yearEnd_shouldRollIntoTheFirstQuarterOfTheNextYear() {
    Facts facts = Facts.enrolledIn("HI", of(2027, 1, 5)).documented(of(2028, 12, 31));

    assertThat(facts.status(DOC, "FD", of(2029, 1, 1))).isEqualTo(DUE);
    assertThat(facts.status(DOC, "FD", of(2029, 4, 10))).isEqualTo(OVERDUE);
    assertThat(facts.status(DOC, "FD", of(2029, 4, 11))).isEqualTo(WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DM1", "DM2", "ASTHMA", "COPD", "BRUST", "KHK", "HI"})
  void endedEnrolments_shouldOweNothing(String programme) {
    Facts facts = Facts.enrolledIn(programme, of(2024, 1, 5)).documented(of(2024, 1, 5)).ended();

    assertThat(ProgrammeRules.verdicts(facts.build(), of(2026, 11, 23))).isEmpty();
  }
}
