package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * When a patient is to be excluded from the programme: {@code count} consecutive missing follow-up
 * documentations, or {@code count} missed trainings within {@code withinMonths}.
 */
public record ExclusionRule(
    @NotBlank String code,
    @NotNull ExclusionKind kind,
    @Positive int count,
    @Positive Integer withinMonths,
    @NotBlank String source) {}
