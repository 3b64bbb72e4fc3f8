package de.dmp.enrolment.boundary;

import de.dmp.programme.entity.DocumentationInterval;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;

/** What the enrolment wizard collects: programme, diagnosis, consent, interval, start. */
public record EnrolmentRequest(
    @NotNull(message = "The patient is required.") Long patientId,
    @NotNull(message = "The practice is required.") Long practiceId,
    @NotBlank(message = "The programme is required.") String programmeCode,
    @NotBlank(message = "The diagnosis (ICD-10-GM) is required.")
        @Pattern(
            regexp = "[A-Z]\\d{2}(\\.\\d{1,2})?[A-Z!+*#]?",
            message = "The diagnosis must be an ICD-10-GM code such as E11.9.")
        String diagnosisCode,
    @NotNull(message = "The date of the diagnosis is required.")
        @PastOrPresent(message = "The diagnosis date must not be in the future.")
        LocalDate diagnosisDate,
    @PastOrPresent(message = "The consent cannot be signed in the future.")
        LocalDate consentSignedOn,
    @NotNull(message = "The documentation interval is required.") DocumentationInterval interval,
    @NotNull(message = "The start date is required.")
        @PastOrPresent(message = "An enrolment cannot start in the future.")
        LocalDate startedOn)
    implements Serializable {}
