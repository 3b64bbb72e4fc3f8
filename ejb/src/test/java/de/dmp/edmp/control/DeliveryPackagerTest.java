package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.INTERFACES;
import static de.dmp.edmp.control.EdmpFixture.PROGRAMMES;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.edmp.entity.Delivery;
import de.dmp.edmp.entity.DeliveryRecipient;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.programme.entity.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The delivery for the data office against KBV's guide "Austausch von XML-Daten" (sections 3.4 and
 * 4): archive and Begleitdatei names, one programme version per archive under its path, and the
 * Begleitdatei's required content.
 */
class DeliveryPackagerTest {

  private static final String BSNR = "278012389";
  private static final LocalDateTime CREATED = LocalDateTime.of(2027, 1, 4, 9, 5, 7);
  private static final String STAMP = BSNR + "_20270104090507";
  private static final DeliveryRecipient RECIPIENT = new DeliveryRecipient("399876543", "1.00");

  private final InterfaceVersion dm2 = version("DM2");
  private final InterfaceVersion khk = version("KHK");

  private static InterfaceVersion version(String programme) {
    return INTERFACES.inForce(programme, LocalDate.of(2026, 10, 1)).orElseThrow();
  }

  private static DeliveryPackager.Item item(InterfaceVersion version, LocalDate day) {
    var definition = PROGRAMMES.current(version.programme(), day).orElseThrow();
    EdmpDocument document = SampleDocumentations.of(definition, DocumentType.FD, day).get(0);
    return new DeliveryPackager.Item(version, WRITER.write(document, version), day);
  }

  private final List<DeliveryPackager.Item> items =
      List.of(
          item(dm2, LocalDate.of(2026, 11, 20)),
          item(khk, LocalDate.of(2026, 10, 14)),
          item(dm2, LocalDate.of(2026, 10, 5)));

  private final Delivery delivery = new DeliveryPackager(RECIPIENT).pack(BSNR, CREATED, items);

  @Test
  void delivery_shouldHoldPerInterfaceVersionAnArchiveAndItsBegleitdatei() throws IOException {
    assertThat(delivery.name()).isEqualTo(STAMP + "_Datenlieferung.zip");
    assertThat(unzip(delivery.content()).keySet())
        .containsExactly(
            STAMP + "_1_DM2_608.zip",
            STAMP + "_1_DM2_608.idx",
            STAMP + "_1_KHK_417.zip",
            STAMP + "_1_KHK_417.idx");
    assertThat(delivery.archives())
        .containsExactly(STAMP + "_1_DM2_608.zip", STAMP + "_1_KHK_417.zip");
  }

  @Test
  void archive_shouldHoldOneFileOfItsProgrammePerDocumentationUnderTheInterfacePath()
      throws IOException {
    Map<String, byte[]> archive = unzip(unzip(delivery.content()).get(STAMP + "_1_DM2_608.zip"));

    String path = "Diabetes_Mellitus_Typ_2/Dokumentation/";
    assertThat(archive.keySet())
        .containsExactly(
            "Diabetes_Mellitus_Typ_2/",
            path,
            path + BSNR + "_123456_20261005.EVD2",
            path + BSNR + "_123456_20261120.EVD2");
    byte[] file = archive.get(path + BSNR + "_123456_20261005.EVD2");
    assertThat(file).isEqualTo(items.get(2).file().content());
    assertThat(new String(file, StandardCharsets.ISO_8859_1))
        .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>");
    assertThat(EdmpKit.schemaErrors(dm2, file)).isEmpty();
  }

