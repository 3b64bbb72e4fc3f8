package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpWriter.CDA;
import static de.dmp.edmp.control.EdmpWriter.SCIPHOX;

import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.Insurance;
import de.dmp.edmp.entity.Insured;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Measurement;
import de.dmp.edmp.entity.Observation;
import de.dmp.edmp.entity.Paragraph;
import de.dmp.edmp.entity.Provider;
import de.dmp.edmp.entity.UnreadableEdmpException;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an eDMP file back into our model: the interface version it declares, the programme and
 * document type, the day, doctor and patient, and the values under our parameter codes. Whatever
 * does not fit is refused with the file, the element and the reason.
 */
public final class EdmpReader {

  private final InterfaceCatalogue interfaces;
  private final ProgrammeCatalogue programmes;

  public EdmpReader(InterfaceCatalogue interfaces, ProgrammeCatalogue programmes) {
    this.interfaces = interfaces;
    this.programmes = programmes;
  }

  /**
   * @throws UnreadableEdmpException naming the file, the element and why
   */
  public EdmpDocument read(String fileName, byte[] content) {
    try {
      Element root = parse(content);
      Element header = child(root, CDA, "clinical_document_header");
      String typeCode = attribute(child(header, CDA, "document_type_cd"), "V");
      InterfaceVersion version = interfaces.declared(typeCode, schemaVersion(header));
      LocalDate day = date(child(header, CDA, "origination_dttm"));
      ProgrammeDefinition definition =
          programmes
              .current(version.programme(), day)
              .orElseThrow(
                  () ->
                      new UnreadableEdmpException(
                          "", "origination_dttm", "beforeProgramme", version.programme()));
      return new EdmpDocument(
          attribute(child(header, CDA, "id"), "EX"),
          version.programme(),
          version.typeOf(typeCode).orElseThrow(),
          day,
          provider(child(header, CDA, "provider")),
          patient(child(header, CDA, "patient")),
          version.values(paragraphs(root), definition));
    } catch (UnreadableEdmpException e) {
      throw e.in(fileName);
    }
  }

  /** The body as written, without interpreting it: the sections and their observations. */
  public List<Paragraph> paragraphs(String fileName, byte[] content) {
    try {
      return paragraphs(parse(content));
    } catch (UnreadableEdmpException e) {
      throw e.in(fileName);
    }
  }

