package de.dmp.edmp.entity;

import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ParameterValue;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one of our parameters goes in an interface version: the G-BA name ({@code Parameter DN}),
 * the parent observation when it is nested, the section, the unit when it is a measurement, and how
 * our values are spelt there: {@code values} lists those spelt otherwise (e.g. "Tief" as "tief"),
 * the others are sent as they are. {@code omitted} values are not sent (the interface has no "none"
 * there); {@code implied} is always sent, e.g. the programme itself under "Einschreibung wegen".
 */
public record InterfaceField(
    @NotBlank String parameter,
    @NotBlank String name,
    String parent,
    @NotBlank String section,
    String unit,
    Map<String, String> values,
    List<String> omitted,
    String implied) {

  public InterfaceField {
    values = values == null ? Map.of() : Map.copyOf(values);
    omitted = omitted == null ? List.of() : List.copyOf(omitted);
  }

  public boolean isMeasurement() {
    return unit != null;
  }

  /** The observation for a documented value; empty when nothing of it is sent. */
  public Optional<Observation> observe(String raw) {
    if (isMeasurement()) {
      String number = ParameterValue.number(raw).orElseThrow().toPlainString();
      return Optional.of(
          new Observation(name, List.of(), List.of(new Measurement(number, unit)), List.of()));
    }
    List<String> texts = new ArrayList<>();
    if (implied != null) {
      texts.add(implied);
    }
    ParameterValue.codes(raw).stream()
        .filter(code -> !omitted.contains(code))
        .map(this::spelling)
        .filter(text -> !texts.contains(text))
        .forEach(texts::add);
    return texts.isEmpty()
        ? Optional.empty()
        : Optional.of(new Observation(name, texts, List.of(), List.of()));
  }

  private String spelling(String code) {
    return values.getOrDefault(code, code);
  }

  /** Our value for a measurement of this field, or empty when its unit is another field's. */
  public Optional<String> valueOf(Measurement measurement) {
    if (!measurement.unit().equals(unit)) {
      return Optional.empty();
    }
    return ParameterValue.number(measurement.value()).map(BigDecimal::toPlainString);
  }

  /**
   * Our value for a text of this field, or empty when the parameter has no such value. Where
   * several of our values share one spelling (Theophyllin and Andere as "Andere"), the text reads
   * as the value spelt like it.
   */
  public Optional<String> valueOf(String text, Parameter target) {
    if (isMeasurement()) {
      return Optional.empty();
    }
    boolean same =
        target.values().contains(text) && !values.containsKey(text) && !omitted.contains(text);
    if (same) {
      return Optional.of(text);
    }
    return values.entrySet().stream()
        .filter(entry -> entry.getValue().equals(text))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The problems of this field against the parameter it maps, each as "field: problem". */
  public List<String> problemsWith(Parameter target, String field) {
    List<String> problems = new ArrayList<>();
    boolean numeric =
        target.type() == ParameterType.QUANTITY || target.type() == ParameterType.COUNT;
    if (isMeasurement() != numeric) {
      problems.add(field + ".unit: '" + parameter + "' is " + target.type());
    }
    for (String value : values.keySet()) {
      if (!target.values().contains(value)) {
        problems.add(field + ".values: '" + value + "' is not a value of '" + parameter + "'");
      }
    }
    for (String value : omitted) {
      if (!target.values().contains(value)) {
        problems.add(field + ".omitted: '" + value + "' is not a value of '" + parameter + "'");
      }
    }
    if (implied != null && !target.values().contains(implied)) {
      problems.add(field + ".implied: '" + implied + "' is not a value of '" + parameter + "'");
    }
    return problems;
  }
}
