package de.dmp.rules.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule says about one enrolment on one day: the rule and its version (the programme
 * definition's), the facts used, and a sentence a doctor understands, in the reader's language
 * ({@link Wording}).
 *
 * @param dueOn the last day to act, if the rule has one
 * @param exclusionEffectiveOn for a proposed exclusion, the day it takes effect (may lie in the
 *     past)
 */
public record Verdict(
    String ruleId,
    String ruleVersion,
    RuleKind kind,
    String subject,
    Wording label,
    VerdictStatus status,
    LocalDate dueOn,
    Wording sentence,
    List<Fact> facts,
    LocalDate exclusionEffectiveOn)
    implements Serializable {}
