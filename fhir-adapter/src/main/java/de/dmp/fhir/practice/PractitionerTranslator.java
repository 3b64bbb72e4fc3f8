package de.dmp.fhir.practice;

import de.dmp.practice.entity.Practitioner;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * A doctor as Practitioner, identified by the LANR (lifetime doctor number), and the doctor's work
 * at the practice as PractitionerRole, which shares the doctor's id.
 */
public final class PractitionerTranslator {

  public static final String LANR_SYSTEM = "https://fhir.kbv.de/NamingSystem/KBV_NS_Base_ANR";

  private PractitionerTranslator() {}

  public static org.hl7.fhir.r4.model.Practitioner toFhirResource(Practitioner doctor) {
    var practitioner = new org.hl7.fhir.r4.model.Practitioner();
    practitioner.setId(String.valueOf(doctor.getId()));
    practitioner.setActive(true);
    var identifier = practitioner.addIdentifier().setSystem(LANR_SYSTEM).setValue(doctor.getLanr());
    identifier
        .getType()
        .addCoding(new Coding(OrganizationTranslator.IDENTIFIER_TYPES, "LANR", null));
    practitioner
        .addName()
        .setUse(NameUse.OFFICIAL)
        .setFamily(doctor.getFamilyName())
        .addGiven(doctor.getGivenName());
    return practitioner;
  }

  public static PractitionerRole toRole(Practitioner doctor) {
    var role = new PractitionerRole();
    role.setId(String.valueOf(doctor.getId()));
    role.setActive(true);
    role.setPractitioner(new Reference("Practitioner/" + doctor.getId()));
    role.setOrganization(
        new Reference(OrganizationTranslator.practiceReference(doctor.getPractice().getId())));
    role.addCode(
        new CodeableConcept(
            new Coding("http://terminology.hl7.org/CodeSystem/practitioner-role", "doctor", null)));
    return role;
  }
}
