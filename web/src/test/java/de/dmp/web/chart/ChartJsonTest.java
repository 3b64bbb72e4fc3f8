package de.dmp.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.web.chart.ValueSeries.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  private static final List<Point> TWO_QUARTERS =
      List.of(
          new Point(LocalDate.of(2026, 3, 2), new BigDecimal("7.8")),
          new Point(LocalDate.of(2026, 6, 15), new BigDecimal("7.1")));

  @Test
  void aSeriesWithATarget_shouldDrawTheValuesAndTheTargetByDay() {
    String json =
        ChartJson.line(
            new ValueSeries("HbA1c", "%", TWO_QUARTERS, null, new BigDecimal("7.0")),
            "Ziel",
            Locale.GERMAN);

    assertThat(json)
        .contains("\"labels\":[\"02.03.2026\",\"15.06.2026\"]")
        .contains("{\"label\":\"HbA1c (%)\",\"data\":[7.8,7.1]")
        .contains("{\"label\":\"Ziel 7\",\"data\":[7.0,7.0]")
        .contains("\"borderDash\":[6,4]");
  }

  @Test
  void inGerman_shouldWriteTheTargetsWithACommaAndWithoutTheStoredScale() {
    String json =
        ChartJson.line(
            new ValueSeries(
                "Blutdruck",
                "mmHg",
                TWO_QUARTERS,
                new BigDecimal("7.500"),
                new BigDecimal("140.000")),
            "Ziel",
            Locale.GERMAN);

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
            new ValueSeries("HbA1c", "%", TWO_QUARTERS, null, new BigDecimal("7.500")),
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
            new ValueSeries("Gewicht", "kg", TWO_QUARTERS, null, null), "Ziel", Locale.GERMAN);

    assertThat(json).contains("Gewicht (kg)").doesNotContain("Ziel");
  }
}
