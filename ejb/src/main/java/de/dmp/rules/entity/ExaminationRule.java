package de.dmp.rules.entity;

import static de.dmp.rules.entity.Wording.Argument.date;
import static de.dmp.rules.entity.Wording.Argument.label;
import static de.dmp.rules.entity.Wording.Argument.text;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.Criterion;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.Examination;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.rules.entity.Wording.Argument;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A control examination: due one interval after the last documentation that shows it (the interval
 * may follow the documented risk, as for the foot inspection), with the programme's reminder once
 * the last one is older than {@code reminderAfterMonths}; never done, it is due from the start of
 * the enrolment. The facts name the last two measured values, so that a new FEV1 is read beside the
 * previous one (KBV KP2-310).
 */
final class ExaminationRule {

  private ExaminationRule() {}

  static Optional<Deadline> deadline(
      EnrolmentFacts facts, Examination examination, LocalDate asOf) {
    if (examination.minimumAgeYears() != null
        && Period.between(facts.birthDate(), asOf).getYears() < examination.minimumAgeYears()) {
      return Optional.empty();
    }
    List<Documented> shown =
        facts.documentations().stream().filter(d -> examination.isShownBy(d.values())).toList();
    int months = examination.intervalMonths(facts.latestValues());
    Argument label = label(examination.label(), examination.labelEn());
    Map<VerdictStatus, Wording> sentences = new EnumMap<>(VerdictStatus.class);
    if (shown.isEmpty()) {
      LocalDate dueBy = facts.startedOn().plusMonths(months);
      sentences.put(VerdictStatus.OK, Wording.of("examination.notYet", label, date(dueBy)));
      sentences.put(VerdictStatus.DUE, Wording.of("examination.due", label, date(dueBy)));
      sentences.put(VerdictStatus.OVERDUE, Wording.of("examination.neverDone", label));
      return Optional.of(
          deadline(
              facts, examination, dueFromPeriodBefore(facts, dueBy), dueBy, List.of(), sentences));
    }
    LocalDate last = shown.get(shown.size() - 1).on();
    LocalDate dueBy = last.plusMonths(months);
    LocalDate dueFrom =
        examination.reminderAfterMonths() != null && examination.reminderAfterMonths() < months
            ? last.plusMonths(examination.reminderAfterMonths()).plusDays(1)
            : last.plusMonths(months - 1L);
    sentences.put(VerdictStatus.OK, Wording.of("examination.next", label, date(last), date(dueBy)));
    sentences.put(
        VerdictStatus.DUE,
        examination.reminder() != null
            ? Wording.of(
                "examination.reminder", label(examination.reminder(), examination.reminderEn()))
            : Wording.of("examination.lastDue", label, date(last), date(dueBy)));
    sentences.put(
        VerdictStatus.OVERDUE, Wording.of("examination.overdue", label, date(last), text(months)));
    return Optional.of(
        deadline(
            facts, examination, dueFrom, dueBy, measured(facts, examination, shown), sentences));
  }

  /**
   * Due from the documentation period before the one the deadline falls in, so that "due" means the
   * current or the next documentation, not a date years ahead; never before the enrolment.
   */
  private static LocalDate dueFromPeriodBefore(EnrolmentFacts facts, LocalDate dueBy) {
    LocalDate periodBefore = Quarter.of(dueBy).plus(-facts.currentInterval().quarters()).start();
    return periodBefore.isAfter(facts.startedOn()) ? periodBefore : facts.startedOn();
  }

  private static Deadline deadline(
      EnrolmentFacts facts,
      Examination examination,
      LocalDate dueFrom,
      LocalDate dueBy,
      List<Fact> measured,
      Map<VerdictStatus, Wording> sentences) {
    return new Deadline(
        facts.ruleId("examination." + examination.code()),
        facts.programme().version(),
        RuleKind.EXAMINATION,
        examination.code(),
        Wording.of("label.examination", label(examination.label(), examination.labelEn())),
        dueFrom,
        dueBy.plusDays(1),
        null,
        null,
        null,
        null,
        measured,
        sentences);
  }

  /** The last two values of the examination's measured quantities, newest first. */
  private static List<Fact> measured(
      EnrolmentFacts facts, Examination examination, List<Documented> shown) {
    List<Fact> measured = new ArrayList<>();
    for (Criterion criterion : examination.evidence()) {
      Optional<Parameter> parameter = facts.programme().parameter(criterion.parameter());
      boolean quantity = parameter.filter(p -> p.type() == ParameterType.QUANTITY).isPresent();
      for (int i = shown.size() - 1; i >= Math.max(0, shown.size() - 2); i--) {
        Documented documented = shown.get(i);
        String value = documented.values().get(criterion.parameter());
        Argument label =
            label(
                parameter.map(Parameter::label).orElse(criterion.parameter()),
                parameter.map(Parameter::labelEn).orElse(null));
        measured.add(
            new Fact(
                Wording.of(i == shown.size() - 1 ? "fact.value" : "fact.previousValue", label),
                quantity ? value + " " + parameter.get().unit() : value,
                documented.on()));
      }
    }
    return measured;
  }
}
