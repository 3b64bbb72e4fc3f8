package de.dmp.rules.boundary;

import de.dmp.followup.entity.AppointmentKind;
import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up for the staff to arrange with the patient. */
public record RecallEntry(
    long appointmentId,
    long patientId,
    String familyName,
    String givenName,
    String phone,
    String programmeCode,
    AppointmentKind kind,
    String label,
    LocalDate dueOn,
    boolean overdue)
    implements Serializable {}
