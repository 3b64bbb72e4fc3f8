package de.dmp.rules.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule's verdict as dates: from {@code dueFrom} it is due, from {@code overdueFrom} overdue, from
 * {@code warningFrom} one step before exclusion, from {@code exclusionFrom} an exclusion is
 * proposed, and from {@code expiresOn} nothing applies any more (each date may be absent). The
 * dates follow from the facts alone, so a deadline stays true until the facts change and can be
 * stored for worklists; {@link #verdictOn} reads it on any day.
 */
public record Deadline(
    String ruleId,
    String ruleVersion,
    RuleKind kind,
    String subject,
    Wording label,
    LocalDate dueFrom,
    LocalDate overdueFrom,
    LocalDate warningFrom,
    LocalDate exclusionFrom,
    LocalDate expiresOn,
    LocalDate exclusionEffectiveOn,
    List<Fact> facts,
    Map<VerdictStatus, Wording> sentences) {

  public Deadline {
    facts = List.copyOf(facts);
    sentences = Map.copyOf(sentences);
  }

  public VerdictStatus statusOn(LocalDate day) {
    if (reached(expiresOn, day)) {
      return VerdictStatus.OK;
    }
    if (reached(exclusionFrom, day)) {
      return VerdictStatus.EXCLUSION_PROPOSED;
    }
    if (reached(warningFrom, day)) {
      return VerdictStatus.WARNING;
    }
    if (reached(overdueFrom, day)) {
      return VerdictStatus.OVERDUE;
    }
    return reached(dueFrom, day) ? VerdictStatus.DUE : VerdictStatus.OK;
  }

  private static boolean reached(LocalDate threshold, LocalDate day) {
    return threshold != null && !day.isBefore(threshold);
  }

  /** The same deadline without its proposed exclusion, e.g. after the doctor dismissed it. */
  public Deadline withoutExclusion() {
    return new Deadline(
        ruleId,
        ruleVersion,
        kind,
        subject,
        label,
        dueFrom,
        overdueFrom,
        warningFrom,
        null,
        expiresOn,
        null,
        facts,
        sentences);
  }

  public Verdict verdictOn(LocalDate day) {
    VerdictStatus status = statusOn(day);
    return new Verdict(
        ruleId,
        ruleVersion,
        kind,
        subject,
        label,
        status,
        overdueFrom == null ? null : overdueFrom.minusDays(1),
        sentences.getOrDefault(status, sentences.get(VerdictStatus.OK)),
        facts,
        status == VerdictStatus.EXCLUSION_PROPOSED ? exclusionEffectiveOn : null);
  }
}
