package de.dmp.web.chart;

import de.dmp.documentation.entity.Documentation;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.TherapyPlan;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measured value of an enrolment over time, as the chart draws it: the documented values by
 * day, each with the individual target the therapy plan set for it on that day, and the target the
 * plan sets now.
 */
public record ValueSeries(String label, String unit, List<Point> points, Target now)
    implements Serializable {

  /** The bounds of a target, either of them null where the plan sets none. */
  public record Target(BigDecimal low, BigDecimal high) implements Serializable {

    public static final Target NONE = new Target(null, null);

    static Target of(Optional<Goal> goal) {
      return goal.map(g -> new Target(g.getTargetLow(), g.getTargetHigh())).orElse(NONE);
    }
  }

  /** A documented value and the target in force on its day. */
  public record Point(LocalDate day, BigDecimal value, Target target) implements Serializable {}

  /**
   * The parameter's values in the documentations, oldest first; days without a value left out; each
   * with the target of the plan's version in force on its day; labelled in the reader's language.
   *
   * @param versions the therapy plan's versions, none where there is no plan
   */
  public static ValueSeries of(
      Parameter parameter,
      List<Documentation> documentations,
      List<TherapyPlan> versions,
      LocalDate today,
      Locale locale) {
    List<Point> points =
        documentations.stream()
            .flatMap(
                documentation ->
                    Optional.ofNullable(documentation.currentValues().get(parameter.code()))
                        .flatMap(ParameterValue::number)
                        .map(
                            value ->
                                new Point(
                                    documentation.getDocumentedOn(),
                                    value,
                                    target(versions, parameter, documentation.getDocumentedOn())))
                        .stream())
            .sorted(Comparator.comparing(Point::day))
            .toList();
    return new ValueSeries(
        parameter.label(locale),
        parameter.unit(locale),
        points,
        target(versions, parameter, today));
  }

  private static Target target(List<TherapyPlan> versions, Parameter parameter, LocalDate day) {
    return Target.of(
        TherapyPlan.inForceOn(versions, day).flatMap(plan -> plan.goal(parameter.code())));
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }
}
