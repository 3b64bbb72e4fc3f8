package de.dmp.rules.entity;

import static de.dmp.rules.entity.Wording.Argument.date;
import static de.dmp.rules.entity.Wording.Argument.text;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ExclusionKind;
import de.dmp.programme.entity.ExclusionRule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation interval: the next documentation is due in the quarter one interval after the
 * last one and is to be delivered within 10 days after that quarter; once that has passed, one
 * documentation is missing, and when the next expected one is missing too, the programme's
 * exclusion rule proposes an exclusion backdated to the last documentation (DOMAIN.md 1.3).
 */
final class DocumentationRule {

  static final String INITIAL = "initial-documentation";
  static final String FOLLOW_UP = "documentation-interval";

  private DocumentationRule() {}

  static Deadline deadline(EnrolmentFacts facts) {
    return facts.latest().isEmpty() ? initial(facts) : followUp(facts);
  }

  private static Deadline initial(EnrolmentFacts facts) {
    Quarter quarter = Quarter.of(facts.startedOn());
    Map<VerdictStatus, Wording> sentences = new EnumMap<>(VerdictStatus.class);
    sentences.put(
        VerdictStatus.DUE,
        Wording.of("initial.due", text(quarter), date(quarter.deliveryDeadline())));
    sentences.put(VerdictStatus.OVERDUE, Wording.of("initial.overdue", text(quarter)));
    sentences.put(VerdictStatus.OK, Wording.of("initial.ok"));
    return new Deadline(
        facts.ruleId(INITIAL),
        facts.programme().version(),
        RuleKind.DOCUMENTATION,
        "ED",
        Wording.documentation(true, quarter),
        facts.startedOn(),
        quarter.end().plusDays(1),
        null,
        null,
        null,
        null,
        List.of(
            new Fact(Wording.of("fact.enrolment"), facts.programme().code(), facts.startedOn())),
        sentences);
  }

  private static Deadline followUp(EnrolmentFacts facts) {
    LocalDate last = facts.latest().orElseThrow().on();
    DocumentationInterval interval = facts.currentInterval();
    Quarter next = Quarter.of(last).plus(interval.quarters());
    Optional<ExclusionRule> exclusion =
        facts.programme().exclusionRule(ExclusionKind.CONSECUTIVE_MISSING_DOCUMENTATIONS);
    Quarter lastChance =
        next.plus(interval.quarters() * (exclusion.map(ExclusionRule::count).orElse(1) - 1));
    Map<VerdictStatus, Wording> sentences = new EnumMap<>(VerdictStatus.class);
    sentences.put(VerdictStatus.OK, Wording.of("followUp.ok", text(next)));
    sentences.put(
        VerdictStatus.DUE, Wording.of("followUp.due", text(next), date(next.deliveryDeadline())));
    sentences.put(
        VerdictStatus.OVERDUE,
        Wording.of("followUp.overdue", text(next), date(next.deliveryDeadline())));
    sentences.put(
        VerdictStatus.WARNING,
        exclusion.isEmpty()
            ? Wording.of("followUp.warning", text(next))
            : Wording.of(
                "followUp.warning.exclusion",
                text(next),
                text(lastChance),
                date(lastChance.deliveryDeadline())));
    sentences.put(
        VerdictStatus.EXCLUSION_PROPOSED,
        Wording.of("followUp.exclusion", text(next), text(lastChance), date(last)));
    return new Deadline(
        exclusion.map(rule -> facts.ruleId(rule.code())).orElse(facts.ruleId(FOLLOW_UP)),
        facts.programme().version(),
        RuleKind.DOCUMENTATION,
        "FD",
        Wording.documentation(false, next),
        next.start(),
        next.end().plusDays(1),
        next.deliveryDeadline().plusDays(1),
        exclusion.map(rule -> lastChance.deliveryDeadline().plusDays(1)).orElse(null),
        null,
        exclusion.map(rule -> last).orElse(null),
        List.of(
            new Fact(Wording.of("fact.lastDocumentation"), facts.programme().code(), last),
            new Fact(Wording.of("fact.interval"), interval.label(), last)),
        sentences);
  }
}
