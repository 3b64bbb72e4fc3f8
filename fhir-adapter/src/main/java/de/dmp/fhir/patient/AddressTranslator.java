package de.dmp.fhir.patient;

import de.dmp.platform.entity.PostalAddress;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/**
 * The patient's German postal address as the HL7 Germany basis profile writes it: one line with
 * street and house number (also as the ISO 21090 parts, which KBV's eDMP header keeps apart),
 * postcode, city and the country DE.
 */
final class AddressTranslator {

  static final String STREET_NAME =
      "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName";
  static final String HOUSE_NUMBER =
      "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber";

  /** How a sending system may name Germany; the record keeps German addresses only. */
  static final Set<String> GERMANY = Set.of("DE", "DEU", "D", "Deutschland", "Germany");

  /** "Hauptstraße 12a", "Am Ring 3-5", "Weg 7 b": the house number is the last part. */
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile("(.*\\S)\\s+(\\d+\\s*[a-zA-Z]?(?:\\s*[-/]\\s*\\d+\\s*[a-zA-Z]?)?)");

  private AddressTranslator() {}

  static Address toFhir(PostalAddress address) {
    var fhir = new Address().setUse(AddressUse.HOME).setPostalCode(address.zip());
    fhir.setCity(address.city()).setCountry("DE");
    String line =
        Stream.of(address.street(), address.houseNumber())
            .filter(part -> part != null)
            .collect(Collectors.joining(" "));
    if (!line.isEmpty()) {
      StringType lineElement = fhir.addLineElement();
      lineElement.setValue(line);
      addPart(lineElement, STREET_NAME, address.street());
      addPart(lineElement, HOUSE_NUMBER, address.houseNumber());
    }
    return fhir;
  }

  private static void addPart(StringType line, String url, String value) {
    if (value != null) {
      line.addExtension(url, new StringType(value));
    }
  }

  /**
   * The address an {@link UnkeptElements}-checked Address holds: street and house number from the
   * line's parts, or split from the line at its last number.
   */
  static PostalAddress toDomain(Address address) {
    String street = null;
    String houseNumber = null;
    if (address.hasLine()) {
      StringType line = address.getLine().get(0);
      street = part(line, STREET_NAME);
      houseNumber = part(line, HOUSE_NUMBER);
      if (street == null && houseNumber == null && line.getValue() != null) {
        Matcher matcher = STREET_AND_NUMBER.matcher(line.getValue().strip());
        boolean split = matcher.matches();
        street = split ? matcher.group(1) : line.getValue();
        houseNumber = split ? matcher.group(2) : null;
      }
    }
    return new PostalAddress(street, houseNumber, address.getPostalCode(), address.getCity());
  }

  private static String part(StringType line, String url) {
    Extension part = line.getExtensionByUrl(url);
    return part == null ? null : part.getValue().primitiveValue();
  }
}
