package de.dmp.therapy.boundary;

import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A new version of a therapy plan as the doctor agreed it with the patient. */
public record TherapyPlanDraft(
    @NotNull(message = "{dmp.therapy.plan.start.required}") LocalDate validFrom,
    @NotNull List<@NotNull @Valid Goal> goals,
    @NotNull List<@NotNull @Valid Medication> medications,
    @NotNull List<@NotNull @Valid Measure> measures) {}
