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
    @NotNull(message = "{dmp.patient.required}") Long patientId,
    @NotNull(message = "{dmp.practice.required}") Long practiceId,
    @NotBlank(message = "{dmp.programme.required}") String programmeCode,
    @NotBlank(message = "{dmp.enrolment.diagnosis.required}")
        @Pattern(
            regexp = "[A-Z]\\d{2}(\\.\\d{1,2})?[A-Z!+*#]?",
            message = "{dmp.enrolment.diagnosis.pattern}")
        String diagnosisCode,
    @NotNull(message = "{dmp.enrolment.diagnosedOn.required}")
        @PastOrPresent(message = "{dmp.enrolment.diagnosedOn.past}")
        LocalDate diagnosisDate,
    @PastOrPresent(message = "{dmp.enrolment.consent.signedOn.past}") LocalDate consentSignedOn,
    @NotNull(message = "{dmp.enrolment.interval.required}") DocumentationInterval interval,
    @NotNull(message = "{dmp.enrolment.start.required}")
        @PastOrPresent(message = "{dmp.enrolment.start.past}")
        LocalDate startedOn)
    implements Serializable {}
