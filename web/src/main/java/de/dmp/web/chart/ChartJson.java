package de.dmp.web.chart;

import de.dmp.platform.entity.Written;
import de.dmp.web.chart.ValueSeries.Target;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** A {@link ValueSeries} as the Chart.js configuration that PrimeFaces' {@code p:chart} draws. */
public final class ChartJson {

  private static final String VALUE_COLOUR = "#1f4e79";
  private static final String TARGET_COLOUR = "#107c10";

  private ChartJson() {}

  /**
   * A line of the values, and a dashed step line for each bound of the target as it was in force on
   * each value's day (a gap where no plan set one), so that an earlier value is read against the
   * target of its time; no animation. The target's legend names its values in the order they were
   * set, the plan's present one last ("Ziel 8 → 7,5"). Days and the legends are written here in the
   * user's language, the axis ticks and tooltips by Chart.js in the locale passed on ("7,5" in
   * German).
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
    for (Function<Target, BigDecimal> bound :
        List.<Function<Target, BigDecimal>>of(Target::low, Target::high)) {
      if (series.points().stream().anyMatch(point -> bound.apply(point.target()) != null)) {
        datasets.add(
            dataset(
                    targetLabel
                        + " "
                        + String.join(
                            " → ",
                            setInTurn(series, bound).stream()
                                .map(value -> Written.number(value, locale))
                                .toList()),
                    series,
                    point -> bound.apply(point.target()))
                .add("borderColor", TARGET_COLOUR)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("stepped", true)
                .add("spanGaps", false)
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

  /** A bound's values over the points and now, each change once: 8, 8, 7.5 is 8 → 7.5. */
  private static List<BigDecimal> setInTurn(
      ValueSeries series, Function<Target, BigDecimal> bound) {
    List<BigDecimal> inTurn = new ArrayList<>();
    Stream.concat(series.points().stream().map(ValueSeries.Point::target), Stream.of(series.now()))
        .map(bound)
        .filter(Objects::nonNull)
        .forEach(
            value -> {
              if (inTurn.isEmpty() || inTurn.get(inTurn.size() - 1).compareTo(value) != 0) {
                inTurn.add(value);
              }
            });
    return inTurn;
  }

  private static JsonObjectBuilder dataset(
      String label, ValueSeries series, Function<ValueSeries.Point, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    series
        .points()
        .forEach(
            point -> {
              BigDecimal number = value.apply(point);
              if (number == null) {
                data.addNull();
              } else {
                data.add(number);
              }
            });
    return Json.createObjectBuilder().add("label", label).add("data", data).add("tension", 0);
  }
}
