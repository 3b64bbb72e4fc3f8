package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.INTERFACES;
import static de.dmp.edmp.control.EdmpFixture.PROGRAMMES;
import static de.dmp.edmp.control.EdmpFixture.READER;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.ImportRefusedException;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.UnreadableEdmpException;
import de.dmp.programme.entity.DocumentType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the reader refuses, and that it names the file, the element and why. */
class EdmpReaderTest {

  private static final Charset LATIN9 = Charset.forName("ISO-8859-15");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 12);
  private static final InterfaceVersion DM2 = INTERFACES.inForce("DM2", DAY).orElseThrow();

  private static String dm2File() {
    EdmpDocument document =
        SampleDocumentations.of(PROGRAMMES.current("DM2", DAY).orElseThrow(), DocumentType.ED, DAY)
            .get(0);
    return new String(WRITER.write(document, DM2).content(), LATIN9);
  }

  private static UnreadableEdmpException refusal(String xml) {
    try {
      READER.read("broken.EED2", xml.getBytes(LATIN9));
    } catch (UnreadableEdmpException e) {
      return e;
    }
    throw new AssertionError("the file was read");
  }

  @Test
  void read_shouldRefuseAParameterTheInterfaceDoesNotHave() {
    UnreadableEdmpException refused =
        refusal(dm2File().replace("DN=\"Körpergröße\"", "DN=\"Blutzucker\""));

    assertThat(refused.getFile()).isEqualTo("broken.EED2");
    assertThat(refused.getElement())
        .isEqualTo("paragraph 'Anamnese- und Befunddaten', Beobachtung 'Blutzucker'");
    assertThat(refused.getMessage()).contains("not a parameter of DM2 6.08");
  }

  @Test
  void read_shouldRefuseAValueTheParameterDoesNotHave() {
    UnreadableEdmpException refused =
        refusal(dm2File().replace("V=\"Quartalsweise\"", "V=\"Monatlich\""));

    assertThat(refused.getElement())
        .isEqualTo(
            "paragraph 'Behandlungsplanung', Beobachtung 'Dokumentationsintervall',"
                + " Ergebnistext 'Monatlich'");
  }

  @Test
  void read_shouldRefuseASecondValueWhereOneIsChosen() {
    UnreadableEdmpException refused =
        refusal(
            dm2File()
                .replace(
                    "<sciphox:Ergebnistext V=\"Quartalsweise\"/>",
                    "<sciphox:Ergebnistext V=\"Quartalsweise\"/>"
                        + "<sciphox:Ergebnistext V=\"Jedes zweite Quartal\"/>"));

    assertThat(refused.getElement()).endsWith("Ergebnistext 'Jedes zweite Quartal'");
    assertThat(refused.getReason()).isEqualTo("a second value where one is chosen");
  }

  @Test
  void read_shouldRefuseAMeasurementInAnotherUnit() {
    UnreadableEdmpException refused = refusal(dm2File().replace("U=\"kg\"", "U=\"lb\""));

    assertThat(refused.getMessage()).contains("Körpergewicht").contains("no number in unit 'lb'");
  }

  @Test
  void read_shouldRefuseAnObservationWithoutValue() {
    String file = dm2File();
    int start = file.indexOf("<sciphox:Ergebnistext V=\"Quartalsweise\"/>");
    String emptied = file.substring(0, start) + file.substring(file.indexOf("/>", start) + 2);

    assertThat(refusal(emptied).getReason()).startsWith("no value");
  }

  @Test
  void read_shouldRefuseXmlThatIsNotWellFormedWithItsLine() {
    String file = dm2File();

    UnreadableEdmpException refused = refusal(file.substring(0, file.length() / 2));

    assertThat(refused.getElement()).isEmpty();
    assertThat(refused.getReason())
        .matches(
            "line \\d+, column \\d+: not well-formed XML, the file is incomplete or damaged \\(.+[^.]\\)");
    assertThat(refused.reason(Locale.GERMAN))
        .matches(
            "Zeile \\d+, Spalte \\d+: kein wohlgeformtes XML, die Datei ist unvollständig oder"
                + " beschädigt");
    assertThat(new ImportRefusedException(refused.in("broken.EED2")).message(Locale.GERMAN))
        .startsWith("broken.EED2: Zeile ")
        .endsWith("beschädigt. Es wurde nichts importiert.");
  }

  @Test
  void read_shouldRefuseADocumentTypeDeclaration() {
    String withEntity =
        dm2File()
            .replace(
                "<levelone",
                "<!DOCTYPE levelone [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><levelone");

    assertThat(refusal(withEntity).getReason()).contains("not well-formed XML").contains("DOCTYPE");
  }

  @Test
  void read_shouldRefuseAnotherRootElement() {
    assertThat(refusal("<?xml version=\"1.0\"?><html/>").getReason())
        .isEqualTo("not an eDMP levelone document");
  }

  @Test
  void read_shouldRefuseAnotherProgrammesDocumentType() {
    UnreadableEdmpException refused =
        refusal(dm2File().replace("EDMP_DIABETES2_EE", "EDMP_OSTEOPOROSE_EE"));

    assertThat(refused.getElement()).isEqualTo("document_type_cd 'EDMP_OSTEOPOROSE_EE'");
  }

  @Test
  void read_shouldRefuseAnInterfaceVersionNotShipped() throws IOException {
    InterfaceVersion hi = INTERFACES.inForce("HI", DAY).orElseThrow();
    Path older = EdmpKit.samplesOfOtherVersions(hi).get(0);

    assertThatThrownBy(() -> READER.read(older.getFileName().toString(), Files.readAllBytes(older)))
        .isInstanceOf(UnreadableEdmpException.class)
        .hasMessage(
            older.getFileName()
                + ": SoftwareVersion '1.03': interface version not supported; we read [HI 1.04]");
  }
}
