package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;

/**
 * A quality target as the G-BA words it; the target share comes from the regional contract and is
 * configuration, not part of the definition.
 */
public record QualityTarget(
    @NotBlank String code,
    @NotBlank String label,
    @NotBlank String numerator,
    @NotBlank String denominator,
    @NotBlank String source) {}
