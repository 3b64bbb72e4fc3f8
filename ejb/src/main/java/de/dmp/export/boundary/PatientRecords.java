package de.dmp.export.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.export.control.PatientRecordLoader;
import de.dmp.identity.entity.Caller;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Everything of one patient that the caller may see, e.g. for FHIR {@code $everything}. */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
public class PatientRecords {

  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private PatientRecordLoader records;

  public RecordPage everything(long patientId) {
    Caller caller = access.requirePatient(patientId, "read the record of patient " + patientId);
    RecordPage record = records.load(caller, List.of(patientId), "", Instant.EPOCH);
    audit.record(
        caller,
        AuditAction.READ,
        "Patient",
        patientId,
        patientId,
        "everything: "
            + record.enrolments().size()
            + " enrolments, "
            + record.documentations().size()
            + " documentations");
    return record;
  }
}
