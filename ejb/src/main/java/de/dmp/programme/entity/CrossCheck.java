package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A plausibility rule across two quantities: {@code greater} must exceed {@code than}; {@code
 * messageEn} is the optional English text of the English UI.
 */
public record CrossCheck(
    @NotBlank String code,
    @NotBlank String greater,
    @NotBlank String than,
    @NotBlank String message,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String messageEn) {}
