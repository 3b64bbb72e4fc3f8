package de.dmp.fhir.enrolment;

import de.dmp.enrolment.entity.Enrolment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;

/**
 * The confirmed diagnosis an enrolment rests on, as Condition (ICD-10-GM); it shares the
 * enrolment's id, as every enrolment has exactly one.
 */
public final class ConditionTranslator {

  public static final String ICD10_SYSTEM = "http://fhir.de/CodeSystem/bfarm/icd-10-gm";
  static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

  private ConditionTranslator() {}

  public static String reference(Enrolment enrolment) {
    return "Condition/" + enrolment.getId();
  }

  public static Condition toFhirResource(Enrolment enrolment) {
    var condition = new Condition();
    condition.setId(String.valueOf(enrolment.getId()));
    condition.setSubject(new Reference("Patient/" + enrolment.getPatient().getId()));
    condition.setCode(
        new CodeableConcept(new Coding(ICD10_SYSTEM, enrolment.getDiagnosisCode(), null)));
    condition.getVerificationStatus().addCoding(new Coding(VERIFICATION, "confirmed", null));
    condition.addCategory(
        new CodeableConcept(new Coding(CATEGORY, "problem-list-item", "Problem List Item")));
    condition.setOnset(new DateTimeType(enrolment.getDiagnosisDate().toString()));
    return condition;
  }
}
