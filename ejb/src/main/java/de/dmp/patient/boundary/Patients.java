package de.dmp.patient.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.control.PatientErasure;
import de.dmp.patient.entity.CareRelation;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registering, finding and erasing patients. Doctors and staff reach the patients their practice
 * cares for, insurers their members with a valid consent; every access is audited.
 */
@Stateless
public class Patients {

  /** The largest page a caller may ask for, so that no request loads a whole population. */
  public static final int MAX_PAGE_SIZE = 500;

  private static final String RESOURCE = "Patient";

  @PersistenceContext private EntityManager em;
  @Inject private Practices practices;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private PatientErasure erasure;
  @Inject private Clock clock;
  @Inject private Event<PatientDied> died;

  /**
   * Registers a person for the caller's practice. One person is one record: when another practice
   * already registered the same insurer and insurance number with the same date of birth, the
   * caller's practice is linked to that record instead; anything else with that number is refused.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Patient register(@NotNull @Valid NewPatient newPatient) {
    Caller caller = access.caller();
    Insurer insurer =
        newPatient.getInsurerId() == null ? null : practices.insurer(newPatient.getInsurerId());
    Optional<Patient> existing =
        insurer == null ? Optional.empty() : insuredAs(insurer, newPatient.getInsuranceNumber());
    if (existing.isPresent()) {
      return linkExisting(caller, existing.get(), newPatient);
    }
    Patient patient = newPatient.toPatient();
    if (insurer != null) {
      patient.insure(insurer, newPatient.getInsuranceNumber());
    }
    em.persist(patient);
    careFor(caller, patient);
    recordDeath(patient, newPatient.getDiedOn());
    audit.record(caller, AuditAction.CREATE, RESOURCE, patient.getId(), patient.getId(), null);
    return patient;
  }

  /**
   * Checks a new patient as {@link #register} would (every field, the insurer), storing nothing:
   * refused with the same exceptions.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public void check(@NotNull @Valid NewPatient newPatient) {
    if (newPatient.getInsurerId() != null) {
      practices.insurer(newPatient.getInsurerId());
    }
  }

  private Optional<Patient> insuredAs(Insurer insurer, String insuranceNumber) {
    return em.createNamedQuery(Patient.FIND_BY_INSURANCE, Patient.class)
        .setParameter("insurerId", insurer.getId())
        .setParameter("number", insuranceNumber)
        .getResultStream()
        .findFirst();
  }

  private Patient linkExisting(Caller caller, Patient existing, NewPatient newPatient) {
    boolean cared =
        em.createNamedQuery(CareRelation.COUNT_BY_PATIENT_AND_PRACTICE, Long.class)
                .setParameter("patientId", existing.getId())
                .setParameter("practiceId", caller.practiceId())
                .getSingleResult()
            > 0;
    if (cared) {
      throw new AlreadyRegisteredException(
          "registered.patient", newPatient.getInsuranceNumber(), existing.getId());
    }
    if (!existing.getBirthDate().equals(newPatient.getBirthDate())) {
      throw new AlreadyRegisteredException(
          "registered.otherPerson", newPatient.getInsuranceNumber());
    }
    careFor(caller, existing);
    audit.record(
        caller,
        AuditAction.UPDATE,
        RESOURCE,
        existing.getId(),
        existing.getId(),
        "linked to practice");
    return existing;
  }

  private void careFor(Caller caller, Patient patient) {
    em.persist(new CareRelation(patient, practices.practice(caller.practiceId()), clock.instant()));
  }

  /**
   * Corrects name, date of birth, sex, phone, e-mail and address of a patient the caller's practice
   * cares for, and records the insurance when one is given (a FHIR update replaces the whole
   * record), an insurance cannot be removed; refused with {@link ConcurrentChangeException} unless
   * the record is still at {@code expectedVersion}.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Patient correctIdentity(
      long id, long expectedVersion, @NotNull @Valid NewPatient identity) {
    Patient patient = Records.require(em, Patient.class, id, "patient");
    Caller caller = access.requirePatient(id, "correct patient " + id);
    if (patient.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("concurrent.patient", id);
    }
    patient.correctIdentity(
        identity.getFamilyName(),
        identity.getGivenName(),
        identity.getBirthDate(),
        identity.getSex());
    patient.setContact(identity.getPhone(), identity.getEmail());
    patient.moveTo(identity.getAddress());
    recordDeath(patient, identity.getDiedOn());
    if (identity.getInsurerId() != null) {
      insureAs(patient, practices.insurer(identity.getInsurerId()), identity.getInsuranceNumber());
    } else if (patient.isInsured()) {
      throw new IllegalTransitionException("insurance.kept", id);
    }
    em.flush();
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, id, "identity corrected");
    return patient;
  }

  /**
   * Corrects the master data the practice keeps on the chart: name, date of birth, sex, phone,
   * address and insured status (the e-mail and the insurance stay as they are); refused with {@link
   * ConcurrentChangeException} unless the record is still at {@code expectedVersion}.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Patient correctMasterData(
      long id, long expectedVersion, @NotNull @Valid MasterData masterData) {
    Patient patient = Records.require(em, Patient.class, id, "patient");
    Caller caller = access.requirePatient(id, "correct the master data of patient " + id);
    if (patient.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("concurrent.patient", id);
    }
    patient.correctIdentity(
        masterData.getFamilyName(),
        masterData.getGivenName(),
        masterData.getBirthDate(),
        masterData.getSex());
    patient.setContact(masterData.getPhone(), patient.getEmail());
    patient.recordResidence(masterData.toAddress(), masterData.getInsuredStatus());
    em.flush();
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, id, "master data corrected");
    return patient;
  }

  /** A newly reported death ends the patient's enrolments (see {@link PatientDied}). */
  private void recordDeath(Patient patient, LocalDate diedOn) {
    if (patient.recordDeath(diedOn)) {
      died.fire(new PatientDied(patient, diedOn));
    }
  }

