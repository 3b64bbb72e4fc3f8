package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** A parameter is required when another parameter has one of the given values. */
public record RequiredWhen(@NotBlank String parameter, @NotEmpty List<@NotBlank String> in) {}
