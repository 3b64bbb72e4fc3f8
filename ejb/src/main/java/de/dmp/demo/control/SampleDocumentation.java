package de.dmp.demo.control;

import de.dmp.programme.entity.CrossCheck;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Complete, plausible documentation values for any programme definition, drawn from a seeded random
 * source: every parameter of the document type is filled but the alternative ones (HbA1c in
 * mmol/mol), so that conditional ones are never missing; quantities stay inside their plausible
 * range with the precision a practice writes them in, findings are mostly normal, and the answers
 * agree with each other and with the patient's programmes.
 */
public final class SampleDocumentation {

  /** Typical value, spread and the decimals a practice writes of well-known quantities. */
  private record Typical(double value, double spread, int scale) {}

  /** Others use the middle of their range, whole numbers or two decimals in a narrow one. */
  private static final Map<String, Typical> TYPICAL =
      Map.of(
          "hba1c", new Typical(7.2, 1.1, 1),
          "bp-systolic", new Typical(136, 14, 0),
          "bp-diastolic", new Typical(82, 8, 0),
          "body-height", new Typical(1.72, 0.09, 2),
          "body-weight", new Typical(84, 15, 1),
          "egfr", new Typical(72, 18, 0),
          "ldl", new Typical(105, 30, 0),
          "fev1", new Typical(72, 15, 0),
          "lvef", new Typical(33, 5, 0));

  /**
   * The normal finding of fields whose first answer is not the normal one; fields not named here
   * have it first.
   */
  private static final Map<String, String> NORMAL =
      Map.of(
          "events", "Keine",
          "new-events", "Keine",
          "late-complications", "Keine",
          "ulcer-risk", "Nein",
          "foot-ulcer", "Nein",
          "wound-infection", "Nein",
          "pulse-status", "Unauffällig",
          "sensitivity", "Unauffällig");

  /**
   * Answers never drawn at random, since the rest of a documentation would have to say the same
   * (renal replacement therapy beside an eGFR of 74, an amputation or a foot ulcer beside feet
   * without findings and without a wound infection).
   */
  private static final Set<String> NEVER_DRAWN =
      Set.of("Nierenersatztherapie", "Erblindung", "Amputation", "Oberflächlich", "Tief");

  /** The individual HbA1c target the demo's answer "Zielwert erreicht" is measured against. */
  private static final BigDecimal HBA1C_TARGET = new BigDecimal("7.5");

  private final Random random;

  public SampleDocumentation(Random random) {
    this.random = random;
  }

  /** Values for a patient enrolled in this programme only. */
  public Map<String, String> values(
      ProgrammeDefinition programme, DocumentType type, LocalDate documentedOn) {
    return values(programme, type, documentedOn, List.of(programme.code()));
  }

  /**
   * Values for a patient enrolled in these programmes: all of them are the reasons of the
   * enrolment, the others among the comorbidities.
   */
  public Map<String, String> values(
      ProgrammeDefinition programme,
      DocumentType type,
      LocalDate documentedOn,
      List<String> enrolledIn) {
    Map<String, String> values = new HashMap<>();
    for (Parameter parameter : programme.parameters()) {
      if (parameter.appearsIn(type) && parameter.alternativeTo() == null) {
        values.put(parameter.code(), value(parameter, programme.code(), enrolledIn, documentedOn));
      }
    }
    programme.crossChecks().forEach(check -> keepOrder(check, values));
    agree(values);
    return values;
  }

  /**
   * Answers that follow from others: the HbA1c target met as the value says, and no wound infection
   * where no ulcer is drawn.
   */
  private static void agree(Map<String, String> values) {
    String hba1c = values.get("hba1c");
    if (hba1c != null && values.containsKey("hba1c-target")) {
      values.put(
          "hba1c-target",
          new BigDecimal(hba1c).compareTo(HBA1C_TARGET) <= 0
              ? "Zielwert erreicht"
              : "Zielwert noch nicht erreicht");
    }
    values.computeIfPresent("wound-infection", (code, drawn) -> "Nein");
  }

  private String value(
      Parameter parameter, String programme, List<String> enrolledIn, LocalDate documentedOn) {
    return switch (parameter.code()) {
      case "enrolment-reasons" ->
          String.join(
              ParameterValue.SEPARATOR,
              answers(parameter, enrolledIn, ProgrammeMix.ENROLMENT_REASON));
      case "comorbidities" -> comorbidities(parameter, programme, enrolledIn);
      default ->
          switch (parameter.type()) {
            case QUANTITY -> quantity(parameter).toPlainString();
            case COUNT -> random.nextInt(10) == 0 ? "1" : "0";
            case CODE, CODES -> code(parameter, Set.of());
            case DATE -> documentedOn.minusDays(random.nextInt(400)).toString();
          };
    };
  }

  /** Mostly the normal answer, sometimes another one that needs no other answer to match it. */
  private String code(Parameter parameter, Set<String> excluded) {
    String normal = NORMAL.getOrDefault(parameter.code(), parameter.values().get(0));
    List<String> drawable =
        parameter.values().stream()
            .filter(value -> !NEVER_DRAWN.contains(value) && !excluded.contains(value))
            .toList();
    return random.nextInt(4) == 0 ? drawable.get(random.nextInt(drawable.size())) : normal;
  }

  /** The answers that stand for the programmes, as far as the field offers them. */
  private static List<String> answers(
      Parameter parameter, List<String> programmes, Map<String, String> answers) {
    return programmes.stream()
        .map(answers::get)
        .filter(answer -> answer != null && parameter.values().contains(answer))
        .distinct()
        .toList();
  }

  /**
   * The patient's other programmes, and sometimes a drawn one beside them; never the programme's
   * own disease, and "none of these" only alone.
   */
  private String comorbidities(Parameter parameter, String programme, List<String> enrolledIn) {
    String none = parameter.values().get(0);
    List<String> answers =
        new ArrayList<>(
            answers(
                parameter,
                enrolledIn.stream().filter(code -> !code.equals(programme)).toList(),
                ProgrammeMix.COMORBIDITY));
    Set<String> excluded = new HashSet<>(answers);
    excluded.add(ProgrammeMix.COMORBIDITY.get(programme));
    String drawn = code(parameter, excluded);
    if (!drawn.equals(none) || answers.isEmpty()) {
      answers.add(drawn);
    }
    return String.join(ParameterValue.SEPARATOR, answers);
  }

  private BigDecimal quantity(Parameter parameter) {
    double low = parameter.min() == null ? 0 : parameter.min().doubleValue();
    double high = parameter.max() == null ? low + 100 : parameter.max().doubleValue();
    Typical typical =
        TYPICAL.getOrDefault(
            parameter.code(), new Typical((low + high) / 2, 0, high - low <= 5 ? 2 : 0));
    double drawn = typical.value() + random.nextGaussian() * typical.spread();
    double clamped = Math.max(low, Math.min(high, drawn));
    return BigDecimal.valueOf(clamped).setScale(typical.scale(), RoundingMode.HALF_UP);
  }

  private static void keepOrder(CrossCheck check, Map<String, String> values) {
    BigDecimal greater = new BigDecimal(values.get(check.greater()));
    BigDecimal than = new BigDecimal(values.get(check.than()));
    if (greater.compareTo(than) <= 0) {
      values.put(check.greater(), than.add(BigDecimal.valueOf(30)).toPlainString());
    }
  }
}
