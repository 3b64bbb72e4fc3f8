package de.dmp.web.chart;

import de.dmp.documentation.entity.Documentation;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.therapy.entity.Goal;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measured value of an enrolment over time, as the chart draws it: the documented values by
 * day, and the individual target of the therapy plan where it names one for this value.
 */
public record ValueSeries(
    String label, String unit, List<Point> points, BigDecimal targetLow, BigDecimal targetHigh)
    implements Serializable {

  public record Point(LocalDate day, BigDecimal value) implements Serializable {}

  /**
   * The parameter's values in the documentations, oldest first; days without a value left out;
   * labelled in the reader's language.
   */
  public static ValueSeries of(
      Parameter parameter, List<Documentation> documentations, Optional<Goal> goal, Locale locale) {
    List<Point> points =
        documentations.stream()
            .flatMap(
                documentation ->
                    Optional.ofNullable(documentation.currentValues().get(parameter.code()))
                        .flatMap(ParameterValue::number)
                        .map(value -> new Point(documentation.getDocumentedOn(), value))
                        .stream())
            .sorted(Comparator.comparing(Point::day))
            .toList();
    return new ValueSeries(
        parameter.label(locale),
        parameter.unit(locale),
        points,
        goal.map(Goal::getTargetLow).orElse(null),
        goal.map(Goal::getTargetHigh).orElse(null));
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }
}
