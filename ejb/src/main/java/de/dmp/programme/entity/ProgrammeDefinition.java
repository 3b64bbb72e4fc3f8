package de.dmp.programme.entity;

import de.dmp.platform.entity.DefinitionProblem;
import de.dmp.platform.entity.Localised;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a programme as data: what is documented, how often, which examinations and
 * trainings it asks for, when a patient is excluded, and its quality targets. Loaded from {@code
 * programmes/<code>/<version>.json} in the db module.
 */
public record ProgrammeDefinition(
    @NotBlank @Pattern(regexp = "[A-Z0-9_]+", message = "{dmp.programme.code.pattern}") String code,
    @NotBlank @Pattern(regexp = "[0-9A-Za-z.-]{1,20}", message = "{dmp.programme.version.pattern}")
        String version,
    @NotBlank String title,
    @NotNull LocalDate validFrom,
    @NotEmpty List<@NotBlank String> sources,
    String dmpIndicator,
    @NotEmpty List<@Valid Diagnosis> diagnoses,
    List<@NotBlank String> excludes,
    @NotEmpty Set<DocumentationInterval> intervals,
    @NotEmpty List<@Valid Parameter> parameters,
    List<@Valid CrossCheck> crossChecks,
    List<@Valid ExclusiveAnswer> exclusiveAnswers,
    List<@Valid Examination> examinations,
    List<@Valid Training> trainings,
    List<@Valid ExclusionRule> exclusionRules,
    List<@Valid QualityTarget> qualityTargets,
    List<@NotBlank String> unverified,
    List<@NotBlank String> carriedOver,
    List<@NotBlank String> goals,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String titleEn) {

  public ProgrammeDefinition {
    excludes = copy(excludes);
    crossChecks = copy(crossChecks);
    exclusiveAnswers = copy(exclusiveAnswers);
    examinations = copy(examinations);
    trainings = copy(trainings);
    exclusionRules = copy(exclusionRules);
    qualityTargets = copy(qualityTargets);
    unverified = copy(unverified);
    carriedOver = copy(carriedOver);
    goals = copy(goals);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The programme's title, or its English title for an English reader where there is one. */
  public String title(Locale locale) {
    return English.choose(title, titleEn, locale);
  }

  /** The title as an argument of a message, read in each reader's language. */
  public Localised localisedTitle() {
    return new Title(title, titleEn);
  }

  private record Title(String german, String english) implements Localised {
    @Override
    public String in(Locale locale) {
      return English.choose(german, english, locale);
    }
  }

  public Optional<Parameter> parameter(String parameterCode) {
    return parameters.stream().filter(p -> p.code().equals(parameterCode)).findFirst();
  }

  public boolean excludes(String otherProgrammeCode) {
    return excludes.contains(otherProgrammeCode);
  }

  public boolean confirmsDiagnosis(String icd10Code) {
    return diagnoses.stream().anyMatch(diagnosis -> diagnosis.confirms(icd10Code));
  }

  public boolean allows(DocumentationInterval interval) {
    return intervals.contains(interval);
  }

  public Optional<ExclusionRule> exclusionRule(ExclusionKind kind) {
    return exclusionRules.stream().filter(r -> r.kind() == kind).findFirst();
  }

  public Optional<Examination> examination(String examinationCode) {
    return examinations.stream().filter(e -> e.code().equals(examinationCode)).findFirst();
  }

  /**
   * What a follow-up documentation starts with: the previous documentation's answers to the fields
   * the definition marks as carried over (height, medication, interval), for the doctor to confirm
   * or change.
   */
  public Map<String, String> carriedOver(Map<String, String> previous) {
    Map<String, String> start = new HashMap<>();
    carriedOver.stream()
        .filter(code -> parameter(code).filter(p -> p.appearsIn(DocumentType.FD)).isPresent())
        .filter(code -> !ParameterValue.isBlank(previous.get(code)))
        .forEach(code -> start.put(code, previous.get(code)));
    return start;
  }

  /**
   * The measured values a therapy plan may set a target for (HbA1c, blood pressure; not the
   * height), in the definition's order of {@code goals}.
   */
  public List<Parameter> goalParameters() {
    return goals.stream().flatMap(code -> parameter(code).stream()).toList();
  }

  /**
   * Checks a documentation against this definition: every field that fails is named, with the G-BA
   * label. Values for parameters the definition does not know are refused too.
   *
   * @param values raw values by parameter code; a blank value counts as not documented
   */
  public List<FieldError> check(
      DocumentType documentType, Map<String, String> values, LocalDate documentedOn) {
    List<FieldError> errors = new ArrayList<>(unknownParameters(documentType, values));
    for (Parameter parameter : parameters) {
      if (!parameter.appearsIn(documentType)) {
        continue;
      }
      String raw = values.get(parameter.code());
      if (ParameterValue.isBlank(raw)) {
        if (!documentedOtherwise(parameter, values)) {
          requirement(parameter, values).ifPresent(errors::add);
        }
      } else if (parameter.alternativeTo() != null
          && !ParameterValue.isBlank(values.get(parameter.alternativeTo()))) {
        errors.add(
            FieldError.of(
                    parameter, "alternative", labelOf(parameter.alternativeTo(), Locale.GERMAN))
                .inEnglish(labelOf(parameter.alternativeTo(), Locale.ENGLISH)));
      } else {
        parameter.problemWith(raw, documentedOn).ifPresent(errors::add);
      }
    }
    if (errors.isEmpty()) {
      exclusiveAnswers.stream()
          .filter(answer -> answer.isContradictedBy(values))
          .map(
              answer ->
                  error(answer.parameter(), "exclusive", answer.value())
                      .inEnglish(valueOf(answer.parameter(), answer.value(), Locale.ENGLISH)))
          .forEach(errors::add);
      crossChecks.stream()
          .filter(check -> violates(check, values))
          .map(
              check ->
                  error(check.greater(), "crossCheck", check.message())
                      .inEnglish(
                          English.choose(check.message(), check.messageEn(), Locale.ENGLISH)))
          .forEach(errors::add);
    }
    return errors;
  }

  /**
   * The values given for parameters that the document type does not have, refused even in drafts.
   */
  public List<FieldError> unknownParameters(DocumentType documentType, Map<String, String> values) {
    return values.keySet().stream()
        .filter(code -> parameter(code).filter(p -> p.appearsIn(documentType)).isEmpty())
        .sorted()
        .map(code -> FieldError.of(code, code, "unknownParameter", documentType, code()))
        .toList();
  }

  /** Whether an alternative of the parameter is filled in instead, e.g. HbA1c in mmol/mol. */
  private boolean documentedOtherwise(Parameter parameter, Map<String, String> values) {
    return parameters.stream()
        .anyMatch(
            other ->
                parameter.code().equals(other.alternativeTo())
                    && !ParameterValue.isBlank(values.get(other.code())));
  }

  private Optional<FieldError> requirement(Parameter parameter, Map<String, String> values) {
    if (parameter.required()) {
      return Optional.of(FieldError.of(parameter, FieldError.REQUIRED));
    }
    RequiredWhen when = parameter.requiredWhen();
    if (when != null && when.holdsFor(values.get(when.parameter()))) {
      return Optional.of(
          FieldError.of(
                  parameter,
                  FieldError.REQUIRED_WHEN,
                  labelOf(when.parameter(), Locale.GERMAN),
                  values.get(when.parameter()))
              .inEnglish(
                  labelOf(when.parameter(), Locale.ENGLISH),
                  valueOf(when.parameter(), values.get(when.parameter()), Locale.ENGLISH)));
    }
    return Optional.empty();
  }

  private static boolean violates(CrossCheck check, Map<String, String> values) {
    String greater = values.get(check.greater());
    String than = values.get(check.than());
    if (ParameterValue.isBlank(greater) || ParameterValue.isBlank(than)) {
      return false;
    }
    return ParameterValue.number(greater)
            .orElseThrow()
            .compareTo(ParameterValue.number(than).orElseThrow())
        <= 0;
  }

  /** An error of the parameter with that code, labelled as it is; by its code if it is none. */
  private FieldError error(String parameterCode, String problem, Object... arguments) {
    return parameter(parameterCode)
        .map(parameter -> FieldError.of(parameter, problem, arguments))
        .orElseGet(() -> FieldError.of(parameterCode, parameterCode, problem, arguments));
  }

  private String labelOf(String parameterCode, Locale locale) {
    return parameter(parameterCode).map(p -> p.label(locale)).orElse(parameterCode);
  }

  private String valueOf(String parameterCode, String value, Locale locale) {
    return parameter(parameterCode).map(p -> p.valueLabel(value, locale)).orElse(value);
  }

  /**
   * The consistency checks that Bean Validation cannot express, each at its field; empty when the
   * definition is sound.
   */
  public List<DefinitionProblem> inconsistencies() {
    List<DefinitionProblem> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = parameters.get(i);
      String field = "parameters[" + i + "]";
      if (!codes.add(parameter.code())) {
        problems.add(DefinitionProblem.of(field + ".code", "usedTwice", parameter.code()));
      }
      problems.addAll(typeProblems(field, parameter));
      parameter.valuesEn().keySet().stream()
          .filter(value -> !parameter.values().contains(value))
          .sorted()
          .map(
              value ->
                  DefinitionProblem.of(field + ".valuesEn", "notAValue", value, parameter.code()))
          .forEach(problems::add);
      if (parameter.alternativeTo() != null && parameter(parameter.alternativeTo()).isEmpty()) {
        problems.add(
            DefinitionProblem.of(
                field + ".alternativeTo", "notAParameter", parameter.alternativeTo()));
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      RequiredWhen when = parameters.get(i).requiredWhen();
      if (when != null) {
        problems.addAll(
            valueProblems(
                "parameters[" + i + "].requiredWhen", ".in", when.parameter(), when.in()));
      }
    }
    for (int i = 0; i < carriedOver.size(); i++) {
      if (parameter(carriedOver.get(i)).filter(p -> p.appearsIn(DocumentType.FD)).isEmpty()) {
        problems.add(
            DefinitionProblem.of("carriedOver[" + i + "]", "notInFollowUp", carriedOver.get(i)));
      }
    }
    for (int i = 0; i < goals.size(); i++) {
      if (parameter(goals.get(i)).filter(p -> p.type() == ParameterType.QUANTITY).isEmpty()) {
        problems.add(DefinitionProblem.of("goals[" + i + "]", "notAQuantity", goals.get(i)));
      }
    }
    for (int i = 0; i < crossChecks.size(); i++) {
      CrossCheck check = crossChecks.get(i);
      for (String operand : List.of(check.greater(), check.than())) {
        if (parameter(operand).filter(p -> p.type() == ParameterType.QUANTITY).isEmpty()) {
          problems.add(DefinitionProblem.of("crossChecks[" + i + "]", "notAQuantity", operand));
        }
      }
    }
    for (int i = 0; i < exclusiveAnswers.size(); i++) {
      ExclusiveAnswer answer = exclusiveAnswers.get(i);
      if (parameter(answer.parameter())
          .filter(p -> p.type() == ParameterType.CODES && p.values().contains(answer.value()))
          .isEmpty()) {
        problems.add(
            DefinitionProblem.of(
                "exclusiveAnswers[" + i + "]",
                "notAMultipleChoiceAnswer",
                answer.value(),
                answer.parameter()));
      }
    }
    for (int i = 0; i < examinations.size(); i++) {
      problems.addAll(examinationProblems("examinations[" + i + "]", examinations.get(i)));
    }
    for (int i = 0; i < qualityTargets.size(); i++) {
      List<Criterion> criteria = qualityTargets.get(i).criteria();
      for (int j = 0; j < criteria.size(); j++) {
        problems.addAll(
            criterionProblems("qualityTargets[" + i + "].criteria[" + j + "]", criteria.get(j)));
      }
    }
    return problems;
  }

  private List<DefinitionProblem> examinationProblems(String field, Examination examination) {
    List<DefinitionProblem> problems = new ArrayList<>();
    for (int j = 0; j < examination.evidence().size(); j++) {
      problems.addAll(
          criterionProblems(field + ".evidence[" + j + "]", examination.evidence().get(j)));
    }
    Examination.IntervalBy by = examination.intervalBy();
    if (by != null) {
      problems.addAll(
          valueProblems(
              field + ".intervalBy", ".months", by.parameter(), List.copyOf(by.months().keySet())));
    }
    return problems;
  }

  private List<DefinitionProblem> criterionProblems(String field, Criterion criterion) {
    Optional<Parameter> parameter = parameter(criterion.parameter());
    if (parameter.isEmpty()) {
      return List.of(
          DefinitionProblem.of(field + ".parameter", "notAParameter", criterion.parameter()));
    }
    if (criterion.isNumeric() && parameter.get().isCoded()) {
      return List.of(DefinitionProblem.of(field, "codedNotNumber", criterion.parameter()));
    }
    return criterion.in().isEmpty()
        ? List.of()
        : valueProblems(field, ".in", criterion.parameter(), criterion.in());
  }

  /** Problems of {@code values} at {@code field + valuesName} as values of a coded parameter. */
  private List<DefinitionProblem> valueProblems(
      String field, String valuesName, String parameterCode, List<String> values) {
    Optional<Parameter> condition = parameter(parameterCode);
    if (condition.isEmpty() || !condition.get().isCoded()) {
      return List.of(DefinitionProblem.of(field + ".parameter", "notCoded", parameterCode));
    }
    return values.stream()
        .filter(value -> !condition.get().values().contains(value))
        .map(value -> DefinitionProblem.of(field + valuesName, "notAValue", value, parameterCode))
        .toList();
  }

  private static List<DefinitionProblem> typeProblems(String field, Parameter parameter) {
    List<DefinitionProblem> problems = new ArrayList<>();
    if (parameter.type() == ParameterType.QUANTITY
        && (parameter.unit() == null || parameter.unit().isBlank())) {
      problems.add(DefinitionProblem.of(field + ".unit", "unitMissing"));
    }
    if (parameter.isCoded() && parameter.values().isEmpty()) {
      problems.add(DefinitionProblem.of(field + ".values", "valuesMissing", parameter.type()));
    }
    if (parameter.min() != null
        && parameter.max() != null
        && parameter.min().compareTo(parameter.max()) > 0) {
      problems.add(DefinitionProblem.of(field + ".min", "minAboveMax"));
    }
    return problems;
  }
}
