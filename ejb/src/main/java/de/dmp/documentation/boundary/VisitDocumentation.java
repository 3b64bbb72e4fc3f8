package de.dmp.documentation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Everything documented at one visit: one entry per programme the patient is enrolled in. */
public record VisitDocumentation(
    @NotNull(message = "The patient is required.") Long patientId,
    Long practitionerId,
    @NotNull(message = "The documentation date is required.")
        @PastOrPresent(message = "The documentation date must not be in the future.")
        LocalDate date,
    @NotEmpty(message = "Document at least one programme.")
        List<@NotNull @Valid ProgrammeDocumentation> programmes)
    implements Serializable {}
