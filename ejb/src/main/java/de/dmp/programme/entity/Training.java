package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;

/** A patient training (Schulung) the programme offers. */
public record Training(@NotBlank String code, @NotBlank String label) {}
