package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.INTERFACES;
import static de.dmp.edmp.control.EdmpFixture.PROGRAMMES;
import static de.dmp.edmp.control.EdmpFixture.READER;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.control.SampleDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.documentation.entity.Visit;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The header of a stored documentation, as the records give it, in a file valid for KBV. */
class DocumentationHeaderTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

  @Test
  void of_shouldCarryTheDmpMarkerOfTheProgrammeIntoAValidFile() {
    ProgrammeDefinition dm2 = PROGRAMMES.current("DM2", DAY).orElseThrow();
    Documentation documentation = documentation(dm2);

    EdmpDocument document = DocumentationHeader.of(documentation, dm2.dmpIndicator());

    assertThat(document.patient().insurance().dmpMarker()).isEqualTo("01");
    assertThat(document.patient().insurance().kvnr()).isEqualTo("A123456780");
    InterfaceVersion version = INTERFACES.inForce("DM2", DAY).orElseThrow();
    EdmpFile file = WRITER.write(document, version);
    assertThat(EdmpKit.schemaErrors(version, file.content())).isEmpty();
    assertThat(new String(file.content(), Charset.forName(EdmpWriter.ENCODING)))
        .contains("<sciphox:DMP_Kennzeichnung V=\"01\" S=\"1.2.276.0.76.5.223\"/>");
    assertThat(READER.read(file.name(), file.content()).patient().insurance().dmpMarker())
        .isEqualTo("01");
  }

  @Test
  void of_withoutMarker_shouldLeaveItOut() {
    ProgrammeDefinition dm2 = PROGRAMMES.current("DM2", DAY).orElseThrow();
    EdmpDocument document = DocumentationHeader.of(documentation(dm2), null);

    EdmpFile file = WRITER.write(document, INTERFACES.inForce("DM2", DAY).orElseThrow());

    assertThat(new String(file.content(), Charset.forName(EdmpWriter.ENCODING)))
        .doesNotContain("DMP_Kennzeichnung");
  }

  private static Documentation documentation(ProgrammeDefinition programme) {
    var practice = new Practice("278012389", "Hausarztpraxis am Dom", "Nordrhein");
    practice.locate(new PostalAddress("Domkloster", "4", "50667", "Köln"), "0221 1234560");
    var doctor = new Practitioner("321232323", "Weber", "Anna", practice);
    var patient = new Patient("Müller", "Jürgen", LocalDate.of(1951, 4, 3), Sex.MALE);
    patient.insure(new Insurer("104212505", "AOK Rheinland"), "A123456780");
    patient.recordResidence(new PostalAddress("Lindenallee", "4a", "50968", "Köln"), "1");
    var enrolment =
        new Enrolment(
            patient,
            practice,
            new DmpCase(patient, practice, NOW),
            programme,
            new Enrolment.Diagnosis("E11.9", LocalDate.of(2024, 6, 1)),
            DocumentationInterval.QUARTERLY,
            DAY,
            NOW);
    return new Documentation(
        new Visit(patient, practice, doctor, DAY, NOW),
        enrolment,
        DocumentType.ED,
        programme.version(),
        new SampleDocumentation(new Random(19L)).values(programme, DocumentType.ED, DAY),
        DocumentationStatus.COMPLETE,
        NOW,
        "dr.weber");
  }
}
