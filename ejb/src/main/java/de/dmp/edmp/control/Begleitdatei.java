package de.dmp.edmp.control;

import de.dmp.edmp.entity.DeliveryRecipient;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Begleitdatei ({@code .idx}) of one archive, ISO-8859-15, as KBV's guide "Austausch von
 * XML-Daten" (KBV_ITA_VGEX_XML-Schnittstellen, chapter 4) lays it out: creation day, the data
 * office as recipient, the practice (BSNR) as sender, the compressing and the crypto software, and
 * the archive with the name it has once encrypted ({@code .zip.XKM}), its path and the period of
 * its documentations.
 */
final class Begleitdatei {

  static final String NAMESPACE = "http://www.kbv.de/ns/meta/2003-05-15";

  /**
   * The guide leaves the schema version open ("Version=\"...\""); KBV's begleitdatei.xsd is not in
   * our kit, so this is unverified (docs/edmp.md).
   */
  static final String SCHEMA_VERSION = "1.08";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** The archive it accompanies: name as transmitted, inner path, first and last day. */
  record Archive(String name, String path, LocalDate from, LocalDate to) {}

  private Begleitdatei() {}

  static byte[] write(
      LocalDate created, DeliveryRecipient recipient, String bsnr, Archive archive) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, EdmpWriter.ENCODING);
      xml.writeStartDocument(EdmpWriter.ENCODING, "1.0");
      xml.setPrefix("bgl", NAMESPACE);
      xml.writeStartElement("bgl", "begleitdatei", NAMESPACE);
      xml.writeNamespace("bgl", NAMESPACE);
      xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      xml.writeAttribute("xsi:schemaLocation", NAMESPACE + " ..\\Schema\\begleitdatei.xsd");
      xml.writeAttribute("Version", SCHEMA_VERSION);
      value(xml, "erstellungsdatum-datei", created.toString());
      xml.writeStartElement(NAMESPACE, "empfaenger");
      id(xml, "datenstelle", recipient.dataOfficeIk(), "Institutskennzeichen");
      xml.writeEndElement();
      xml.writeStartElement(NAMESPACE, "absender");
      id(xml, "arzt", bsnr, "BSNR");
      xml.writeEndElement();
      software(
          xml,
          "komprimierungssoftware",
          "java.util.zip",
          System.getProperty("java.version"),
          System.getProperty("java.vendor"));
      software(xml, "verschluesselungssoftware", "XKM", recipient.cryptoModuleVersion(), "KBV");
      archive(xml, archive);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the Begleitdatei", e);
    }
    return bytes.toByteArray();
  }

  private static void archive(XMLStreamWriter xml, Archive archive) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "archive");
    xml.writeStartElement(NAMESPACE, "archiv");
    value(xml, "name", archive.name());
    xml.writeStartElement(NAMESPACE, "verzeichnis");
    value(xml, "pfad", archive.path());
    xml.writeStartElement(NAMESPACE, "zeitraum");
    value(xml, "von", archive.from().toString());
    value(xml, "bis", archive.to().toString());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void software(
      XMLStreamWriter xml, String element, String name, String version, String maker)
      throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, element);
    value(xml, "software-name", name);
    value(xml, "software-version", version);
    value(xml, "software-hersteller", maker);
    xml.writeEndElement();
  }

  private static void id(XMLStreamWriter xml, String element, String ex, String rt)
      throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, element);
    xml.writeAttribute("EX", ex);
    xml.writeAttribute("RT", rt);
  }

  private static void value(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, element);
    xml.writeAttribute("V", value);
  }
}
