package de.dmp.rules.entity;

import java.time.LocalDate;

/** A proposed exclusion the doctor dismissed: the rule and the day it would have taken effect. */
public record Dismissal(String ruleId, LocalDate exclusionEffectiveOn) {

  boolean concerns(Deadline deadline) {
    return ruleId.equals(deadline.ruleId())
        && exclusionEffectiveOn.equals(deadline.exclusionEffectiveOn());
  }
}