  /**
   * Records or corrects a patient's statutory insurance, which enrolment needs; refused when that
   * insurer already has another person with the number, or the record changed meanwhile.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Patient insure(long id, long expectedVersion, @NotNull @Valid Insurance insurance) {
    Patient patient = Records.require(em, Patient.class, id, "patient");
    Caller caller = access.requirePatient(id, "insure patient " + id);
    if (patient.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("concurrent.patient", id);
    }
    insureAs(patient, practices.insurer(insurance.getInsurerId()), insurance.getInsuranceNumber());
    em.flush();
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, id, "insurance recorded");
    return patient;
  }

  /** Refused when that insurer already has another person with the number. */
  private void insureAs(Patient patient, Insurer insurer, String number) {
    if (insuredAs(insurer, number)
        .filter(other -> !other.getId().equals(patient.getId()))
        .isPresent()) {
      throw new AlreadyRegisteredException("registered.otherPerson", number);
    }
    patient.insure(insurer, number);
  }

  /**
   * Records the patient's address and insured status (Versichertenart: 1 member, 3 family member, 5
   * pensioner) from the insurance card, as the eDMP file's header carries them.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Patient recordResidence(
      long id,
      @NotNull(message = "{dmp.address.city.required}") @Valid PostalAddress address,
      @NotNull(message = "{dmp.patient.insuredStatus.pattern}")
          @Pattern(regexp = "[135]", message = "{dmp.patient.insuredStatus.pattern}")
          String insuredStatus) {
    Patient patient = Records.require(em, Patient.class, id, "patient");
    Caller caller = access.requirePatient(id, "record the address of patient " + id);
    patient.recordResidence(address, insuredStatus);
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, id, "address recorded");
    return patient;
  }

  /** The patient, or NotFoundException; AccessDeniedException for someone else's patient. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public Patient patient(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("patient", id));
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public Optional<Patient> find(long id) {
    Optional<Patient> found =
        em.createNamedQuery(Patient.FIND_WITH_INSURER, Patient.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return found;
    }
    Patient patient = found.get();
    Caller caller = access.requirePatient(id, "read patient " + id);
    audit.record(caller, AuditAction.READ, RESOURCE, id, id, null);
    return Optional.of(patient);
  }

  /** One page of the caller's patients the search finds, ordered by name. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Patient> find(
      @NotNull PatientSearch search, @PositiveOrZero int first, @Max(MAX_PAGE_SIZE) int max) {
    Caller caller = access.caller();
    List<Patient> page =
        search
            .find(em, caller.isPracticeMember(), access.patientScope(caller))
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return audited(caller, search.describe(), page);
  }

  /**
   * The practice's patients a new registration may duplicate: the same name and date of birth, or
   * the same KVNR; for the user to open the existing record instead.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public List<Patient> lookAlikes(@NotNull NewPatient newPatient) {
    Caller caller = access.caller();
    List<Patient> found =
        em.createNamedQuery(Patient.FIND_LOOK_ALIKES_IN_PRACTICE, Patient.class)
            .setParameter("scopeId", access.patientScope(caller))
            .setParameter("family", lowerStripped(newPatient.getFamilyName()))
            .setParameter("given", lowerStripped(newPatient.getGivenName()))
            .setParameter("birthDate", newPatient.getBirthDate())
            .setParameter("number", newPatient.getInsuranceNumber())
            .getResultList();
    return audited(caller, "look-alikes of a new patient", found);
  }

  private static String lowerStripped(String text) {
    return text == null ? null : text.strip().toLowerCase();
  }

  /**
   * The caller's patients with an insurance number (KVNR), with their insurer: one, or none; two
   * only if two insurers gave the same number.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Patient> findByInsuranceNumber(@NotBlank String number) {
    Caller caller = access.caller();
    List<Patient> found =
        scoped(
                caller,
                Patient.FIND_IN_PRACTICE_BY_INSURANCE_NUMBER,
                Patient.FIND_OF_INSURER_BY_INSURANCE_NUMBER,
                Patient.class)
            .setParameter("number", number.strip())
            .getResultList();
    return audited(caller, "insurance number", found);
  }

  /** The query over the patients the caller reaches: the practice's, or the insurer's members. */
  private <T> TypedQuery<T> scoped(
      Caller caller, String inPractice, String ofInsurer, Class<T> resultType) {
    return em.createNamedQuery(caller.isPracticeMember() ? inPractice : ofInsurer, resultType)
        .setParameter("scopeId", access.patientScope(caller));
  }

  /** Audits a search with the ids it found (never the search terms, which may name a person). */
  private List<Patient> audited(Caller caller, String search, List<Patient> found) {
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        null,
        null,
        search + ", results " + found.stream().map(Patient::getId).toList());
    return found;
  }

  /** How many of the caller's patients the search finds. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public long count(@NotNull PatientSearch search) {
    Caller caller = access.caller();
    return search
        .count(em, caller.isPracticeMember(), access.patientScope(caller))
        .getSingleResult();
  }

  /**
   * Erases the patient on request or at the end of the retention period: every clinical record
   * goes; the audit trail keeps that it happened, with the reason, and no clinical content.
   */
  @RolesAllowed(Role.DOCTOR_NAME)
  public void erase(
      long id, @NotNull(message = "{dmp.patient.erasure.reason.required}") ErasureReason reason) {
    Patient patient = em.find(Patient.class, id);
    if (patient == null) {
      throw new NotFoundException("patient", id);
    }
    Caller caller = access.requirePatient(id, "erase patient " + id);
    int removed = erasure.erase(patient);
    audit.record(
        caller, AuditAction.DELETE, RESOURCE, id, id, "erased " + removed + " records: " + reason);
  }
}
