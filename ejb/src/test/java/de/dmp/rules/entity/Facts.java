package de.dmp.rules.entity;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.rules.entity.EnrolmentFacts.GoalTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made facts of one enrolment in a shipped programme. */
final class Facts {

  private final ProgrammeDefinition programme;
  private final LocalDate startedOn;
  private DocumentationInterval interval = DocumentationInterval.QUARTERLY;
  private LocalDate birthDate = LocalDate.of(1960, 5, 17);
  private boolean open = true;
  private final List<Documented> documentations = new ArrayList<>();
  private final List<LocalDate> missedTrainings = new ArrayList<>();
  private final List<GoalTarget> goals = new ArrayList<>();
  private final List<Dismissal> dismissals = new ArrayList<>();

  private Facts(ProgrammeDefinition programme, LocalDate startedOn) {
    this.programme = programme;
    this.startedOn = startedOn;
  }

  static Facts enrolledIn(String programme, LocalDate startedOn) {
    return new Facts(ProgrammeCatalogueFixture.current(programme), startedOn);
  }

  /** Facts under a programme definition made for the test, e.g. one without exclusion rules. */
  static Facts enrolledIn(ProgrammeDefinition programme, LocalDate startedOn) {
    return new Facts(programme, startedOn);
  }

  Facts interval(DocumentationInterval chosen) {
    interval = chosen;
    return this;
  }

  Facts born(LocalDate day) {
    birthDate = day;
    return this;
  }

  Facts ended() {
    open = false;
    return this;
  }

  /** A documentation on that day with the given parameter code / value pairs. */
  Facts documented(LocalDate on, String... codesAndValues) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < codesAndValues.length; i += 2) {
      values.put(codesAndValues[i], codesAndValues[i + 1]);
    }
    documentations.add(new Documented(on, values));
    return this;
  }

  Facts missedTraining(LocalDate on) {
    missedTrainings.add(on);
    return this;
  }

  Facts dismissed(String ruleId, LocalDate exclusionEffectiveOn) {
    dismissals.add(new Dismissal(ruleId, exclusionEffectiveOn));
    return this;
  }

  Facts goal(String code, String loinc, String low, String high, String unit) {
    goals.add(
        new GoalTarget(
            code,
            code.toUpperCase(),
            loinc,
            low == null ? null : new BigDecimal(low),
            high == null ? null : new BigDecimal(high),
            unit));
    return this;
  }

  EnrolmentFacts build() {
    return new EnrolmentFacts(
        42L,
        programme,
        interval,
        open,
        startedOn,
        birthDate,
        documentations,
        missedTrainings,
        goals,
        dismissals);
  }

  /** The one deadline of a rule kind and subject, read on a day. */
  Verdict verdict(RuleKind kind, String subject, LocalDate day) {
    return ProgrammeRules.verdicts(build(), day).stream()
        .filter(v -> v.kind() == kind && v.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + subject + " on " + day));
  }

  VerdictStatus status(RuleKind kind, String subject, LocalDate day) {
    return verdict(kind, subject, day).status();
  }
}
