package de.dmp.export.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import java.time.Instant;
import java.util.List;

/**
 * The records of some patients: a page of an export, or one patient's whole record. The patients,
 * and of them the enrolments and documentations the caller may see, loaded with what a translation
 * reads. Only what changed since a point in time is to be written; what depends on several records
 * (the coverage's DMP markers) needs the unchanged ones too, which is why they are all here.
 */
public record RecordPage(
    Instant since,
    List<Patient> patients,
    List<Enrolment> enrolments,
    List<Documentation> documentations) {

  /** Whether a record last updated then is to be written. */
  public boolean changed(Instant updatedAt) {
    return !updatedAt.isBefore(since);
  }
}
