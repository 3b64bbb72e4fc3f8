package de.dmp.documentation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Everything documented at one visit: one entry per programme the patient is enrolled in. */
public record VisitDocumentation(
    @NotNull(message = "{dmp.patient.required}") Long patientId,
    Long practitionerId,
    @NotNull(message = "{dmp.documentation.date.required}") LocalDate date,
    @NotEmpty(message = "{dmp.documentation.programmes.required}")
        List<@NotNull @Valid ProgrammeDocumentation> programmes)
    implements Serializable {}
