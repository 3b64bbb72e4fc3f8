package de.dmp.export.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.export.boundary.RecordPage;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.security.control.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Loads the records of some patients that a caller may see, in three queries, with what a
 * translation reads: the patients with their insurers, their enrolments, their documentations. The
 * caller must reach the patients; the callers check that.
 */
@Dependent
public class PatientRecordLoader {

  @Inject private EntityManager em;
  @Inject private AccessPolicy access;

  /**
   * @param programme only this programme's enrolments and documentations, or all when ''
   * @param since from when on records count as changed
   */
  public RecordPage load(Caller caller, List<Long> ids, String programme, Instant since) {
    List<Patient> patients =
        em.createNamedQuery(Patient.FIND_BY_IDS, Patient.class)
            .setParameter("ids", ids)
            .getResultList();
    List<Enrolment> enrolments =
        em.createNamedQuery(Enrolment.FIND_BY_PATIENTS, Enrolment.class)
            .setParameter("patientIds", ids)
            .getResultStream()
            .filter(e -> access.mayRead(caller, e) && inProgramme(e, programme))
            .toList();
    List<Documentation> documentations =
        Documentation.withContext(em, Documentation.FIND_BY_PATIENTS)
            .setParameter("patientIds", ids)
            .getResultStream()
            .filter(d -> access.mayRead(caller, d) && inProgramme(d.getEnrolment(), programme))
            .toList();
    return new RecordPage(since, patients, enrolments, documentations);
  }

  private static boolean inProgramme(Enrolment enrolment, String programme) {
    return programme.isEmpty() || enrolment.getProgrammeCode().equals(programme);
  }
}
