package de.dmp.edmp.boundary;

import de.dmp.edmp.control.EdmpImporter;
import de.dmp.edmp.control.ImportArchive;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.Records;
import de.dmp.practice.entity.Practice;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Import of eDMP files from other software, for a practice that switches to this system: a doctor
 * imports into their own practice, an administrator into the practice they choose. One transaction:
 * a refused file stores nothing of the whole import.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.ADMIN_NAME})
public class EdmpImports {

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private EdmpImporter importer;

  /**
   * Imports the uploads (eDMP files or zip archives of them) into the practice: the caller's own
   * for a doctor ({@code practiceId} null or theirs), the one given for an administrator.
   *
   * @throws EdmpRefusedException naming the file, the element and why, when a file cannot be
   *     imported, or for an archive too large
   */
  public ImportResult importFiles(Long practiceId, List<ImportFile> uploads) {
    Caller caller = access.caller();
    long target =
        practiceId == null && caller.isPracticeMember()
            ? caller.practiceId()
            : practice(caller, practiceId);
    Practice practice = Records.require(em, Practice.class, target, "practice");
    return importer.importFiles(
        caller, practice, ImportArchive.files(uploads == null ? List.of() : uploads));
  }

  private long practice(Caller caller, Long practiceId) {
    if (practiceId == null) {
      throw new EdmpRefusedException("edmp.import.practice");
    }
    if (caller.isPracticeMember()) {
      access.requirePractice(
          practiceId, "Practice", practiceId, null, "import into another practice");
    }
    return practiceId;
  }
}
