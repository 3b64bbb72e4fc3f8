package de.dmp.rules.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** One page of a practice worklist; {@code programmeCode} null for all programmes. */
public record WorklistQuery(
    @NotNull WorklistCategory category,
    String programmeCode,
    @NotNull WorklistOrder order,
    @Min(0) int first,
    @Min(1) @Max(500) int max)
    implements Serializable {}
