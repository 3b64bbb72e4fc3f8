package de.dmp.web.chart;

import de.dmp.platform.entity.Written;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** A {@link ValueSeries} as the Chart.js configuration that PrimeFaces' {@code p:chart} draws. */
public final class ChartJson {

  private static final String VALUE_COLOUR = "#1f4e79";
  private static final String TARGET_COLOUR = "#107c10";

  private ChartJson() {}

  /**
   * A line of the values, and a dashed line for each bound of the target; no animation. Days and
   * the targets' legends are written here in the user's language, the axis ticks and tooltips by
   * Chart.js in the locale passed on ("7,5" in German).
   */
  public static String line(ValueSeries series, String targetLabel, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    series.points().forEach(point -> labels.add(Written.day(point.day(), locale)));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                        series.label()
                            + (series.unit() == null || series.unit().isEmpty()
                                ? ""
                                : " (" + series.unit() + ")"),
                        series,
                        ValueSeries.Point::value)
                    .add("borderColor", VALUE_COLOUR)
                    .add("backgroundColor", VALUE_COLOUR));
    for (BigDecimal bound : new BigDecimal[] {series.targetLow(), series.targetHigh()}) {
      if (bound != null) {
        datasets.add(
            dataset(targetLabel + " " + Written.number(bound, locale), series, point -> bound)
                .add("borderColor", TARGET_COLOUR)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0));
      }
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("locale", Written.region(locale).toLanguageTag())
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String label, ValueSeries series, Function<ValueSeries.Point, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    series.points().forEach(point -> data.add(value.apply(point)));
    return Json.createObjectBuilder().add("label", label).add("data", data).add("tension", 0);
  }
}
