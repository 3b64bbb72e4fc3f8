package de.dmp.fhir.practice;

import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;

/**
 * Practices and insurers as Organization, told apart by their ids ({@code practice-7}, {@code
 * insurer-2}) and identified by BSNR or IK as the German base profiles name them.
 */
public final class OrganizationTranslator {

  public static final String BSNR_SYSTEM = "https://fhir.kbv.de/NamingSystem/KBV_NS_Base_BSNR";
  public static final String IK_SYSTEM = "http://fhir.de/sid/arge-ik/iknr";
  static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";
  static final String ORGANIZATION_TYPES =
      "http://terminology.hl7.org/CodeSystem/organization-type";
  public static final String PRACTICE_PREFIX = "practice-";
  public static final String INSURER_PREFIX = "insurer-";

  private OrganizationTranslator() {}

  /** The practice id in an Organization id such as {@code practice-7}, if it is one. */
  public static Optional<Long> practiceId(String organizationId) {
    return idAfter(PRACTICE_PREFIX, organizationId);
  }

  /** The insurer id in an Organization id such as {@code insurer-2}, if it is one. */
  public static Optional<Long> insurerId(String organizationId) {
    return idAfter(INSURER_PREFIX, organizationId);
  }

  private static Optional<Long> idAfter(String prefix, String organizationId) {
    return organizationId != null && organizationId.matches(prefix + "\\d{1,18}")
        ? Optional.of(Long.parseLong(organizationId.substring(prefix.length())))
        : Optional.empty();
  }

  public static String practiceReference(long practiceId) {
    return "Organization/" + PRACTICE_PREFIX + practiceId;
  }

  public static String insurerReference(long insurerId) {
    return "Organization/" + INSURER_PREFIX + insurerId;
  }

  public static Organization toFhirResource(Practice practice) {
    return organization(
        PRACTICE_PREFIX + practice.getId(),
        practice.getName(),
        identifier(BSNR_SYSTEM, "BSNR", practice.getBsnr()),
        "prov");
  }

  public static Organization toFhirResource(Insurer insurer) {
    return organization(
        INSURER_PREFIX + insurer.getId(),
        insurer.getName(),
        identifier(IK_SYSTEM, "XX", insurer.getInstitutionCode()),
        "ins");
  }

  private static Organization organization(
      String id, String name, Identifier identifier, String type) {
    var organization = new Organization();
    organization.setId(id);
    organization.setActive(true);
    organization.setName(name);
    organization.addIdentifier(identifier);
    organization.addType(new CodeableConcept(new Coding(ORGANIZATION_TYPES, type, null)));
    return organization;
  }

  private static Identifier identifier(String system, String type, String value) {
    var identifier = new Identifier().setSystem(system).setValue(value);
    identifier.getType().addCoding(new Coding(IDENTIFIER_TYPES, type, null));
    return identifier;
  }
}
