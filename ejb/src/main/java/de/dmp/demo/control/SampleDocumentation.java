package de.dmp.demo.control;

import de.dmp.programme.entity.CrossCheck;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Complete, plausible documentation values for any programme definition, drawn from a seeded random
 * source: every parameter of the document type is filled but the alternative ones (HbA1c in
 * mmol/mol), so that conditional ones are never missing, and quantities stay inside their plausible
 * range.
 */
public final class SampleDocumentation {

  /** Typical values and spread of well-known quantities; others use the middle of their range. */
  private static final Map<String, double[]> TYPICAL =
      Map.of(
          "hba1c", new double[] {7.2, 1.1},
          "bp-systolic", new double[] {136, 14},
          "bp-diastolic", new double[] {82, 8},
          "body-height", new double[] {1.72, 0.09},
          "body-weight", new double[] {84, 15},
          "egfr", new double[] {72, 18},
          "ldl", new double[] {105, 30},
          "fev1", new double[] {72, 15},
          "lvef", new double[] {33, 5});

  private final Random random;

  public SampleDocumentation(Random random) {
    this.random = random;
  }

  public Map<String, String> values(
      ProgrammeDefinition programme, DocumentType type, LocalDate documentedOn) {
    Map<String, String> values = new HashMap<>();
    for (Parameter parameter : programme.parameters()) {
      if (parameter.appearsIn(type) && parameter.alternativeTo() == null) {
        values.put(parameter.code(), value(parameter, documentedOn));
      }
    }
    programme.crossChecks().forEach(check -> keepOrder(check, values));
    return values;
  }

  private String value(Parameter parameter, LocalDate documentedOn) {
    return switch (parameter.type()) {
      case QUANTITY -> quantity(parameter).toPlainString();
      case COUNT -> random.nextInt(10) == 0 ? "1" : "0";
      case CODE, CODES -> parameter.values().get(weightedIndex(parameter.values().size()));
      case DATE -> documentedOn.minusDays(random.nextInt(400)).toString();
    };
  }

  /** Mostly the first (usually the normal) value, sometimes another. */
  private int weightedIndex(int count) {
    return random.nextInt(4) == 0 ? random.nextInt(count) : 0;
  }

  private BigDecimal quantity(Parameter parameter) {
    double low = parameter.min() == null ? 0 : parameter.min().doubleValue();
    double high = parameter.max() == null ? low + 100 : parameter.max().doubleValue();
    double[] typical = TYPICAL.getOrDefault(parameter.code(), new double[] {(low + high) / 2, 0});
    double drawn = typical[0] + random.nextGaussian() * typical[1];
    double clamped = Math.max(low, Math.min(high, drawn));
    int scale = high - low <= 5 ? 2 : 1;
    return BigDecimal.valueOf(clamped).setScale(scale, RoundingMode.HALF_UP);
  }

  private static void keepOrder(CrossCheck check, Map<String, String> values) {
    BigDecimal greater = new BigDecimal(values.get(check.greater()));
    BigDecimal than = new BigDecimal(values.get(check.than()));
    if (greater.compareTo(than) <= 0) {
      values.put(check.greater(), than.add(BigDecimal.valueOf(30)).toPlainString());
    }
  }
}
