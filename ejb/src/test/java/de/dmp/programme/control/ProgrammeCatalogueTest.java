package de.dmp.programme.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.platform.control.InvalidDefinitionException;
import de.dmp.platform.entity.DefinitionProblem;
import de.dmp.programme.entity.ExclusionKind;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeCatalogueTest {

  private static final ProgrammeCatalogue SHIPPED =
      ProgrammeCatalogue.load(ProgrammeCatalogueTest.class.getClassLoader());

  @TempDir Path directory;

  private static final String VALID_TEST_PROGRAMME =
      """
      {"code":"XT","version":"1","title":"Test","validFrom":"2020-01-01","sources":["s"],
       "diagnoses":[{"code":"Z00","display":"d"}],"intervals":["QUARTERLY"],
       "parameters":[{"code":"a","label":"A","section":"S","type":"QUANTITY","unit":"kg","required":true}]}
      """;

  private ClassLoader classPathWith(String file, String json) throws IOException {
    Path path = directory.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, json);
    Files.writeString(directory.resolve(ProgrammeCatalogue.INDEX), file + "\n");
    return new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
  }

  @Test
  void load_shouldFindTheSixIndicationsAndTheTestProgrammeDefinedOnlyAsAFile() {
    assertThat(SHIPPED.all())
        .extracting(ProgrammeDefinition::code)
        .containsExactlyInAnyOrder("DM1", "DM2", "ASTHMA", "COPD", "BRUST", "KHK", "HI", "OSTEO");
  }

  @Test
  void load_shouldKeepMutualExclusionsSymmetric() {
    for (ProgrammeDefinition definition : SHIPPED.all()) {
      for (String excluded : definition.excludes()) {
        assertThat(SHIPPED.current(excluded, LocalDate.of(2026, 1, 1)).orElseThrow().excludes())
            .as(excluded + " must exclude " + definition.code())
            .contains(definition.code());
      }
    }
    assertThat(SHIPPED.current("DM2", LocalDate.of(2026, 1, 1)).orElseThrow().excludes())
        .containsExactly("DM1");
    assertThat(SHIPPED.current("ASTHMA", LocalDate.of(2026, 1, 1)).orElseThrow().excludes())
        .containsExactly("COPD");
  }

  @Test
  void load_shouldGiveEveryShippedProgrammeSourcesDiagnosesAndTheMissingDocumentationRule() {
    for (ProgrammeDefinition definition : SHIPPED.all()) {
      assertThat(definition.sources()).as(definition.code()).isNotEmpty();
      assertThat(definition.diagnoses()).as(definition.code()).isNotEmpty();
      assertThat(definition.exclusionRules())
          .as(definition.code())
          .anySatisfy(
              rule ->
                  assertThat(rule.kind())
                      .isEqualTo(ExclusionKind.CONSECUTIVE_MISSING_DOCUMENTATIONS));
    }
  }

  @Test
  void current_shouldPickTheVersionInForceOnTheDay() {
    assertThat(SHIPPED.current("OSTEO", LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(SHIPPED.current("OSTEO", LocalDate.of(2026, 1, 1))).isPresent();
  }

  @Test
  void load_shouldAcceptAMinimalValidFile() throws IOException {
    var catalogue =
        ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", VALID_TEST_PROGRAMME));

    assertThat(catalogue.version("XT", "1")).isPresent();
  }

  @Test
  void load_shouldNameTheFileAndTheFieldOfAMissingUnit() throws IOException {
    String json = VALID_TEST_PROGRAMME.replace(",\"unit\":\"kg\"", "");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("programmes/XT/1.json")
        .hasMessageContaining("parameters[0].unit");
  }

  @Test
  void load_shouldRefuseAMisspeltField() throws IOException {
    String json = VALID_TEST_PROGRAMME.replace("\"sources\"", "\"sauces\"");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("programmes/XT/1.json")
        .hasMessageContaining("sauces");
  }

  @Test
  void load_shouldNameAMissingRequiredField() throws IOException {
    String json = VALID_TEST_PROGRAMME.replace("\"title\":\"Test\",", "");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining("title");
  }

  @Test
  void load_shouldRefuseAFileWhoseNameDoesNotMatchCodeAndVersion() throws IOException {
    assertThatThrownBy(
            () ->
                ProgrammeCatalogue.load(
                    classPathWith("programmes/XT/2.json", VALID_TEST_PROGRAMME)))
        .hasMessageContaining("programmes/XT/2.json")
        .hasMessageContaining("the file must be programmes/XT/1.json");
  }

  @Test
  void load_shouldRefuseAnExclusionOfAnUnknownProgramme() throws IOException {
    String json =
        VALID_TEST_PROGRAMME.replace("\"intervals\"", "\"excludes\":[\"NOPE\"],\"intervals\"");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining("excludes: no programme 'NOPE'");
  }

  @Test
  void load_shouldRefuseAConditionOnAnUnknownParameter() throws IOException {
    String json =
        VALID_TEST_PROGRAMME.replace(
            "\"required\":true}",
            "\"required\":false,\"requiredWhen\":{\"parameter\":\"ghost\",\"in\":[\"Ja\"]}}");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining("parameters[0].requiredWhen.parameter: 'ghost'");
  }

  @Test
  void load_shouldRefuseAQualityTargetOnAnUnknownParameter() throws IOException {
    String json =
        VALID_TEST_PROGRAMME.replace(
            "\"required\":true}]}",
            "\"required\":true}],\"qualityTargets\":[{\"code\":\"q\",\"label\":\"Q\","
                + "\"numerator\":\"n\",\"denominator\":\"d\",\"improvement\":\"HIGHER\","
                + "\"numeratorWhen\":[{\"parameter\":\"ghost\",\"max\":1}],\"source\":\"s\"}]}");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining(
            "qualityTargets[0].criteria[0].parameter: 'ghost' is not a parameter");
  }

  @Test
  void load_shouldRefuseAnExaminationWithoutEvidence() throws IOException {
    String json =
        VALID_TEST_PROGRAMME.replace(
            "\"required\":true}]}",
            "\"required\":true}],\"examinations\":[{\"code\":\"e\",\"label\":\"E\","
                + "\"intervalMonths\":12}]}");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining("examinations[0].evidence");
  }

  @Test
  void load_shouldRefuseAnIntervalChoiceThatIsNotAValue() throws IOException {
    String json =
        VALID_TEST_PROGRAMME.replace(
            "\"required\":true}]}",
            "\"required\":true},{\"code\":\"r\",\"label\":\"R\",\"section\":\"S\","
                + "\"type\":\"CODE\",\"values\":[\"Hoch\"],\"required\":true}],"
                + "\"examinations\":[{\"code\":\"e\",\"label\":\"E\",\"intervalMonths\":12,"
                + "\"intervalBy\":{\"parameter\":\"r\",\"months\":{\"Niedrig\":6}},"
                + "\"evidence\":[{\"parameter\":\"a\"}]}]}");

    assertThatThrownBy(() -> ProgrammeCatalogue.load(classPathWith("programmes/XT/1.json", json)))
        .hasMessageContaining("examinations[0].intervalBy.months: 'Niedrig' is not a value of 'r'");
  }

  @Test
  void with_shouldAddANewProgrammeAndANewVersionInForceFromItsDay() {
    var withTest = SHIPPED.with(ProgrammeCatalogue.parse(VALID_TEST_PROGRAMME));
    var withVersion =
        withTest.with(
            ProgrammeCatalogue.parse(
                VALID_TEST_PROGRAMME
                    .replace("\"version\":\"1\"", "\"version\":\"2\"")
                    .replace("2020-01-01", "2027-01-01")));

    assertThat(withVersion.current("XT", LocalDate.of(2026, 12, 31)))
        .get()
        .extracting(ProgrammeDefinition::version)
        .isEqualTo("1");
    assertThat(withVersion.current("XT", LocalDate.of(2027, 1, 1)))
        .get()
        .extracting(ProgrammeDefinition::version)
        .isEqualTo("2");
    assertThat(SHIPPED.version("XT", "1")).isEmpty();
  }

  @Test
  void with_shouldRefuseAVersionThatExistsOrAnUnknownExclusion() {
    var withTest = SHIPPED.with(ProgrammeCatalogue.parse(VALID_TEST_PROGRAMME));

    assertThatThrownBy(() -> withTest.with(ProgrammeCatalogue.parse(VALID_TEST_PROGRAMME)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("XT 1 exists already");
    assertThatThrownBy(
            () ->
                SHIPPED.with(
                    ProgrammeCatalogue.parse(
                        VALID_TEST_PROGRAMME.replace(
                            "\"title\"", "\"excludes\":[\"NOPE\"],\"title\""))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("no programme 'NOPE'");
  }

  @Test
  void parse_shouldNameEveryProblemOfASentDefinition() {
    assertThatThrownBy(() -> ProgrammeCatalogue.parse("{\"code\":\"xt\""))
        .isInstanceOf(InvalidDefinitionException.class);
    assertThatThrownBy(
            () -> ProgrammeCatalogue.parse(VALID_TEST_PROGRAMME.replace("\"1\"", "\"1 / 2\"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::toString)
                    .anyMatch(p -> p.startsWith("version:")));
    assertThatThrownBy(
            () -> ProgrammeCatalogue.parse(VALID_TEST_PROGRAMME.replace("\"title\"", "\"titel\"")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("titel");
  }

  @Test
  void parse_shouldRefuseABlankEnglishLabelAndAnEnglishLabelOfNoValue() {
    String coded =
        VALID_TEST_PROGRAMME.replace(
            "\"type\":\"QUANTITY\",\"unit\":\"kg\"",
            "\"type\":\"CODE\",\"values\":[\"Ja\",\"Nein\"],"
                + "\"valuesEn\":{\"Ja\":\" \",\"Vielleicht\":\"Maybe\"},\"labelEn\":\"\"");

    assertThatThrownBy(
            () -> ProgrammeCatalogue.parse(coded.replace("\"Test\"", "\"Test\",\"titleEn\":\" \"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::toString)
                    .anyMatch(p -> p.startsWith("titleEn:") && p.contains("blank"))
                    .anyMatch(p -> p.startsWith("parameters[0].labelEn:") && p.contains("blank"))
                    .anyMatch(p -> p.startsWith("parameters[0].valuesEn") && p.contains("blank")));
    assertThatThrownBy(
            () ->
                ProgrammeCatalogue.parse(
                    coded
                        .replace("\"Ja\":\" \"", "\"Ja\":\"Yes\"")
                        .replace("\"labelEn\":\"\"", "\"labelEn\":\"A\"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::toString)
                    .containsExactly("parameters[0].valuesEn: 'Vielleicht' is not a value of 'a'"));
  }

  @Test
  void parse_shouldShowEnglishLabelsToEnglishReadersAndTheGermanOnesOtherwise() {
    var definition =
        ProgrammeCatalogue.parse(
            VALID_TEST_PROGRAMME.replace(
                "\"type\":\"QUANTITY\",\"unit\":\"kg\"",
                "\"type\":\"CODE\",\"values\":[\"Ja\",\"Nein\"],"
                    + "\"valuesEn\":{\"Ja\":\"Yes\"},\"labelEn\":\"Answer\""));
    var parameter = definition.parameters().get(0);

    assertThat(parameter.label(Locale.ENGLISH)).isEqualTo("Answer");
    assertThat(parameter.label(Locale.GERMAN)).isEqualTo("A");
    assertThat(parameter.section(Locale.ENGLISH)).isEqualTo("S");
    assertThat(parameter.valueLabel("Ja", Locale.ENGLISH)).isEqualTo("Yes");
    assertThat(parameter.valueLabel("Nein", Locale.ENGLISH)).isEqualTo("Nein");
    assertThat(parameter.valueLabel("Ja", Locale.GERMAN)).isEqualTo("Ja");
    assertThat(definition.title(Locale.ENGLISH)).isEqualTo("Test");
  }

  @Test
  void parse_shouldRefuseCarryingOverAFieldTheFollowUpLacks() {
    assertThatThrownBy(
            () ->
                ProgrammeCatalogue.parse(
                    VALID_TEST_PROGRAMME.replace(
                        "\"title\"", "\"carriedOver\":[\"a\",\"weight\"],\"title\"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::toString)
                    .contains(
                        "carriedOver[1]: 'weight' is not a field of the follow-up documentation"));
  }

  @Test
  void parse_shouldRefuseATherapyGoalOnAFieldThatIsNoMeasuredValue() {
    assertThatThrownBy(
            () ->
                ProgrammeCatalogue.parse(
                    VALID_TEST_PROGRAMME.replace(
                        "\"title\"", "\"goals\":[\"a\",\"weight\"],\"title\"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionProblem::toString)
                    .containsExactly("goals[1]: 'weight' is not a QUANTITY parameter"));
  }

  @Test
  void parse_shouldRefuseAnExclusiveAnswerThatNoMultipleChoiceFieldOffers() {
    assertThatThrownBy(
            () ->
                ProgrammeCatalogue.parse(
                    VALID_TEST_PROGRAMME.replace(
                        "\"title\"",
                        "\"exclusiveAnswers\":[{\"parameter\":\"a\",\"value\":\"Keine\"}],\"title\"")))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(problem -> problem.text(Locale.GERMAN))
                    .containsExactly(
                        "exclusiveAnswers[0]: 'Keine' ist keine Antwort eines"
                            + " Mehrfachauswahl-Felds (CODES) 'a'"));
  }

  @Test
  void parse_shouldWordEachProblemInTheAdministratorsLanguageAtItsPath() {
    String broken =
        VALID_TEST_PROGRAMME
            .replace("\"sources\":[\"s\"]", "\"sources\":[]")
            .replace("\"unit\":\"kg\",", "");
    assertThatThrownBy(() -> ProgrammeCatalogue.parse(broken))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .extracting(problem -> problem.text(Locale.GERMAN))
                    .containsExactly("sources: darf nicht leer sein"));
    String inconsistent = VALID_TEST_PROGRAMME.replace("\"unit\":\"kg\",", "");
    assertThatThrownBy(() -> ProgrammeCatalogue.parse(inconsistent))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(problem -> problem.text(Locale.GERMAN))
                  .containsExactly(
                      "parameters[0].unit: ein Messwert (QUANTITY) braucht eine Einheit");
              assertThat(e.problems())
                  .extracting(problem -> problem.text(Locale.ENGLISH))
                  .containsExactly("parameters[0].unit: a QUANTITY needs a unit");
            });
  }
}
