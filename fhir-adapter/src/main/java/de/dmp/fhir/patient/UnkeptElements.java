package de.dmp.fhir.patient;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Address.AddressType;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Property;

/**
 * The elements of a Patient the record cannot keep. A create or update naming any of them is
 * refused as a whole (422, one issue per element), so that nothing a sending system holds is
 * dropped without a word. The table of kept and refused elements is in docs/fhir.md.
 */
final class UnkeptElements {

  /** Kept as a whole or checked further below; meta and text are the server's own. */
  private static final Set<String> PATIENT =
      Set.of(
          "id",
          "meta",
          "text",
          "identifier",
          "active",
          "name",
          "telecom",
          "address",
          "gender",
          "birthDate",
          "deceased[x]");

  private static final Set<String> NAME = Set.of("use", "family", "given");
  private static final Set<String> IDENTIFIER =
      Set.of("use", "type", "system", "value", "assigner");
  private static final Set<String> TELECOM = Set.of("system", "value");
  private static final Set<String> ADDRESS =
      Set.of("use", "type", "line", "city", "postalCode", "country");
  private static final Set<String> LINE_PARTS =
      Set.of(AddressTranslator.STREET_NAME, AddressTranslator.HOUSE_NUMBER);

  private final List<String> paths = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();

  private UnkeptElements() {}

  /** Throws a 422 naming each element of the resource the record cannot keep. */
  static void refuseIn(Patient resource) {
    var unkept = new UnkeptElements();
    unkept.collect(resource);
    if (!unkept.paths.isEmpty()) {
      throw new UnprocessableEntityException(
          "The Patient was not stored: the record cannot keep "
              + String.join(", ", unkept.paths)
              + ".",
          unkept.outcome());
    }
  }

  private void collect(Patient resource) {
    outside(PATIENT, resource, "Patient", "a DMP record does not hold this element");
    if (resource.hasActive() && !resource.getActive()) {
      add(
          "Patient.active",
          "an inactive patient cannot be registered; send active true or omit it");
    }
    if (resource.hasDeceasedBooleanType() && resource.getDeceasedBooleanType().booleanValue()) {
      add(
          "Patient.deceasedBoolean",
          "the record keeps the day of death: send deceasedDateTime with the date instead");
    }
    names(resource.getName());
    identifiers(resource.getIdentifier());
    telecoms(resource.getTelecom());
    addresses(resource.getAddress());
  }

  /** The official name (else the first) is kept; a second name has no place in the record. */
  private void names(List<HumanName> names) {
    HumanName kept = PatientTranslator.officialName(names);
    for (int index = 0; index < names.size(); index++) {
      HumanName name = names.get(index);
      if (name != kept) {
        add("Patient.name[" + index + "]", "only one name, the official one, is kept");
      } else {
        outside(NAME, name, "Patient.name[" + index + "]", "a name keeps family and given names");
      }
    }
  }

  /** The KVNR is the one identifier a DMP record holds. */
  private void identifiers(List<Identifier> identifiers) {
    boolean kvnrSeen = false;
    for (int index = 0; index < identifiers.size(); index++) {
      Identifier identifier = identifiers.get(index);
      String path = "Patient.identifier[" + index + "]";
      boolean kvnr = PatientTranslator.KVNR_SYSTEM.equals(identifier.getSystem());
      if (!kvnr || kvnrSeen) {
        add(
            path,
            "only one insurance number (system "
                + PatientTranslator.KVNR_SYSTEM
                + ") is kept, not "
                + (kvnr ? "a second one" : "system " + identifier.getSystem()));
      } else {
        outside(IDENTIFIER, identifier, path, "the insurance number keeps its value and insurer");
      }
      kvnrSeen |= kvnr;
    }
  }

  /** One phone number and one e-mail address, as the registration form holds them. */
  private void telecoms(List<ContactPoint> telecoms) {
    Set<ContactPointSystem> seen = EnumSet.noneOf(ContactPointSystem.class);
    for (int index = 0; index < telecoms.size(); index++) {
      ContactPoint telecom = telecoms.get(index);
      String path = "Patient.telecom[" + index + "]";
      ContactPointSystem system = telecom.getSystem();
      boolean storable = system == ContactPointSystem.PHONE || system == ContactPointSystem.EMAIL;
      if (!storable || !seen.add(system)) {
        add(path, "the record keeps one phone number and one e-mail address, not this one");
      } else {
        outside(TELECOM, telecom, path, "a phone number or e-mail address keeps only its value");
      }
    }
  }

  /** One German home address with street and house number in one line, as KBV's files hold it. */
  private void addresses(List<Address> addresses) {
    for (int index = 1; index < addresses.size(); index++) {
      add("Patient.address[" + index + "]", "the record keeps one address, the home address");
    }
    if (addresses.isEmpty()) {
      return;
    }
    Address address = addresses.get(0);
    String path = "Patient.address[0]";
    outside(ADDRESS, address, path, "an address keeps line, postcode, city and country");
    if (address.hasUse() && address.getUse() != AddressUse.HOME) {
      add(path + ".use", "the record keeps the home address (use home), not this one");
    }
    if (address.hasType() && address.getType() == AddressType.POSTAL) {
      add(path + ".type", "the record keeps where the patient lives, not a postal address");
    }
    if (address.hasCountry() && !AddressTranslator.GERMANY.contains(address.getCountry())) {
      add(path + ".country", "the record keeps German addresses only (country DE)");
    }
    for (int line = 1; line < address.getLine().size(); line++) {
      add(path + ".line[" + line + "]", "one line with street and house number is kept");
    }
    if (address.hasLine()
        && address.getLine().get(0).getExtension().stream()
            .anyMatch(part -> !LINE_PARTS.contains(part.getUrl()))) {
      add(path + ".line[0].extension", "a line keeps its street name and house number parts");
    }
  }

  /** Every child of the element that has a value but is not among the kept ones. */
  private void outside(Set<String> kept, Base element, String path, String reason) {
    for (Property child : element.children()) {
      if (child.hasValues() && !kept.contains(child.getName())) {
        add(path + "." + elementName(child), reason);
      }
    }
  }

  /** A choice element by the type sent: deceased[x] as deceasedDateTime or deceasedBoolean. */
  private static String elementName(Property child) {
    String name = child.getName();
    if (!name.endsWith("[x]")) {
      return name;
    }
    String type = child.getValues().get(0).fhirType();
    return name.substring(0, name.length() - 3)
        + Character.toUpperCase(type.charAt(0))
        + type.substring(1);
  }

  private void add(String path, String reason) {
    paths.add(path);
    reasons.add(reason);
  }

  private OperationOutcome outcome() {
    var outcome = new OperationOutcome();
    for (int index = 0; index < paths.size(); index++) {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(IssueType.NOTSUPPORTED)
          .setDiagnostics(paths.get(index) + ": " + reasons.get(index) + ".")
          .addExpression(paths.get(index));
    }
    return outcome;
  }
}
