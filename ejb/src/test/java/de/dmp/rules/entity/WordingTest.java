package de.dmp.rules.entity;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the rules can say, read in German and in English: each key has its text in both
 * bundles, every key is said by some rule, and the English reads without German words.
 */
class WordingTest {

  private static final String BUNDLE = "/de/dmp/rules/entity/Verdicts";

  /** Words of the German sentences that no English sentence may contain. */
  private static final Pattern GERMAN =
      Pattern.compile(
          "\\b(überfällig|fällig|dokumentiert|seit|Einschreibung|nicht|Quartal|Versand|zuletzt"
              + "|Ziel|erreicht|fehlt|Schulung|Monate|Verlauf|steigend|fallend|schwankend|am|bis|und"
              + "|Letzte|Dokumentationsintervall|versäumt|Vorwert)\\b");

  @Test
  void bundles_shouldHaveTheSameKeysInBothLanguages() throws IOException {
    assertThat(keys(BUNDLE + "_de.properties")).isEqualTo(keys(BUNDLE + ".properties"));
  }

  @Test
  void everyKey_shouldBeSaidBySomeRuleAndReadInBothLanguages() throws IOException {
    List<Wording> said = said();
    Set<String> keys = new TreeSet<>();
    said.forEach(wording -> collectKeys(wording, keys));

    assertThat(keys).isEqualTo(keys(BUNDLE + ".properties"));
    for (Wording wording : said) {
      String german = wording.in(Locale.GERMAN);
      String english = wording.in(Locale.ENGLISH);
      assertThat(german).isNotBlank().doesNotContain("{");
      assertThat(english)
          .isNotBlank()
          .doesNotContain("{")
          .isNotEqualTo(german.isEmpty() ? "x" : "");
      assertThat(GERMAN.matcher(english).find()).as(english).isFalse();
    }
  }

  @Test
  void datesAndNumbers_shouldBeWrittenAsEachLanguageWritesThem() {
    Wording goal =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .goal("hba1c", null, null, "7.5", "%")
            .documented(of(2026, 3, 5), "hba1c", "7.9")
            .verdict(RuleKind.GOAL, "hba1c", of(2026, 4, 1))
            .sentence();

    assertThat(goal.in(Locale.GERMAN))
        .isEqualTo("HbA1c-Wert 7,9 % am 05.03.2026, Ziel ≤ 7,5 %: nicht erreicht.");
    assertThat(goal.in(Locale.ENGLISH))
        .isEqualTo("HbA1c 7.9 % on 5 Mar 2026, target ≤ 7.5 %: not met.");
  }

  @Test
  void programmeLabels_shouldBeVerbatimInGermanAndEnglishWhereGiven() {
    Verdict foot =
        Facts.enrolledIn("DM2", of(2025, 1, 10))
            .verdict(RuleKind.EXAMINATION, "foot-inspection", of(2026, 6, 1));

    assertThat(foot.label().in(Locale.GERMAN)).isEqualTo("Komplette Inspektion der Füße");
    assertThat(foot.label().in(Locale.ENGLISH)).isEqualTo("Complete foot inspection");
    assertThat(foot.sentence().in(Locale.GERMAN))
        .isEqualTo(
            "Komplette Inspektion der Füße: seit der Einschreibung nicht dokumentiert, überfällig.");
    assertThat(foot.sentence().in(Locale.ENGLISH))
        .isEqualTo("Complete foot inspection: not documented since enrolment, overdue.");
  }

