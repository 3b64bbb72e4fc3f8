package de.dmp.rules.entity;

import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules read about one enrolment: its programme version, interval, start, the
 * patient's birth date, the complete documentations (oldest first), the days of missed training
 * appointments, the goals of the therapy plan in force, and the exclusion proposals the doctor
 * dismissed.
 */
public record EnrolmentFacts(
    long enrolmentId,
    ProgrammeDefinition programme,
    DocumentationInterval interval,
    boolean open,
    LocalDate startedOn,
    LocalDate birthDate,
    List<Documented> documentations,
    List<LocalDate> missedTrainings,
    List<GoalTarget> goals,
    List<Dismissal> dismissals) {

  public EnrolmentFacts {
    documentations = documentations.stream().sorted(Comparator.comparing(Documented::on)).toList();
    missedTrainings = missedTrainings.stream().sorted().toList();
    goals = List.copyOf(goals);
    dismissals = List.copyOf(dismissals);
  }

  /** The facts as they were known on a day: later documentations and misses left out. */
  public EnrolmentFacts asOf(LocalDate day) {
    return new EnrolmentFacts(
        enrolmentId,
        programme,
        interval,
        open,
        startedOn,
        birthDate,
        documentations.stream().filter(d -> !d.on().isAfter(day)).toList(),
        missedTrainings.stream().filter(d -> !d.isAfter(day)).toList(),
        goals,
        dismissals);
  }

  /**
   * The deadline as it stands after the doctor's decisions: a dismissed exclusion is not proposed.
   */
  public Deadline decided(Deadline deadline) {
    return dismissals.stream().anyMatch(d -> d.concerns(deadline))
        ? deadline.withoutExclusion()
        : deadline;
  }

  public Optional<Documented> latest() {
    return documentations.isEmpty()
        ? Optional.empty()
        : Optional.of(documentations.get(documentations.size() - 1));
  }

  /** A rule's identifier within the programme, e.g. {@code DM2.missing-documentations}. */
  public String ruleId(String ruleCode) {
    return programme.code() + "." + ruleCode;
  }

  /** The interval chosen in the latest documentation, else the one given at enrolment. */
  public DocumentationInterval currentInterval() {
    return latest()
        .map(d -> d.values().get("interval"))
        .flatMap(DocumentationInterval::ofLabel)
        .orElse(interval);
  }

  public Map<String, String> latestValues() {
    return latest().map(Documented::values).orElse(Map.of());
  }

  /** A goal of the therapy plan: a parameter (by code or LOINC) and its target range. */
  public record GoalTarget(
      String code, String label, String loinc, BigDecimal low, BigDecimal high, String unit) {

    public boolean isMetBy(BigDecimal value) {
      return (low == null || value.compareTo(low) >= 0)
          && (high == null || value.compareTo(high) <= 0);
    }
  }
}
