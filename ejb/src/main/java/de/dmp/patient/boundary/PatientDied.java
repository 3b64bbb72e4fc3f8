package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import java.time.LocalDate;

/** A patient's death was recorded, in the transaction that records it. */
public record PatientDied(Patient patient, LocalDate diedOn) {}
