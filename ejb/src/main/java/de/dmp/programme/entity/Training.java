package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** A patient training (Schulung) the programme offers, with its optional English label. */
public record Training(
    @NotBlank String code,
    @NotBlank String label,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String labelEn)
    implements Serializable {}
