package de.dmp.security.control;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.identity.control.CurrentCaller;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.security.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The data-level half of access control (roles are checked by {@code @RolesAllowed}): doctors and
 * staff reach the patients of their own practice, insurers their own insured members with a valid
 * consent. Every refusal is audited, in its own transaction.
 */
@Dependent
public class AccessPolicy {

  @Inject private EntityManager em;
  @Inject private CurrentCaller current;
  @Inject private AuditLog auditLog;

  /** The logged-in user; a principal without an active account is refused. */
  public Caller caller() {
    return current
        .find()
        .orElseThrow(() -> new AccessDeniedException("use the system without an active account"));
  }

  /** Refuses the caller unless the patient is theirs to see. */
  public Caller requirePatient(long patientId, String what) {
    Caller caller = caller();
    if (!reaches(caller, patientId)) {
      throw refused(caller, "Patient", patientId, patientId, what);
    }
    return caller;
  }

  /** Refuses the caller unless the record belongs to their own practice. */
  public Caller requirePractice(
      long practiceId, String resourceType, Object resourceId, Long patientId, String what) {
    Caller caller = caller();
    if (!caller.isPracticeMember() || !caller.practiceId().equals(practiceId)) {
      throw refused(caller, resourceType, resourceId, patientId, what);
    }
    return caller;
  }

  /**
   * Refuses the caller unless the enrolment is theirs: for doctors and staff, one of their
   * practice; for insurers, of a member they reach, and only to read.
   */
  public Caller requireEnrolment(Enrolment enrolment, boolean write, String what) {
    Caller caller = caller();
    boolean allowed =
        caller.isPracticeMember()
            ? caller.practiceId().equals(enrolment.getPractice().getId())
            : !write && caller.is(Role.INSURER) && reaches(caller, enrolment.getPatient().getId());
    if (!allowed) {
      throw refused(caller, "Enrolment", enrolment.getId(), enrolment.getPatient().getId(), what);
    }
    return caller;
  }

  /**
   * Refuses the caller unless the documentation is theirs to read: their practice's, or for the
   * insurer one that flows to it (complete, made under a valid consent, of a member it reaches).
   */
  public Caller requireDocumentation(Documentation documentation, String what) {
    Caller caller = caller();
    long patientId = documentation.getEnrolment().getPatient().getId();
    if (!mayRead(caller, documentation)
        || (!caller.isPracticeMember() && !reaches(caller, patientId))) {
      throw refused(caller, "Documentation", documentation.getId(), patientId, what);
    }
    return caller;
  }

  /**
   * Whether a documentation of a patient the caller reaches is theirs to read: doctors and staff
   * read their practice's, insurers what flows to them ({@link
   * Documentation#isSharedWithInsurer()}).
   */
  public boolean mayRead(Caller caller, Documentation documentation) {
    return caller.isPracticeMember()
        ? caller.practiceId().equals(documentation.getEnrolment().getPractice().getId())
        : caller.is(Role.INSURER) && documentation.isSharedWithInsurer();
  }

  /**
   * Whether an enrolment of a patient the caller reaches is theirs to read: doctors and staff read
   * their practice's, insurers all of their member's.
   */
  public boolean mayRead(Caller caller, Enrolment enrolment) {
    return caller.isPracticeMember()
        ? caller.practiceId().equals(enrolment.getPractice().getId())
        : caller.is(Role.INSURER);
  }

  /** Refuses the caller unless they are a user of that insurer. */
  public Caller requireInsurer(long insurerId, String what) {
    Caller caller = caller();
    if (!caller.is(Role.INSURER) || !caller.insurerId().equals(insurerId)) {
      throw refused(caller, "Group", "insurer-" + insurerId, null, what);
    }
    return caller;
  }

  /** Audits the refusal in its own transaction and gives the exception to throw. */
  private AccessDeniedException refused(
      Caller caller, String resourceType, Object resourceId, Long patientId, String what) {
    auditLog.denied(resourceType, String.valueOf(resourceId), patientId, what);
    return new AccessDeniedException(what);
  }

  /** The practice or insurer whose patients the caller reaches; admins reach no patient. */
  public long patientScope(Caller caller) {
    if (caller.isPracticeMember()) {
      return caller.practiceId();
    }
    if (caller.is(Role.INSURER)) {
      return caller.insurerId();
    }
    throw new AccessDeniedException("see patient data");
  }

  boolean reaches(Caller caller, long patientId) {
    if (caller.is(Role.ADMIN)) {
      return false;
    }
    String query =
        caller.isPracticeMember()
            ? Patient.COUNT_REACHED_BY_PRACTICE
            : Patient.COUNT_REACHED_BY_INSURER;
    return em.createNamedQuery(query, Long.class)
            .setParameter("patientId", patientId)
            .setParameter("scopeId", patientScope(caller))
            .getSingleResult()
        > 0;
  }
}
