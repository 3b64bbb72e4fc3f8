package de.dmp.web.admin;

import de.dmp.platform.entity.Written;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.boundary.UnknownProgrammeException;
import de.dmp.programme.entity.Criterion;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.Examination;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.RequiredWhen;
import de.dmp.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One programme definition version as an administrator reads it: its fields with types, ranges,
 * values and requirements, and its rules (checks, examinations, exclusions, quality targets) worded
 * from the data. Read-only, so it lives for one request.
 */
@Named
@RequestScoped
public class ProgrammeDefinitionView {

  @Inject private Programmes programmes;

  private String code;
  private String version;
  private ProgrammeDefinition definition;

  public void load() {
    try {
      definition = programmes.version(code, version);
    } catch (UnknownProgrammeException e) {
      definition = null;
    }
  }

  public ProgrammeDefinition getDefinition() {
    return definition;
  }

  /** The unit and the range a quantity accepts, "0,5–2,5 m"; empty when it has neither. */
  public String unitAndRange(Parameter parameter) {
    String unit = parameter.unit(Texts.locale());
    if (parameter.min() == null && parameter.max() == null) {
      return unit;
    }
    return (number(parameter.min()) + "–" + number(parameter.max()) + " " + unit).strip();
  }

  /** The documentation intervals in the order of their kind, the shorter first. */
  public List<DocumentationInterval> intervals() {
    return definition.intervals().stream().sorted().toList();
  }

  /** "ja", "wenn Insulin: Ja" or nothing. */
  public String requirement(Parameter parameter) {
    RequiredWhen when = parameter.requiredWhen();
    if (parameter.required()) {
      return Texts.text("admin.programme.required");
    }
    return when == null
        ? ""
        : Texts.text("admin.programme.requiredWhen", label(when.parameter()), join(when.in()));
  }

  /** The document types a field appears in: "ED, FD" for both. */
  public String documentTypes(Parameter parameter) {
    return List.of(DocumentType.values()).stream()
        .filter(parameter::appearsIn)
        .map(DocumentType::name)
        .collect(Collectors.joining(", "));
  }

  public String alternativeTo(Parameter parameter) {
    return parameter.alternativeTo() == null ? "" : label(parameter.alternativeTo());
  }

  /** Every criterion of a list, each as "HbA1c-Wert ≤ 8,5", joined by "und". */
  public String criteria(List<Criterion> criteria) {
    if (criteria.isEmpty()) {
      return Texts.text("admin.programme.criteria.all");
    }
    return criteria.stream()
        .map(this::criterion)
        .collect(Collectors.joining(" " + Texts.text("admin.programme.and") + " "));
  }

  /** How often an examination is due: every n months, or by a documented value. */
  public String interval(Examination examination) {
    Examination.IntervalBy by = examination.intervalBy();
    if (by == null) {
      return Texts.text("admin.programme.everyMonths", examination.intervalMonths());
    }
    String choices =
        by.months().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(choice -> choice.getKey() + ": " + choice.getValue())
            .collect(Collectors.joining("; "));
    return Texts.text("admin.programme.intervalBy", label(by.parameter()), choices);
  }

  public String join(List<String> values) {
    return String.join(", ", values);
  }

  /** A field's values as the user's language shows them (the stored German ones in German). */
  public String values(Parameter parameter) {
    return parameter.values().stream()
        .map(value -> parameter.valueLabel(value, Texts.locale()))
        .collect(Collectors.joining(", "));
  }

  public String labels(List<String> parameterCodes) {
    return parameterCodes.stream().map(this::label).collect(Collectors.joining(", "));
  }

  private String criterion(Criterion criterion) {
    List<String> tests = new ArrayList<>();
    if (!criterion.in().isEmpty()) {
      tests.add(Texts.text("admin.programme.in", join(criterion.in())));
    }
    bound(tests, "≥", criterion.min());
    bound(tests, "≤", criterion.max());
    bound(tests, "<", criterion.below());
    bound(tests, ">", criterion.above());
    if (tests.isEmpty()) {
      tests.add(Texts.text("admin.programme.documented"));
    }
    String text = label(criterion.parameter()) + " " + String.join(", ", tests);
    return criterion.withinMonths() == null
        ? text
        : Texts.text(
            "admin.programme.within",
            text,
            Texts.text("admin.programme.over." + criterion.over().name()),
            criterion.withinMonths());
  }

  private void bound(List<String> tests, String symbol, BigDecimal bound) {
    if (bound != null) {
      tests.add(symbol + " " + number(bound));
    }
  }

  private String label(String parameterCode) {
    return definition
        .parameter(parameterCode)
        .map(parameter -> parameter.label(Texts.locale()))
        .orElse(parameterCode);
  }

  private static String number(BigDecimal number) {
    return Written.number(number, Texts.locale());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
