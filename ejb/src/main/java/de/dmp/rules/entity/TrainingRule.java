package de.dmp.rules.entity;

import static de.dmp.rules.entity.Wording.Argument.date;
import static de.dmp.rules.entity.Wording.Argument.text;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.ExclusionKind;
import de.dmp.programme.entity.ExclusionRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Missed trainings: a training appointment marked missed, or a documentation answering "Empfohlene
 * Schulung(en) wahrgenommen" with "Nein". Both may record the same miss, so misses in one quarter
 * count once. {@code count} misses within {@code withinMonths} propose an exclusion from the last
 * miss on (KV Baden-Württemberg 2022, DOMAIN.md 1.3); one miss is a warning.
 */
final class TrainingRule {

  static final String ATTENDED = "training-attended";
  static final String NOT_ATTENDED = "Nein";

  private TrainingRule() {}

  static Optional<Deadline> deadline(EnrolmentFacts facts, LocalDate asOf) {
    Optional<ExclusionRule> rule = facts.programme().exclusionRule(ExclusionKind.MISSED_TRAININGS);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    int months = rule.get().withinMonths();
    int count = rule.get().count();
    List<LocalDate> misses = misses(facts);
    for (int i = misses.size() - count; i >= 0; i--) {
      LocalDate last = misses.get(i + count - 1);
      if (!last.isAfter(misses.get(i).plusMonths(months))) {
        return live(misses.subList(i, i + count), months, asOf)
            .map(m -> deadline(facts, rule.get(), m, last));
      }
    }
    return live(misses.subList(Math.max(0, misses.size() - 1), misses.size()), months, asOf)
        .map(m -> deadline(facts, rule.get(), m, null));
  }

  /** The misses, as long as the last of them lies within the window before the day. */
  private static Optional<List<LocalDate>> live(
      List<LocalDate> misses, int months, LocalDate asOf) {
    return misses.isEmpty() || misses.get(misses.size() - 1).isBefore(asOf.minusMonths(months))
        ? Optional.empty()
        : Optional.of(misses);
  }

  private static Deadline deadline(
      EnrolmentFacts facts, ExclusionRule rule, List<LocalDate> misses, LocalDate proposal) {
    int months = rule.withinMonths();
    LocalDate latest = misses.get(misses.size() - 1);
    Map<VerdictStatus, Wording> sentences = new EnumMap<>(VerdictStatus.class);
    sentences.put(VerdictStatus.OK, Wording.of("training.ok", text(months)));
    sentences.put(
        VerdictStatus.WARNING,
        Wording.of("training.warning", date(latest), text(rule.count()), text(months)));
    sentences.put(
        VerdictStatus.EXCLUSION_PROPOSED,
        Wording.of("training.exclusion", text(rule.count()), text(months), date(latest)));
    return new Deadline(
        facts.ruleId(rule.code()),
        facts.programme().version(),
        RuleKind.TRAINING,
        rule.code(),
        Wording.of("label.trainings"),
        null,
        null,
        misses.get(0),
        proposal,
        latest.plusMonths(months).plusDays(1),
        proposal,
        misses.stream().map(day -> new Fact(Wording.of("fact.missedTraining"), "", day)).toList(),
        sentences);
  }

  /** Every miss, one per quarter, oldest first. */
  static List<LocalDate> misses(EnrolmentFacts facts) {
    Stream<LocalDate> documented =
        facts.documentations().stream()
            .filter(d -> NOT_ATTENDED.equals(d.values().get(ATTENDED)))
            .map(d -> d.on());
    Map<Quarter, LocalDate> byQuarter = new LinkedHashMap<>();
    Stream.concat(facts.missedTrainings().stream(), documented)
        .sorted()
        .forEach(day -> byQuarter.putIfAbsent(Quarter.of(day), day));
    return new ArrayList<>(byQuarter.values());
  }
}
