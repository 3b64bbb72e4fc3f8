package de.dmp.edmp.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.control.EdmpOutput;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The eDMP file of a stored documentation, for whoever may read the documentation: the practice's
 * doctors and staff, and the insurer of a consenting member.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
public class EdmpFiles {

  private static final String RESOURCE = "EdmpFile";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private EdmpOutput output;

  /**
   * The file in the interface version in force on the documentation's day.
   *
   * @throws EdmpRefusedException for a draft, a programme without an interface version on that day,
   *     or records that lack what the file's header requires
   */
  public DocumentationFile file(long documentationId) {
    Documentation documentation =
        Optional.ofNullable(
                em.find(Documentation.class, documentationId, Documentation.withContext(em)))
            .orElseThrow(() -> new NotFoundException("documentation", documentationId));
    Caller caller =
        access.requireDocumentation(documentation, "read the eDMP file of " + documentationId);
    if (documentation.isDraft()) {
      throw new EdmpRefusedException("edmp.draft", documentationId);
    }
    EdmpFile file = output.write(documentation);
    audit.record(
        caller,
        AuditAction.READ,
        RESOURCE,
        documentationId,
        documentation.getEnrolment().getPatient().getId(),
        file.name());
    return new DocumentationFile(documentation, file);
  }

  /**
   * The files of the patient's documentations the caller may read, oldest first: every complete one
   * of a programme with an interface version on its day (drafts and breast cancer have none),
   * documented on a day the filter accepts (a FHIR period); only those files are written.
   *
   * @throws EdmpRefusedException when the records lack what a file's header requires
   */
  public List<DocumentationFile> forPatient(long patientId, Predicate<LocalDate> documentedOn) {
    Caller caller = access.requirePatient(patientId, "read the eDMP files of patient " + patientId);
    List<DocumentationFile> files =
        Documentation.withContext(em, Documentation.FIND_BY_PATIENT)
            .setParameter("patientId", patientId)
            .getResultStream()
            .filter(d -> !d.isDraft() && documentedOn.test(d.getDocumentedOn()))
            .filter(d -> access.mayRead(caller, d) && output.writes(d))
            .map(d -> new DocumentationFile(d, output.write(d)))
            .toList();
    audit.record(caller, AuditAction.SEARCH, RESOURCE, null, patientId, files.size() + " results");
    return files;
  }
}