  @Test
  void begleitdatei_shouldNameRecipientSenderSoftwareAndTheEncryptedArchiveWithPathAndPeriod()
      throws Exception {
    byte[] idx = unzip(delivery.content()).get(STAMP + "_1_DM2_608.idx");
    assertThat(new String(idx, StandardCharsets.ISO_8859_1))
        .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>");
    Element root = parse(idx).getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo("http://www.kbv.de/ns/meta/2003-05-15");
    assertThat(root.getLocalName()).isEqualTo("begleitdatei");
    assertThat(children(root))
        .containsExactly(
            "erstellungsdatum-datei",
            "empfaenger",
            "absender",
            "komprimierungssoftware",
            "verschluesselungssoftware",
            "archive");
    assertThat(value(root, "erstellungsdatum-datei")).isEqualTo("2027-01-04");
    Element office = only(only(root, "empfaenger"), "datenstelle");
    assertThat(office.getAttribute("EX")).isEqualTo("399876543");
    assertThat(office.getAttribute("RT")).isEqualTo("Institutskennzeichen");
    Element sender = only(only(root, "absender"), "arzt");
    assertThat(sender.getAttribute("EX")).isEqualTo(BSNR);
    assertThat(sender.getAttribute("RT")).isEqualTo("BSNR");
    Element zip = only(root, "komprimierungssoftware");
    assertThat(children(zip))
        .containsExactly("software-name", "software-version", "software-hersteller");
    assertThat(value(zip, "software-name")).isNotBlank();
    Element crypto = only(root, "verschluesselungssoftware");
    assertThat(value(crypto, "software-name")).isEqualTo("XKM");
    assertThat(value(crypto, "software-version"))
        .matches("\\d\\.\\d\\d(\\.\\d)?")
        .isEqualTo("1.00");
    assertThat(value(crypto, "software-hersteller")).isEqualTo("KBV");
    Element archive = only(only(root, "archive"), "archiv");
    assertThat(value(archive, "name")).isEqualTo(STAMP + "_1_DM2_608.zip.XKM");
    Element folder = only(archive, "verzeichnis");
    assertThat(value(folder, "pfad")).isEqualTo("Diabetes_Mellitus_Typ_2/Dokumentation");
    Element period = only(folder, "zeitraum");
    assertThat(value(period, "von")).isEqualTo("2026-10-05");
    assertThat(value(period, "bis")).isEqualTo("2026-11-20");
  }

  @Test
  void parts_shouldStartANewArchiveAfter65000EntriesCountingTheFolders() {
    List<Integer> files = IntStream.range(0, 65_000).boxed().toList();
    int size = DeliveryPackager.MAX_ENTRIES - DeliveryPackager.folders(dm2).size();

    List<List<Integer>> parts = DeliveryPackager.parts(files, size);

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0)).hasSize(64_998);
    assertThat(parts.get(1)).containsExactly(64_998, 64_999);
    assertThat(DeliveryPackager.parts(Collections.nCopies(3, 1), size)).hasSize(1);
  }

  @Test
  void everyShippedVersion_shouldHaveAPathFromTheGuidesTable() {
    assertThat(INTERFACES.all())
        .allSatisfy(
            version ->
                assertThat(version.archivePath())
                    .isIn(
                        "Diabetes_Mellitus_Typ_2/Dokumentation",
                        "Diabetes_Mellitus_Typ_1/Dokumentation",
                        "Koronare_Herzkrankheit/Dokumentation",
                        "COPD/Dokumentation",
                        "Asthma_bronchiale/Dokumentation",
                        "Herzinsuffizienz/Dokumentation"));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static Document parse(byte[] xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> elements(Element parent) {
    var nodes = parent.getChildNodes();
    return IntStream.range(0, nodes.getLength())
        .mapToObj(nodes::item)
        .filter(Element.class::isInstance)
        .map(Element.class::cast)
        .toList();
  }

  private static List<String> children(Element parent) {
    elements(parent)
        .forEach(e -> assertThat(e.getNamespaceURI()).isEqualTo(Begleitdatei.NAMESPACE));
    return elements(parent).stream().map(Element::getLocalName).toList();
  }

  private static Element only(Element parent, String name) {
    List<Element> found =
        elements(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  private static String value(Element parent, String name) {
    return only(parent, name).getAttribute("V");
  }
}
