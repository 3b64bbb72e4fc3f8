package de.dmp.rules.boundary;

import de.dmp.followup.entity.AppointmentKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up for the staff to arrange with the patient, labelled in German and English. */
public record RecallEntry(
    long appointmentId,
    long patientId,
    String familyName,
    String givenName,
    String phone,
    String programmeCode,
    AppointmentKind kind,
    String label,
    String labelEn,
    LocalDate dueOn,
    boolean overdue)
    implements Serializable {}
