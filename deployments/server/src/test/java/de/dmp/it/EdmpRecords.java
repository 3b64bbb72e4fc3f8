package de.dmp.it;

import de.dmp.demo.boundary.DemoData;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.entity.DocumentType;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Records an eDMP file is made from: a practice with address and phone, its doctor with LANR, an
 * insured patient with address and insured status, documented on {@link TestData#STARTED}.
 */
@Dependent
public class EdmpRecords {

  @Inject private TestData data;
  @Inject private Practices practices;
  @Inject private Patients patients;
  @Inject private Documentations documentations;

  /** A practice, its doctor, and a patient of it, with what an eDMP file's header needs. */
  public record Site(Clinic clinic, Practitioner doctor, Patient patient, Insurer insurer) {}

  public Site site() {
    Clinic clinic = data.clinic();
    Practitioner doctor =
        TestData.as(
            DemoData.ADMIN,
            () -> {
              practices.locatePractice(
                  clinic.practice().getId(),
                  new PostalAddress("Ottostr.", "1", "50859", "Köln"),
                  "(0221)4449-0");
              return practices.registerPractitioner(
                  TestData.digits(9), "Müller", "Anette", clinic.practice().getId());
            });
    return clinic.doctor(
        () -> {
          Insurer insurer = data.insurer();
          Patient patient = data.insuredPatient(insurer);
          patients.recordResidence(
              patient.getId(), new PostalAddress("Lindenallee", "4a", "50968", "Köln"), "1");
          return new Site(clinic, doctor, patient, insurer);
        });
  }

  /**
   * The enrolment's initial documentation, by the doctor (none where null): complete with sample
   * values, or an empty draft. Call it as a user of the practice.
   */
  public Documentation document(Enrolment enrolment, Long practitionerId, boolean complete) {
    var visit =
        new VisitDocumentation(
            enrolment.getPatient().getId(),
            practitionerId,
            TestData.STARTED,
            List.of(
                new ProgrammeDocumentation(
                    enrolment.getId(),
                    complete
                        ? data.sample(enrolment, DocumentType.ED, TestData.STARTED)
                        : Map.of())));
    return (complete ? documentations.documentVisit(visit) : documentations.saveDraft(visit))
        .get(0);
  }
}
