package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;

/** A plausibility rule across two quantities: {@code greater} must exceed {@code than}. */
public record CrossCheck(
    @NotBlank String code,
    @NotBlank String greater,
    @NotBlank String than,
    @NotBlank String message) {}
