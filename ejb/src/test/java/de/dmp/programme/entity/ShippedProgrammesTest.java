package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.control.SampleDocumentation;
import de.dmp.programme.control.ProgrammeCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped programme definition, each documentation type, every required field. */
class ShippedProgrammesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ProgrammeCatalogue CATALOGUE =
      ProgrammeCatalogue.load(ShippedProgrammesTest.class.getClassLoader());

  static Stream<Arguments> programmesAndTypes() {
    return CATALOGUE.all().stream()
        .flatMap(p -> Stream.of(DocumentType.values()).map(type -> Arguments.of(p, type)));
  }

  /** The db module's programmes; the tests' own OSTEO has no English labels, as one may. */
  static Stream<ProgrammeDefinition> shipped() {
    return programmes().filter(p -> !p.code().equals("OSTEO"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void everyLabel_shouldHaveItsEnglishLabel(ProgrammeDefinition programme) {
    assertThat(programme.titleEn()).as("title").isNotBlank();
    for (Parameter parameter : programme.parameters()) {
      assertThat(parameter.labelEn()).as(parameter.code()).isNotBlank();
      assertThat(parameter.sectionEn()).as(parameter.code() + " section").isNotBlank();
      assertThat(parameter.valuesEn().keySet())
          .as(parameter.code() + " values")
          .containsExactlyInAnyOrderElementsOf(parameter.values());
    }
    for (Examination examination : programme.examinations()) {
      assertThat(examination.labelEn()).as(examination.code()).isNotBlank();
      assertThat(examination.reminderEn() == null)
          .as(examination.code() + " reminder")
          .isEqualTo(examination.reminder() == null);
    }
    programme.trainings().forEach(t -> assertThat(t.labelEn()).as(t.code()).isNotBlank());
    programme.qualityTargets().forEach(q -> assertThat(q.labelEn()).as(q.code()).isNotBlank());
    programme.crossChecks().forEach(c -> assertThat(c.messageEn()).as(c.code()).isNotBlank());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldRefuseACrossCheckInEitherLanguage(
      ProgrammeDefinition programme, DocumentType type) {
    var values = new SampleDocumentation(new Random(5)).values(programme, type, TODAY);
    for (CrossCheck check : programme.crossChecks()) {
      assertThat(values)
          .as("the sample has both sides")
          .containsKeys(check.greater(), check.than());
      values.put(check.greater(), values.get(check.than()));

      List<FieldError> errors = programme.check(type, values, TODAY);

      assertThat(errors)
          .filteredOn(e -> e.parameter().equals(check.greater()))
          .singleElement()
          .satisfies(
              refusal -> {
                assertThat(refusal.message(Locale.GERMAN)).isEqualTo(check.message());
                assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(check.messageEn());
              });
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldAcceptCompleteSampleDocumentations(
      ProgrammeDefinition programme, DocumentType type) {
    var samples = new SampleDocumentation(new Random(42));
    for (int i = 0; i < 50; i++) {
      var values = samples.values(programme, type, TODAY);
      assertThat(programme.check(type, values, TODAY)).as(values.toString()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldNameEachRequiredFieldThatIsLeftOut(
      ProgrammeDefinition programme, DocumentType type) {
    var complete = new SampleDocumentation(new Random(7)).values(programme, type, TODAY);
    List<Parameter> required =
        programme.parameters().stream().filter(p -> p.required() && p.appearsIn(type)).toList();
    assertThat(required).as("every document type asks for something").isNotEmpty();
    for (Parameter parameter : required) {
      var values = new HashMap<>(complete);
      values.remove(parameter.code());
      assertThat(programme.check(type, values, TODAY))
          .as(parameter.code())
          .extracting(FieldError::parameter)
          .containsExactly(parameter.code());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldRefuseEveryQuantityOutsideItsRange(
      ProgrammeDefinition programme, DocumentType type) {
    var complete = new SampleDocumentation(new Random(3)).values(programme, type, TODAY);
    programme.parameters().stream()
        .filter(p -> p.appearsIn(type) && p.max() != null)
        .forEach(
            parameter -> {
              var values = new HashMap<>(complete);
              values.put(
                  parameter.code(), parameter.max().add(java.math.BigDecimal.ONE).toPlainString());
              assertThat(programme.check(type, values, TODAY))
                  .as(parameter.code())
                  .extracting(FieldError::parameter)
                  .contains(parameter.code());
            });
  }

  /** Unit symbols that read the same in English and German. */
  private static final Set<String> INTERNATIONAL_UNITS =
      Set.of("%", "kg", "g", "m", "cm", "mmHg", "mmol/mol", "mmol/l", "mg/dl", "g/dl", "l", "ml");

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void everyUnitWithGermanWordsOrADecimalComma_shouldHaveItsEnglishUnit(
      ProgrammeDefinition programme) {
    for (Parameter parameter : programme.parameters()) {
      if (parameter.unit() == null || INTERNATIONAL_UNITS.contains(parameter.unit())) {
        assertThat(parameter.unitEn()).as(parameter.code() + " needs no English unit").isNull();
      } else {
        assertThat(parameter.unitEn())
            .as(parameter.code() + " " + parameter.unit())
            .isNotBlank()
            .doesNotContainPattern("\\d,\\d");
        assertThat(parameter.unit(Locale.ENGLISH)).isEqualTo(parameter.unitEn());
        assertThat(parameter.unit(Locale.GERMAN)).isEqualTo(parameter.unit());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void aQuantityOutsideItsRange_shouldBeRefusedWithTheRangeAsEachLanguageWritesIt(
      ProgrammeDefinition programme) {
    programme.parameters().stream()
        .filter(p -> p.min() != null && p.max() != null)
        .forEach(
            parameter -> {
              FieldError refusal =
                  parameter
                      .problemWith(parameter.max().add(BigDecimal.ONE).toPlainString(), TODAY)
                      .orElseThrow();
              assertThat(refusal.message(Locale.GERMAN))
                  .as(parameter.code())
                  .doesNotContainPattern("\\d\\.\\d")
                  .contains(parameter.unit(Locale.GERMAN));
              assertThat(refusal.message(Locale.ENGLISH))
                  .as(parameter.code())
                  .doesNotContainPattern("\\d,\\d")
                  .contains(parameter.unit(Locale.ENGLISH));
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldRefuseAValueOutsideEveryCodeList(
      ProgrammeDefinition programme, DocumentType type) {
    var complete = new SampleDocumentation(new Random(5)).values(programme, type, TODAY);
    programme.parameters().stream()
        .filter(p -> p.appearsIn(type) && p.isCoded())
        .forEach(
            parameter -> {
              var values = new HashMap<>(complete);
              values.put(parameter.code(), "Unbekannt");
              assertThat(programme.check(type, values, TODAY))
                  .as(parameter.code())
                  .extracting(FieldError::parameter)
                  .containsExactly(parameter.code());
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programmes")
  void goalParameters_shouldBeMeasuredValuesATherapyAimsAtNotTheHeight(
      ProgrammeDefinition programme) {
    assertThat(programme.goalParameters())
        .hasSameSizeAs(programme.goals())
        .allSatisfy(p -> assertThat(p.type()).isEqualTo(ParameterType.QUANTITY))
        .extracting(Parameter::code)
        .doesNotContain("body-height", "egfr");
    boolean measures =
        programme.parameters().stream().anyMatch(p -> p.type() == ParameterType.QUANTITY);
    assertThat(programme.goals().isEmpty())
        .as("a goal where something is measured")
        .isNotEqualTo(measures);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programmes")
  void carriedOver_shouldMarkOnlyFieldsOfTheFollowUpDocumentation(ProgrammeDefinition programme) {
    assertThat(programme.carriedOver()).as("the interval at least is carried over").isNotEmpty();
    assertThat(programme.carriedOver())
        .allSatisfy(
            code ->
                assertThat(programme.parameter(code))
                    .as(code)
                    .hasValueSatisfying(p -> assertThat(p.appearsIn(DocumentType.FD)).isTrue()));
    var previous = new SampleDocumentation(new Random(9)).values(programme, DocumentType.ED, TODAY);
    assertThat(programme.carriedOver(previous))
        .isNotEmpty()
        .allSatisfy((code, value) -> assertThat(programme.carriedOver()).contains(code));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("programmesAndTypes")
  void check_shouldRefuseAnExclusiveAnswerBesideAnotherAndAcceptItAlone(
      ProgrammeDefinition programme, DocumentType type) {
    var complete = new SampleDocumentation(new Random(11)).values(programme, type, TODAY);
    programme.exclusiveAnswers().stream()
        .filter(answer -> programme.parameter(answer.parameter()).orElseThrow().appearsIn(type))
        .forEach(
            answer -> {
              Parameter parameter = programme.parameter(answer.parameter()).orElseThrow();
              String other =
                  parameter.values().stream()
                      .filter(v -> !v.equals(answer.value()))
                      .findFirst()
                      .orElseThrow();
              var values = new HashMap<>(complete);
              values.put(parameter.code(), other + ParameterValue.SEPARATOR + answer.value());
              String english = parameter.valueLabel(answer.value(), Locale.ENGLISH);
              assertThat(programme.check(type, values, TODAY))
                  .as(answer.toString())
                  .containsExactly(
                      FieldError.of(parameter, "exclusive", answer.value()).inEnglish(english));
              FieldError refusal = programme.check(type, values, TODAY).get(0);
              assertThat(refusal.message(Locale.GERMAN))
                  .startsWith("'" + answer.value() + "' schließt die anderen Angaben aus");
              assertThat(refusal.message(Locale.ENGLISH))
                  .startsWith("'" + english + "' excludes the other answers");
              values.put(parameter.code(), answer.value());
              assertThat(programme.check(type, values, TODAY)).as(answer.toString()).isEmpty();
            });
  }

  /**
   * A "none of these" answer of a multiple-choice field must exclude the others, in every
   * programme.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("programmes")
  void exclusiveAnswers_shouldCoverEveryNoneAnswerOfAMultipleChoiceField(
      ProgrammeDefinition programme) {
    programme.parameters().stream()
        .filter(p -> p.type() == ParameterType.CODES)
        .forEach(
            parameter ->
                parameter.values().stream()
                    .filter(value -> value.startsWith("Keine"))
                    .forEach(
                        none ->
                            assertThat(programme.exclusiveAnswers())
                                .as(parameter.code())
                                .contains(new ExclusiveAnswer(parameter.code(), none))));
  }

  static Stream<ProgrammeDefinition> programmes() {
    return CATALOGUE.all().stream();
  }
}