  private static Element parse(byte[] content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document = builder.parse(new ByteArrayInputStream(content));
      Element root = document.getDocumentElement();
      if (!CDA.equals(root.getNamespaceURI()) || !"levelone".equals(root.getLocalName())) {
        throw new UnreadableEdmpException("", root.getNodeName(), "notLevelone");
      }
      return root;
    } catch (SAXParseException e) {
      throw new UnreadableEdmpException(
          "", "", "notWellFormed", e.getLineNumber(), e.getColumnNumber(), sentence(e));
    } catch (SAXException | IOException e) {
      throw new UnreadableEdmpException("", "", "notXml", sentence(e));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parser's message without its full stop, as it stands inside a sentence of ours. */
  private static String sentence(Exception e) {
    return String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
  }

  private static String schemaVersion(Element header) {
    for (Element software : descendants(header, SCIPHOX, "Software")) {
      Optional<Element> type = optionalChild(software, SCIPHOX, "SoftwareTyp");
      if (type.isPresent() && "XSD".equals(type.get().getAttribute("V"))) {
        return attribute(child(software, SCIPHOX, "SoftwareVersion"), "V");
      }
    }
    throw new UnreadableEdmpException("", "Software", "noSoftwareBlock");
  }

  private static Provider provider(Element provider) {
    Element person = child(provider, CDA, "person");
    Element name = child(child(person, CDA, "person_name"), CDA, "nm");
    return new Provider(
        id(person, "BSNR"),
        id(person, "LANR"),
        optionalChild(name, CDA, "PFX").map(e -> e.getAttribute("V")).orElse(null),
        attribute(child(name, CDA, "GIV"), "V"),
        attribute(child(name, CDA, "FAM"), "V"),
        address(child(person, CDA, "addr")),
        optionalChild(person, CDA, "telecom")
            .map(e -> e.getAttribute("V").replaceFirst("^tel:", ""))
            .orElse(null));
  }

  private static String id(Element person, String type) {
    return children(person, CDA, "id").stream()
        .filter(id -> type.equals(id.getAttribute("RT")))
        .map(id -> id.getAttribute("EX"))
        .findFirst()
        .orElseThrow(() -> new UnreadableEdmpException("", "provider id " + type, "missing"));
  }

  private static Insured patient(Element patient) {
    Element person = child(patient, CDA, "person");
    Element name = child(child(person, CDA, "person_name"), CDA, "nm");
    return new Insured(
        attribute(child(person, CDA, "id"), "EX"),
        attribute(child(name, CDA, "GIV"), "V"),
        attribute(child(name, CDA, "FAM"), "V"),
        address(child(person, CDA, "addr")),
        birthDate(child(patient, CDA, "birth_dttm")),
        attribute(child(patient, CDA, "administrative_gender_cd"), "V"),
        insurance(
            child(
                child(child(patient, CDA, "local_header"), SCIPHOX, "sciphox-ssu"),
                SCIPHOX,
                "GesetzlicheKrankenversicherung")));
  }

  private static Insurance insurance(Element gkv) {
    return new Insurance(
        attribute(child(gkv, SCIPHOX, "Kostentraegerbezeichnung"), "V"),
        attribute(child(gkv, SCIPHOX, "Kostentraegerkennung"), "V"),
        optionalValue(gkv, "KostentraegerAbrechnungsbereich"),
        optionalValue(gkv, "WOP"),
        attribute(child(gkv, SCIPHOX, "Versichertennummer"), "V"),
        attribute(child(gkv, SCIPHOX, "Versichertenart"), "V"),
        optionalValue(gkv, "BesonderePersonengruppe"),
        attribute(child(gkv, SCIPHOX, "DMP_Kennzeichnung"), "V"),
        optionalDate(gkv, "VersicherungsschutzBeginn"),
        optionalDate(gkv, "VersicherungsschutzEnde"),
        optionalDate(gkv, "Einlesedatum"));
  }

  private static Address address(Element addr) {
    return new Address(
        attribute(child(addr, CDA, "STR"), "V"),
        attribute(child(addr, CDA, "HNR"), "V"),
        attribute(child(addr, CDA, "ZIP"), "V"),
        attribute(child(addr, CDA, "CTY"), "V"));
  }

  private static List<Paragraph> paragraphs(Element root) {
    Element section = child(child(root, CDA, "body"), CDA, "section");
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element paragraph : children(section, CDA, "paragraph")) {
      String caption = attribute(child(child(paragraph, CDA, "caption"), CDA, "caption_cd"), "DN");
      Element ssu =
          child(
              child(child(paragraph, CDA, "content"), CDA, "local_markup"), SCIPHOX, "sciphox-ssu");
      paragraphs.add(new Paragraph(caption, observations(child(ssu, SCIPHOX, "Beobachtungen"))));
    }
    return paragraphs;
  }

  private static List<Observation> observations(Element beobachtungen) {
    List<Observation> observations = new ArrayList<>();
    for (Element observation : children(beobachtungen, SCIPHOX, "Beobachtung")) {
      observations.add(
          new Observation(
              attribute(child(observation, SCIPHOX, "Parameter"), "DN"),
              children(observation, SCIPHOX, "Ergebnistext").stream()
                  .map(text -> attribute(text, "V"))
                  .toList(),
              children(observation, SCIPHOX, "Ergebniswert").stream()
                  .map(value -> new Measurement(attribute(value, "V"), attribute(value, "U")))
                  .toList(),
              optionalChild(observation, SCIPHOX, "Beobachtungen")
                  .map(EdmpReader::observations)
                  .orElse(List.of())));
    }
    return observations;
  }

  private static String optionalValue(Element parent, String name) {
    return optionalChild(parent, SCIPHOX, name).map(e -> e.getAttribute("V")).orElse(null);
  }

  private static LocalDate optionalDate(Element parent, String name) {
    return optionalChild(parent, SCIPHOX, name).map(EdmpReader::date).orElse(null);
  }

  private static LocalDate date(Element element) {
    String value = attribute(element, "V");
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UnreadableEdmpException("", element.getLocalName(), "notADate", value);
    }
  }

  private static String birthDate(Element element) {
    String value = attribute(element, "V");
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UnreadableEdmpException("", "birth_dttm", "notABirthDate", value);
    }
    return value;
  }

  private static String attribute(Element element, String name) {
    if (!element.hasAttribute(name)) {
      throw new UnreadableEdmpException("", element.getLocalName(), "attributeMissing", name);
    }
    return element.getAttribute(name);
  }

  private static Element child(Element parent, String namespace, String name) {
    return optionalChild(parent, namespace, name)
        .orElseThrow(
            () -> new UnreadableEdmpException("", parent.getLocalName(), "elementMissing", name));
  }

  private static Optional<Element> optionalChild(Element parent, String namespace, String name) {
    return children(parent, namespace, name).stream().findFirst();
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static List<Element> descendants(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    var nodes = parent.getElementsByTagNameNS(namespace, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
