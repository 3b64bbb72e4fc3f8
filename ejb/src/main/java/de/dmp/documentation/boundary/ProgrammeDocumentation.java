package de.dmp.documentation.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Map;

/**
 * The values documented for one enrolment at a visit, by parameter code (see {@code ParameterValue}
 * for how values are written).
 */
public record ProgrammeDocumentation(
    @NotNull(message = "{dmp.enrolment.required}") Long enrolmentId,
    @NotNull(message = "{dmp.documentation.values.required}") Map<String, String> values)
    implements Serializable {}
