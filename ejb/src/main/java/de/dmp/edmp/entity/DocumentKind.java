package de.dmp.edmp.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * How an interface version names one document type: the {@code document_type_cd} code and display
 * name, and the file extension (e.g. {@code EDMP_DIABETES2_EE}, {@code EED2}).
 */
public record DocumentKind(
    @NotBlank String code,
    @NotBlank String name,
    @NotBlank @Pattern(regexp = "[A-Z0-9]+") String extension) {}
