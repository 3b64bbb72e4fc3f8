package de.dmp.rules.entity;

import static de.dmp.rules.entity.Wording.Argument.date;
import static de.dmp.rules.entity.Wording.Argument.label;
import static de.dmp.rules.entity.Wording.Argument.number;
import static de.dmp.rules.entity.Wording.Argument.series;
import static de.dmp.rules.entity.Wording.Argument.wording;

import de.dmp.platform.entity.Written;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.rules.entity.EnrolmentFacts.GoalTarget;
import de.dmp.rules.entity.Wording.Argument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A therapy goal against the documented values of its parameter (matched by code or LOINC): the
 * last value against the target, and the trend over the last three documentations.
 */
final class GoalRule {

  static final int TREND_VALUES = 3;

  /** Changes below this share of the first value count as stable. */
  private static final BigDecimal STABLE = new BigDecimal("0.02");

  private GoalRule() {}

  static Optional<Verdict> verdict(EnrolmentFacts facts, GoalTarget goal) {
    Optional<Parameter> parameter =
        facts.programme().parameters().stream()
            .filter(
                p ->
                    p.code().equals(goal.code())
                        || (p.loinc() != null && p.loinc().equals(goal.loinc())))
            .findFirst();
    if (parameter.isEmpty()) {
      return Optional.empty();
    }
    String code = parameter.get().code();
    List<Measured> values =
        facts.documentations().stream()
            .map(d -> Measured.of(d, code))
            .flatMap(Optional::stream)
            .toList();
    List<Measured> recent =
        values.subList(Math.max(0, values.size() - TREND_VALUES), values.size());
    List<Fact> used =
        recent.stream()
            .map(
                m ->
                    new Fact(
                        Wording.of("fact.value", label(goal.label(), parameter.get().labelEn())),
                        Written.number(m.value(), Locale.GERMAN) + " " + unit(goal),
                        m.documented().on()))
            .toList();
    Argument label = label(parameter.get().label(), parameter.get().labelEn());
    if (recent.isEmpty()) {
      return Optional.of(
          verdict(facts, goal, label, VerdictStatus.INFO, Wording.of("goal.none", label), used));
    }
    Measured last = recent.get(recent.size() - 1);
    boolean met = goal.isMetBy(last.value());
    Wording sentence =
        Wording.of(
            (met ? "goal.met" : "goal.missed") + (recent.size() > 1 ? ".trend" : ""),
            label,
            number(last.value()),
            unit(goal, parameter.get()),
            date(last.documented().on()),
            wording(target(goal, parameter.get())),
            wording(trend(recent)));
    return Optional.of(
        verdict(
            facts,
            goal,
            label,
            met ? VerdictStatus.OK : VerdictStatus.GOAL_MISSED,
            sentence,
            used));
  }

  private static Verdict verdict(
      EnrolmentFacts facts,
      GoalTarget goal,
      Argument label,
      VerdictStatus status,
      Wording sentence,
      List<Fact> used) {
    return new Verdict(
        facts.ruleId("goal." + goal.code()),
        facts.programme().version(),
        RuleKind.GOAL,
        goal.code(),
        Wording.of("label.goal", label),
        status,
        null,
        sentence,
        used,
        null);
  }

  /**
   * Rising or falling where every change between the values goes that way (changes within the
   * stable share left aside), stable where none is larger, fluctuating where they go both ways (109
   * → 153 → 133 neither rises nor falls).
   */
  static Wording trend(List<Measured> recent) {
    boolean rises = false;
    boolean falls = false;
    for (int i = 1; i < recent.size(); i++) {
      BigDecimal before = recent.get(i - 1).value();
      BigDecimal change = recent.get(i).value().subtract(before);
      if (change.abs().compareTo(before.abs().multiply(STABLE)) > 0) {
        rises |= change.signum() > 0;
        falls |= change.signum() < 0;
      }
    }
    String direction;
    if (rises && falls) {
      direction = "fluctuating";
    } else if (rises || falls) {
      direction = rises ? "rising" : "falling";
    } else {
      direction = "stable";
    }
    return Wording.of(
        "goal.trend." + direction, series(recent.stream().map(Measured::value).toList()));
  }

  private static Wording target(GoalTarget goal, Parameter parameter) {
    Argument unit = unit(goal, parameter);
    if (goal.low() != null && goal.high() != null) {
      return Wording.of("goal.target.range", number(goal.low()), number(goal.high()), unit);
    }
    return goal.high() != null
        ? Wording.of("goal.target.max", number(goal.high()), unit)
        : Wording.of("goal.target.min", number(goal.low()), unit);
  }

  private static String unit(GoalTarget goal) {
    return Objects.requireNonNullElse(goal.unit(), "");
  }

  /**
   * The goal's unit, with the programme's English one for English readers where the goal has the
   * programme's unit (as a plan made from the definition has): "ml/min/1.73 m² BSA".
   */
  private static Argument unit(GoalTarget goal, Parameter parameter) {
    boolean programmes = unit(goal).equals(parameter.unit());
    return label(unit(goal), programmes ? parameter.unitEn() : null);
  }

  /** One documented numeric value of the goal's parameter. */
  record Measured(Documented documented, BigDecimal value) {
    static Optional<Measured> of(Documented documented, String parameter) {
      String raw = documented.values().get(parameter);
      return raw == null
          ? Optional.empty()
          : ParameterValue.number(raw).map(value -> new Measured(documented, value));
    }
  }
}
