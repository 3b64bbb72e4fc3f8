package de.dmp.quality.entity;

import java.io.Serializable;
import java.util.List;

/** A practice's results for every quality target of one programme in one quarter. */
public record PracticeQuality(
    long practiceId, String practiceName, String region, int patients, List<TargetResult> targets)
    implements Serializable {}
