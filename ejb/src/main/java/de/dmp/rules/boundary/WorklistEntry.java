package de.dmp.rules.boundary;

import de.dmp.rules.entity.Verdict;
import java.io.Serializable;
import java.time.LocalDate;

/** One thing to do for one patient, with the rule's verdict today. */
public record WorklistEntry(
    long patientId,
    String familyName,
    String givenName,
    LocalDate birthDate,
    long enrolmentId,
    String programmeCode,
    Verdict verdict)
    implements Serializable {}
