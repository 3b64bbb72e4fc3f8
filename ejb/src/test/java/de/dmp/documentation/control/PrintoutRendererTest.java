package de.dmp.documentation.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.documentation.boundary.DocumentationRecord;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintoutRendererTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 12);
  private static final ProgrammeDefinition DM2 =
      ProgrammeCatalogue.load(PrintoutRendererTest.class.getClassLoader())
          .current("DM2", DAY)
          .orElseThrow();

  @Test
  void render_shouldPrintHeaderAndEveryDocumentedFieldUnderItsLabelBySection() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("hba1c", "7.4");
    values.put("late-complications", "Diabetische Nephropathie|Diabetische Retinopathie");
    DocumentationRecord record = record(values, DocumentType.ED);

    String text = text(new PrintoutRenderer().render(record, practice(), patient()));

    assertThat(text)
        .contains("Hausarztpraxis am Dom")
        .contains("BSNR 201234500")
        .contains("Domkloster 4, 50667 Köln")
        .contains("Erstdokumentation " + DM2.title())
        .contains("Patient Müller, Jürgen")
        .contains("Geboren am 03.04.1951")
        .contains("Versichertennummer A123456780")
        .contains("Krankenkasse AOK Rheinland (IK 104212505)")
        .contains("Datum 12.10.2026")
        .contains("Dokumentiert von Dr. Weber");
    Parameter hba1c = DM2.parameter("hba1c").orElseThrow();
    Parameter late = DM2.parameter("late-complications").orElseThrow();
    assertThat(text)
        .contains(hba1c.section() + "\n" + hba1c.label() + " 7,4 %")
        .contains(late.label() + " Diabetische Nephropathie, Diabetische");
    assertThat(text.replace("\n", " "))
        .as("a long value wrapped in its column")
        .contains(late.label() + " Diabetische Nephropathie, Diabetische Retinopathie");
    assertThat(text.indexOf(hba1c.section())).isLessThan(text.indexOf(hba1c.label() + " 7,4"));
  }

  @Test
  void render_shouldBreakALongDocumentationOntoFurtherPages() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter parameter : DM2.parameters()) {
      if (!parameter.values().isEmpty()) {
        values.put(parameter.code(), String.join("|", parameter.values()));
      }
    }
    byte[] pdf =
        new PrintoutRenderer().render(record(values, DocumentType.FD), practice(), patient());

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Folgedokumentation").contains("Seite 2");
    }
  }

  private static DocumentationRecord record(Map<String, String> values, DocumentType type) {
    return new DocumentationRecord(
        1L,
        2L,
        3L,
        "Müller",
        "Jürgen",
        "DM2",
        DM2.title(),
        DM2.titleEn(),
        type,
        DAY,
        "COMPLETE",
        null,
        DAY.plusMonths(4),
        null,
        "Dr. Weber",
        true,
        DM2.parameters().stream().filter(p -> p.appearsIn(type)).toList(),
        values,
        List.of());
  }

  private static Practice practice() {
    var practice = new Practice("201234500", "Hausarztpraxis am Dom", "Nordrhein");
    practice.locate(new PostalAddress("Domkloster", "4", "50667", "Köln"), "0221 1234560");
    return practice;
  }

  private static Patient patient() {
    var patient = new Patient("Müller", "Jürgen", LocalDate.of(1951, 4, 3), Sex.MALE);
    patient.insure(new Insurer("104212505", "AOK Rheinland"), "A123456780");
    return patient;
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\r\n", "\n");
    }
  }
}
