package de.dmp.rules.entity;

import de.dmp.programme.entity.Examination;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of an enrolment's programme, evaluated as of a day on the facts known that day: the
 * documentation interval, the control examinations, missed trainings and the therapy goals. Closed
 * enrolments owe nothing.
 */
public final class ProgrammeRules {

  private ProgrammeRules() {}

  /** The date-bound verdicts, to be stored for worklists. */
  public static List<Deadline> deadlines(EnrolmentFacts all, LocalDate asOf) {
    if (!all.open()) {
      return List.of();
    }
    EnrolmentFacts facts = all.asOf(asOf);
    List<Deadline> deadlines = new ArrayList<>();
    deadlines.add(DocumentationRule.deadline(facts));
    for (Examination examination : facts.programme().examinations()) {
      ExaminationRule.deadline(facts, examination, asOf).ifPresent(deadlines::add);
    }
    TrainingRule.deadline(facts, asOf).ifPresent(deadlines::add);
    return deadlines.stream().map(facts::decided).toList();
  }

  /** Every verdict on the day, the most urgent first. */
  public static List<Verdict> verdicts(EnrolmentFacts all, LocalDate asOf) {
    EnrolmentFacts facts = all.asOf(asOf);
    Stream<Verdict> goals =
        all.open()
            ? facts.goals().stream()
                .map(goal -> GoalRule.verdict(facts, goal))
                .flatMap(Optional::stream)
            : Stream.empty();
    return Stream.concat(deadlines(all, asOf).stream().map(d -> d.verdictOn(asOf)), goals)
        .sorted((a, b) -> b.status().compareTo(a.status()))
        .toList();
  }
}
