package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A periodic control examination, e.g. the foot inspection: due every {@code intervalMonths}, with
 * a reminder once the last one is older than {@code reminderAfterMonths}.
 */
public record Examination(
    @NotBlank String code,
    @NotBlank String label,
    @Positive int intervalMonths,
    @Positive Integer reminderAfterMonths,
    String source) {}
