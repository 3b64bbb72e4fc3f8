package de.dmp.it;

import java.util.HashMap;
import java.util.Map;

/** Complete, plausible documentation values per programme, to vary in tests. */
public final class DocumentationSamples {

  private DocumentationSamples() {}

  private static Map<String, String> anlage2() {
    Map<String, String> values = new HashMap<>();
    values.put("body-height", "1,72");
    values.put("body-weight", "86");
    values.put("bp-systolic", "136");
    values.put("bp-diastolic", "82");
    values.put("smoker", "Nein");
    values.put("interval", "Quartalsweise");
    return values;
  }

  /** A DM2 documentation; {@code followUp} adds the fields only a Folgedokumentation has. */
  public static Map<String, String> dm2(boolean followUp) {
    Map<String, String> values = anlage2();
    values.put("hba1c", "7,2");
    values.put("egfr", "74");
    values.put("pulse-status", "Unauffällig");
    values.put("sensitivity", "Unauffällig");
    values.put("foot-ulcer", "Nein");
    values.put("foot-inspection-interval", "Jährlich");
    values.put("late-complications", "Keine");
    values.put("events", "Keine");
    values.put("insulin", "Nein");
    values.put("metformin", "Ja");
    values.put("sglt2", "Nein");
    values.put("glp1", "Nein");
    values.put("other-antidiabetics", "Nein");
    values.put("platelet-inhibitors", "Nein");
    values.put("training-recommended", "Diabetes-Schulung");
    values.put("eye-exam", "Durchgeführt");
    if (followUp) {
      values.put("severe-hypoglycaemia", "0");
      values.put("diabetes-emergency", "0");
      values.put("training-attended", "Ja");
      values.put("hba1c-target", "Zielwert erreicht");
    }
    return values;
  }

  public static Map<String, String> khk(boolean followUp) {
    Map<String, String> values = anlage2();
    values.put("angina", "Nein");
    values.put("ldl", "96");
    values.put("events", "Keine");
    values.put("platelet-inhibitors", "Ja");
    values.put("beta-blockers", "Ja");
    values.put("ace-inhibitors", "Ja");
    values.put("statin-dose", "Hoch");
    values.put("statin-strategy", "Feste Hochdosisstrategie");
    values.put("training-recommended", "Keine");
    values.put("regular-exercise", "Ja");
    if (followUp) {
      values.put("unplanned-inpatient", "0");
    }
    return values;
  }
}
