package de.dmp.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.web.chart.ValueSeries.Point;
import de.dmp.web.chart.ValueSeries.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

  private static Target atMost(String high) {
    return new Target(null, new BigDecimal(high));
  }

  private static List<Point> twoQuarters(Target target) {
    return List.of(
        new Point(MARCH, new BigDecimal("7.8"), target),
        new Point(JUNE, new BigDecimal("7.1"), target));
  }

  @Test
  void aSeriesWithATarget_shouldDrawTheValuesAndTheTargetByDay() {
    String json =
        ChartJson.line(
            new ValueSeries("HbA1c", "%", twoQuarters(atMost("7.0")), atMost("7.0")),
            "Ziel",
            Locale.GERMAN);

    assertThat(json)
        .contains("\"labels\":[\"02.03.2026\",\"15.06.2026\"]")
        .contains("{\"label\":\"HbA1c (%)\",\"data\":[7.8,7.1]")
        .contains("{\"label\":\"Ziel 7\",\"data\":[7.0,7.0]")
        .contains("\"borderDash\":[6,4]");
  }

  @Test
  void aTargetChangedLater_shouldLeaveEarlierValuesAgainstTheirOwnTarget() {
    List<Point> points =
        List.of(
            new Point(MARCH, new BigDecimal("7.8"), atMost("8.0")),
            new Point(JUNE, new BigDecimal("7.1"), atMost("7.5")));

    String json =
        ChartJson.line(new ValueSeries("HbA1c", "%", points, atMost("7.5")), "Ziel", Locale.GERMAN);

    assertThat(json)
        .contains("{\"label\":\"Ziel 8 → 7,5\",\"data\":[8.0,7.5]")
        .contains("\"stepped\":true");
  }

  @Test
  void aTargetSetAfterTheLastValue_shouldBeNamedButNotDrawnBackwards() {
    String json =
        ChartJson.line(
            new ValueSeries("HbA1c", "%", twoQuarters(atMost("8.0")), atMost("7.5")),
            "Ziel",
            Locale.GERMAN);

    assertThat(json).contains("{\"label\":\"Ziel 8 → 7,5\",\"data\":[8.0,8.0]");
  }

  @Test
  void valuesBeforeTheFirstPlan_shouldHaveNoTarget() {
    List<Point> points =
        List.of(
            new Point(MARCH, new BigDecimal("7.8"), Target.NONE),
            new Point(JUNE, new BigDecimal("7.1"), atMost("7.5")));

    String json =
        ChartJson.line(new ValueSeries("HbA1c", "%", points, atMost("7.5")), "Ziel", Locale.GERMAN);

    assertThat(json).contains("{\"label\":\"Ziel 7,5\",\"data\":[null,7.5]");
  }

  @Test
  void inGerman_shouldWriteTheTargetsWithACommaAndWithoutTheStoredScale() {
    Target range = new Target(new BigDecimal("7.500"), new BigDecimal("140.000"));
    String json =
        ChartJson.line(
            new ValueSeries("Blutdruck", "mmHg", twoQuarters(range), range), "Ziel", Locale.GERMAN);

    assertThat(json)
        .contains("\"label\":\"Ziel 7,5\"")
        .contains("\"label\":\"Ziel 140\"")
        .contains("\"locale\":\"de-DE\"")
        .doesNotContain("Ziel 140.000");
  }

  @Test
  void inEnglish_shouldWriteDaysAndTargetsAsEnglishDoes() {
    String json =
        ChartJson.line(
            new ValueSeries("HbA1c", "%", twoQuarters(atMost("7.500")), atMost("7.500")),
            "Target",
            Locale.ENGLISH);

    assertThat(json)
        .contains("\"labels\":[\"2 Mar 2026\",\"15 Jun 2026\"]")
        .contains("\"label\":\"Target 7.5\"")
        .contains("\"locale\":\"en-GB\"");
  }

  @Test
  void aSeriesWithoutTarget_shouldDrawOnlyTheValues() {
    String json =
        ChartJson.line(
            new ValueSeries("Gewicht", "kg", twoQuarters(Target.NONE), Target.NONE),
            "Ziel",
            Locale.GERMAN);

    assertThat(json).contains("Gewicht (kg)").doesNotContain("Ziel");
  }
}
