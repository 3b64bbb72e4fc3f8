package de.dmp.patient.boundary;

import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;

/** Registering and finding patients. */
@Stateless
public class Patients {

  /** The largest page a caller may ask for, so that no request loads a whole population. */
  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Practices practices;

  /**
   * Registers a person once: a second registration with the same insurer and insurance number is
   * refused, naming the existing record.
   */
  public Patient register(@NotNull @Valid NewPatient newPatient) {
    Patient patient = newPatient.toPatient();
    if (newPatient.getInsurerId() != null) {
      Insurer insurer = practices.insurer(newPatient.getInsurerId());
      String number = newPatient.getInsuranceNumber();
      Records.refuseTaken(
          em.createNamedQuery(Patient.FIND_BY_INSURANCE, Patient.class)
              .setParameter("insurerId", insurer.getId())
              .setParameter("number", number),
          Patient::getId,
          "Patient with insurance number",
          number);
      patient.insure(insurer, number);
    }
    em.persist(patient);
    return patient;
  }

  /** The patient, or NotFoundException. */
  public Patient patient(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("patient", id));
  }

  public Optional<Patient> find(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  /**
   * One page of the patients whose family name starts with the prefix, ignoring case, ordered by
   * name; the empty prefix matches everyone.
   */
  public List<Patient> findByFamilyPrefix(
      @NotNull String prefix, @PositiveOrZero int first, @Max(MAX_PAGE_SIZE) int max) {
    return em.createNamedQuery(Patient.FIND_BY_FAMILY_PREFIX, Patient.class)
        .setParameter("prefix", Patient.familyPrefixPattern(prefix))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countByFamilyPrefix(@NotNull String prefix) {
    return em.createNamedQuery(Patient.COUNT_BY_FAMILY_PREFIX, Long.class)
        .setParameter("prefix", Patient.familyPrefixPattern(prefix))
        .getSingleResult();
  }
}
