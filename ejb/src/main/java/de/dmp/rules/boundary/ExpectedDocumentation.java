package de.dmp.rules.boundary;

import de.dmp.platform.time.Quarter;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One documentation the practice owes for a quarter, with its state and deadlines: first delivery
 * 10 days, corrections 52 days after the quarter's end. {@code documentationId} is null while due.
 */
public record ExpectedDocumentation(
    Quarter quarter,
    long patientId,
    String familyName,
    String givenName,
    long enrolmentId,
    String programmeCode,
    DocumentationState state,
    Long documentationId,
    LocalDate documentedOn,
    LocalDate sentOn,
    int errors,
    LocalDate deliveryDeadline,
    LocalDate correctionDeadline)
    implements Serializable {}
