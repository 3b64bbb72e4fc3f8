package de.dmp.rules.entity;

import static de.dmp.rules.entity.Wording.date;
import static de.dmp.rules.entity.Wording.number;

import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.rules.entity.EnrolmentFacts.GoalTarget;
import java.math.BigDecimal;
import java.util.List;
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
                        goal.label(), number(m.value()) + " " + unit(goal), m.documented().on()))
            .toList();
    if (recent.isEmpty()) {
      return Optional.of(
          verdict(
              facts,
              goal,
              VerdictStatus.INFO,
              goal.label() + ": noch kein Wert dokumentiert.",
              used));
    }
    Measured last = recent.get(recent.size() - 1);
    boolean met = goal.isMetBy(last.value());
    String sentence =
        goal.label()
            + " "
            + number(last.value())
            + " "
            + unit(goal)
            + " am "
            + date(last.documented().on())
            + ", Ziel "
            + target(goal)
            + ": "
            + (met ? "erreicht" : "nicht erreicht")
            + (recent.size() > 1 ? "; Verlauf " + trend(recent) : "")
            + ".";
    return Optional.of(
        verdict(facts, goal, met ? VerdictStatus.OK : VerdictStatus.GOAL_MISSED, sentence, used));
  }

  private static Verdict verdict(
      EnrolmentFacts facts,
      GoalTarget goal,
      VerdictStatus status,
      String sentence,
      List<Fact> used) {
    return new Verdict(
        facts.ruleId("goal." + goal.code()),
        facts.programme().version(),
        RuleKind.GOAL,
        goal.code(),
        goal.label(),
        status,
        null,
        sentence,
        used,
        null);
  }

  static String trend(List<Measured> recent) {
    BigDecimal first = recent.get(0).value();
    BigDecimal change = recent.get(recent.size() - 1).value().subtract(first);
    String direction;
    if (change.abs().compareTo(first.abs().multiply(STABLE)) <= 0) {
      direction = "gleichbleibend";
    } else {
      direction = change.signum() > 0 ? "steigend" : "fallend";
    }
    return direction
        + " ("
        + String.join(" → ", recent.stream().map(m -> number(m.value())).toList())
        + ")";
  }

  private static String target(GoalTarget goal) {
    if (goal.low() != null && goal.high() != null) {
      return number(goal.low()) + "–" + number(goal.high()) + " " + unit(goal);
    }
    return goal.high() != null
        ? "≤ " + number(goal.high()) + " " + unit(goal)
        : "≥ " + number(goal.low()) + " " + unit(goal);
  }

  private static String unit(GoalTarget goal) {
    return Objects.requireNonNullElse(goal.unit(), "");
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
