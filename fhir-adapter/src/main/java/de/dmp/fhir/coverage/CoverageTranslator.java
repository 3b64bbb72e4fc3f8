package de.dmp.fhir.coverage;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.enrolment.EpisodeOfCareTranslator;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.patient.entity.Patient;
import de.dmp.practice.entity.Insurer;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Coverage.CoverageStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * The patient's statutory insurance as Coverage (one per patient, sharing the patient's id): the
 * insurer as payor, the insurance number (KVNR) as subscriber id, and a DMP marker ({@code
 * dmp-kennzeichen} of the German base profiles) for each programme the patient takes part in.
 */
public final class CoverageTranslator {

  public static final String DMP_MARKER_EXTENSION =
      "http://fhir.de/StructureDefinition/gkv/dmp-kennzeichen";
  static final String INSURANCE_TYPES = "http://fhir.de/CodeSystem/versicherungsart-de-basis";

  private CoverageTranslator() {}

  /**
   * @param programmes the programmes of the patient's participating enrolments
   */
  /**
   * The coverage of an insured patient with a DMP marker for each enrolment taking part (active or
   * suspended), the programme of an enrolment as {@code programmeOf} gives it.
   */
  public static Coverage toFhirResource(
      Patient patient,
      List<Enrolment> enrolments,
      Function<Enrolment, ProgrammeDefinition> programmeOf) {
    return toFhirResource(
        patient, enrolments.stream().filter(Enrolment::isParticipating).map(programmeOf).toList());
  }

  public static Coverage toFhirResource(Patient patient, List<ProgrammeDefinition> programmes) {
    Insurer insurer = patient.getInsurer();
    var coverage = new Coverage();
    coverage.setId(String.valueOf(patient.getId()));
    coverage.setStatus(CoverageStatus.ACTIVE);
    coverage.setType(
        new CodeableConcept(new Coding(INSURANCE_TYPES, "GKV", "gesetzliche Krankenversicherung")));
    coverage.setBeneficiary(new Reference("Patient/" + patient.getId()));
    coverage.setSubscriberId(patient.getInsuranceNumber());
    coverage.addPayor(
        new Reference(OrganizationTranslator.insurerReference(insurer.getId()))
            .setDisplay(insurer.getName())
            .setIdentifier(
                new Identifier()
                    .setSystem(OrganizationTranslator.IK_SYSTEM)
                    .setValue(insurer.getInstitutionCode())));
    for (ProgrammeDefinition programme : programmes) {
      coverage.addExtension(
          DMP_MARKER_EXTENSION,
          new Coding(
              EpisodeOfCareTranslator.DMP_SYSTEM, programme.dmpIndicator(), programme.title()));
    }
    return coverage;
  }
}
