package de.dmp.edmp.control;

import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.DocumentKind;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.Insurance;
import de.dmp.edmp.entity.Insured;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Measurement;
import de.dmp.edmp.entity.Observation;
import de.dmp.edmp.entity.Paragraph;
import de.dmp.edmp.entity.Provider;
import de.dmp.edmp.entity.Software;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a documentation as KBV's "levelone" CDA file of an interface version, ISO-8859-15: the
 * header (document, doctor, patient with insurance, software) and one paragraph per section with
 * observations under the G-BA names.
 */
public final class EdmpWriter {

  static final String CDA = "urn::hl7-org/cda";
  static final String SCIPHOX = "urn::sciphox-org/sciphox";
  static final String ENCODING = "ISO-8859-15";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final Software software;

  public EdmpWriter(Software software) {
    this.software = software;
  }

  public EdmpFile write(EdmpDocument document, InterfaceVersion version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, ENCODING);
      new Output(xml).document(document, version);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the eDMP file", e);
    }
    return new EdmpFile(
        version.fileName(document), version.kind(document.type()), bytes.toByteArray());
  }

  /** One file being written. */
  private final class Output {

    private final XMLStreamWriter xml;

    Output(XMLStreamWriter xml) {
      this.xml = xml;
    }

    void document(EdmpDocument document, InterfaceVersion version) throws XMLStreamException {
      xml.writeStartDocument(ENCODING, "1.0");
      xml.setDefaultNamespace(CDA);
      xml.setPrefix("sciphox", SCIPHOX);
      xml.writeStartElement(CDA, "levelone");
      xml.writeDefaultNamespace(CDA);
      xml.writeNamespace("sciphox", SCIPHOX);
      header(document, version);
      xml.writeStartElement(CDA, "body");
      xml.writeStartElement(CDA, "section");
      for (Paragraph paragraph : version.paragraphs(document.values())) {
        paragraph(paragraph);
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
    }

    private void header(EdmpDocument document, InterfaceVersion version) throws XMLStreamException {
      String bsnr = document.provider().bsnr();
      DocumentKind kind = version.kind(document.type());
      xml.writeStartElement(CDA, "clinical_document_header");
      empty(CDA, "id", "EX", document.documentId(), "RT", bsnr);
      empty(CDA, "set_id", "EX", document.documentId(), "RT", bsnr);
      empty(CDA, "version_nbr", "V", "1");
      empty(
          CDA,
          "document_type_cd",
          "V",
          kind.code(),
          "S",
          "1.2.276.0.76.5.100",
          "SN",
          "KBV",
          "DN",
          kind.name());
      empty(CDA, "service_tmr", "V", date(document.documentedOn()));
      empty(CDA, "origination_dttm", "V", date(document.documentedOn()));
      provider(document.provider());
      patient(document.patient(), bsnr);
      software(version, document.documentedOn());
      xml.writeEndElement();
    }

    private void provider(Provider provider) throws XMLStreamException {
      xml.writeStartElement(CDA, "provider");
      empty(CDA, "provider.type_cd", "V", "PRF");
      xml.writeStartElement(CDA, "person");
      empty(CDA, "id", "EX", provider.bsnr(), "RT", "BSNR");
      empty(CDA, "id", "EX", provider.lanr(), "RT", "LANR");
      xml.writeStartElement(CDA, "person_name");
      xml.writeStartElement(CDA, "nm");
      empty(CDA, "GIV", "V", provider.givenName());
      empty(CDA, "FAM", "V", provider.familyName());
      if (provider.title() != null) {
        empty(CDA, "PFX", "V", provider.title(), "QUAL", "AC");
      }
      xml.writeEndElement();
      xml.writeEndElement();
      address(provider.address());
      telecom(provider.phone());
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private void patient(Insured patient, String bsnr) throws XMLStreamException {
      xml.writeStartElement(CDA, "patient");
      empty(CDA, "patient.type_cd", "V", "PATSBJ");
      xml.writeStartElement(CDA, "person");
      empty(CDA, "id", "EX", patient.caseNumber(), "RT", bsnr);
      xml.writeStartElement(CDA, "person_name");
      xml.writeStartElement(CDA, "nm");
      empty(CDA, "GIV", "V", patient.givenName());
      empty(CDA, "FAM", "V", patient.familyName());
      xml.writeEndElement();
      xml.writeEndElement();
      address(patient.address());
      xml.writeEndElement();
      empty(CDA, "birth_dttm", "V", patient.birthDate());
      empty(CDA, "administrative_gender_cd", "V", patient.sex());
      localHeader("insurance", "v3");
      insurance(patient.insurance());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private void insurance(Insurance insurance) throws XMLStreamException {
      xml.writeStartElement(SCIPHOX, "GesetzlicheKrankenversicherung");
      empty(SCIPHOX, "Kostentraegerbezeichnung", "V", insurance.insurerName());
      empty(SCIPHOX, "Kostentraegerkennung", "V", insurance.ik());
      coded(
          "KostentraegerAbrechnungsbereich", insurance.billingArea(), "2.16.840.1.113883.3.7.1.16");
      coded("WOP", insurance.wop(), "2.16.840.1.113883.3.7.1.17");
      empty(SCIPHOX, "Versichertennummer", "V", insurance.kvnr());
      coded("Versichertenart", insurance.insuredType(), "2.16.840.1.113883.3.7.1.1");
      coded("BesonderePersonengruppe", insurance.specialGroup(), "1.2.276.0.76.5.222");
      coded("DMP_Kennzeichnung", insurance.dmpMarker(), "1.2.276.0.76.5.223");
      dated("VersicherungsschutzBeginn", insurance.coverFrom());
      dated("VersicherungsschutzEnde", insurance.coverUntil());
      dated("Einlesedatum", insurance.cardReadOn());
      xml.writeEndElement();
    }

    private void software(InterfaceVersion version, LocalDate day) throws XMLStreamException {
      localHeader("software", "v1");
      xml.writeStartElement(SCIPHOX, "Software");
      empty(SCIPHOX, "id", "EX", software.testNumber(version.programme()), "RT", "KBV-Prüfnummer");
      product(software.name(), software.version(), "PVS");
      xml.writeStartElement(SCIPHOX, "Kontakt");
      empty(
          SCIPHOX,
          "Kontakttyp",
          "V",
          "SOFTV",
          "S",
          "1.2.276.0.76.3.1.1.5.2.3",
          "DN",
          "Softwareverantwortlicher");
      empty(CDA, "organization.nm", "V", software.maker());
      address(software.address());
      telecom(software.phone());
      xml.writeEndElement();
      xml.writeStartElement(SCIPHOX, "Software");
      product(version.schemaName(), version.version(), "XSD");
      xml.writeStartElement(SCIPHOX, "Software");
      product(version.testModuleName(), testModuleVersion(day), "XPM");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private void product(String name, String version, String type) throws XMLStreamException {
      empty(SCIPHOX, "SoftwareName", "V", name);
      empty(SCIPHOX, "SoftwareVersion", "V", version);
      empty(SCIPHOX, "SoftwareTyp", "V", type);
    }

    private void localHeader(String type, String ssuVersion) throws XMLStreamException {
      xml.writeStartElement(CDA, "local_header");
      xml.writeAttribute("ignore", "all");
      xml.writeAttribute("descriptor", "sciphox");
      ssu(type, ssuVersion);
    }

    private void ssu(String type, String ssuVersion) throws XMLStreamException {
      xml.writeStartElement(SCIPHOX, "sciphox-ssu");
      xml.writeAttribute("type", type);
      xml.writeAttribute("country", "de");
      xml.writeAttribute("version", ssuVersion);
    }

    private void paragraph(Paragraph paragraph) throws XMLStreamException {
      xml.writeStartElement(CDA, "paragraph");
      xml.writeStartElement(CDA, "caption");
      empty(CDA, "caption_cd", "DN", paragraph.caption());
      xml.writeEndElement();
      xml.writeStartElement(CDA, "content");
      xml.writeStartElement(CDA, "local_markup");
      xml.writeAttribute("ignore", "all");
      xml.writeAttribute("descriptor", "sciphox");
      ssu("observation", "v1");
      observations(paragraph.observations());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private void observations(List<Observation> observations) throws XMLStreamException {
      xml.writeStartElement(SCIPHOX, "Beobachtungen");
      for (Observation observation : observations) {
        xml.writeStartElement(SCIPHOX, "Beobachtung");
        empty(SCIPHOX, "Parameter", "DN", observation.parameter());
        for (String text : observation.texts()) {
          empty(SCIPHOX, "Ergebnistext", "V", text);
        }
        for (Measurement measurement : observation.measurements()) {
          empty(SCIPHOX, "Ergebniswert", "V", measurement.value(), "U", measurement.unit());
        }
        if (!observation.children().isEmpty()) {
          observations(observation.children());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }

    private void address(Address address) throws XMLStreamException {
      xml.writeStartElement(CDA, "addr");
      given(CDA, "STR", address.street());
      given(CDA, "HNR", address.houseNumber());
      given(CDA, "ZIP", address.zip());
      empty(CDA, "CTY", "V", address.city());
      xml.writeEndElement();
    }

    private void telecom(String phone) throws XMLStreamException {
      if (phone != null) {
        empty(CDA, "telecom", "V", "tel:" + phone, "USE", "WP");
      }
    }

    /** An optional element: left out when there is no value. */
    private void given(String namespace, String element, String value) throws XMLStreamException {
      if (value != null) {
        empty(namespace, element, "V", value);
      }
    }

    private void coded(String element, String value, String system) throws XMLStreamException {
      if (value != null) {
        empty(SCIPHOX, element, "V", value, "S", system);
      }
    }

    private void dated(String element, LocalDate day) throws XMLStreamException {
      if (day != null) {
        empty(SCIPHOX, element, "V", date(day));
      }
    }

    private void empty(String namespace, String element, String... attributes)
        throws XMLStreamException {
      xml.writeEmptyElement(namespace, element);
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], attributes[i + 1]);
      }
    }

    /** KBV releases a test module per quarter, versioned {@code <year>.<quarter>.0}. */
    private String testModuleVersion(LocalDate day) {
      return day.getYear() + "." + ((day.getMonthValue() + 2) / 3) + ".0";
    }

    private String date(LocalDate day) {
      return day.toString();
    }
  }
}