  @Test
  void storedDetails_shouldReadBackAsTheSameDeadline() throws Exception {
    Deadline deadline =
        ProgrammeRules.deadlines(goalsAndExaminations().build(), of(2026, 6, 1)).get(1);
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = CareDeadline.details(deadline);
      CareDeadline.Details read = jsonb.fromJson(json, CareDeadline.Details.class);

      assertThat(read.label()).isEqualTo(deadline.label());
      assertThat(read.sentences()).hasSize(deadline.sentences().size());
      read.sentences()
          .forEach(
              (status, wording) ->
                  assertThat(wording)
                      .isEqualTo(deadline.sentences().get(VerdictStatus.valueOf(status))));
      assertThat(json.length()).isLessThan(8000);
    }
  }

  /** What the rules say in scenarios that between them reach every sentence. */
  private static List<Wording> said() {
    List<Wording> said = new ArrayList<>();
    List<Facts> scenarios =
        List.of(
            Facts.enrolledIn("DM2", of(2025, 1, 10)),
            goalsAndExaminations(),
            Facts.enrolledIn(withoutExclusionRules(), of(2025, 1, 10)).documented(of(2025, 2, 1)),
            Facts.enrolledIn("DM2", of(2025, 1, 10))
                .documented(of(2026, 1, 8))
                .missedTraining(of(2026, 3, 3))
                .missedTraining(of(2026, 9, 3)),
            Facts.enrolledIn("COPD", of(2025, 1, 10))
                .documented(of(2025, 2, 1), "fev1", "2.1", "osteoporosis-risk", "Ja")
                .documented(of(2025, 8, 1), "fev1", "2.3"));
    for (Facts facts : scenarios) {
      for (LocalDate day : List.of(of(2026, 10, 1), of(2027, 6, 1))) {
        ProgrammeRules.deadlines(facts.build(), day)
            .forEach(
                d -> {
                  said.add(d.label());
                  said.addAll(d.sentences().values());
                  d.facts().forEach(fact -> said.add(fact.label()));
                });
        ProgrammeRules.verdicts(facts.build(), day).stream()
            .filter(v -> v.kind() == RuleKind.GOAL)
            .forEach(
                v -> {
                  said.add(v.label());
                  said.add(v.sentence());
                  v.facts().forEach(fact -> said.add(fact.label()));
                });
      }
    }
    return said;
  }

  /**
   * Every goal sentence (no value, one value met or missed, a rising, falling, stable and
   * fluctuating trend) and every examination sentence.
   */
  private static Facts goalsAndExaminations() {
    return Facts.enrolledIn("DM2", of(2025, 1, 10))
        .goal("hba1c", null, null, "7.0", "%")
        .goal("egfr-goal", "33914-3", "60", null, "ml/min")
        .goal("bp-systolic", null, "120", "140", "mmHg")
        .goal("bp-diastolic", null, null, "100", "mmHg")
        .goal("body-weight", null, null, "80", "kg")
        .goal("body-height", null, null, "2", "m")
        .goal("hba1c-mmol", null, null, "53", "mmol/mol")
        .documented(
            of(2025, 4, 8),
            "hba1c",
            "8.4",
            "egfr",
            "52",
            "bp-systolic",
            "132",
            "pulse-status",
            "Unauffällig",
            "sensitivity",
            "Unauffällig",
            "eye-exam",
            "Durchgeführt",
            "hba1c-mmol",
            "60")
        .documented(
            of(2025, 7, 9), "hba1c", "7.1", "egfr", "61", "bp-systolic", "133", "hba1c-mmol", "50")
        .documented(of(2025, 10, 9), "bp-diastolic", "95", "body-weight", "95", "hba1c-mmol", "58");
  }

  private static ProgrammeDefinition withoutExclusionRules() {
    ProgrammeDefinition p = ProgrammeCatalogueFixture.current("KHK");
    return new ProgrammeDefinition(
        p.code(),
        p.version(),
        p.title(),
        p.validFrom(),
        p.sources(),
        p.dmpIndicator(),
        p.diagnoses(),
        p.excludes(),
        p.intervals(),
        p.parameters(),
        p.crossChecks(),
        p.exclusiveAnswers(),
        p.examinations(),
        p.trainings(),
        List.of(),
        p.qualityTargets(),
        p.unverified(),
        p.carriedOver(),
        p.goals(),
        p.titleEn());
  }

  private static void collectKeys(Wording wording, Set<String> keys) {
    keys.add(wording.key());
    wording.arguments().stream()
        .flatMap(a -> a.wording() == null ? Stream.empty() : Stream.of(a.wording()))
        .forEach(nested -> collectKeys(nested, keys));
  }

  private static Set<String> keys(String resource) throws IOException {
    try (InputStream in = WordingTest.class.getResourceAsStream(resource)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(properties.stringPropertyNames());
    }
  }
}
