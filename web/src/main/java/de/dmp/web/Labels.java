package de.dmp.web;

import de.dmp.programme.entity.English;
import de.dmp.programme.entity.Parameter;
import de.dmp.rules.entity.Wording;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The rules' sentences and the programmes' labels in the user's language: the G-BA's German labels
 * verbatim in the German UI, the definitions' English labels in the English one (German where a
 * definition has none). Stored values stay the German ones; only what is shown changes.
 */
@Named
@RequestScoped
public class Labels {

  public String sentence(Wording wording) {
    return wording == null ? "" : wording.in(Texts.locale());
  }

  public String field(Parameter parameter) {
    return parameter.label(Texts.locale());
  }

  public String section(Parameter parameter) {
    return parameter.section(Texts.locale());
  }

  /** The G-BA's unit, or its English form where it has German words or a decimal comma. */
  public String unit(Parameter parameter) {
    return parameter.unit(Texts.locale());
  }

  /**
   * The label with its unit in brackets, "Blutdruck systolisch (mmHg)", unless the label names the
   * unit already ("HbA1c-Wert in mmol/mol").
   */
  public String fieldWithUnit(Parameter parameter) {
    String label = field(parameter);
    String unit = unit(parameter);
    return unit.isEmpty() || label.contains(unit) ? label : label + " (" + unit + ")";
  }

  public String value(Parameter parameter, String value) {
    return parameter.valueLabel(value, Texts.locale());
  }

  public String title(String german, String english) {
    return English.choose(german, english, Texts.locale());
  }
}
