package de.dmp.documentation.control;

import de.dmp.documentation.boundary.DocumentationRecord;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printout of a documentation for the patient and the practice's file, in German: the practice
 * (name, BSNR, address), the patient (name, birth date, KVNR, insurer), programme, type and day,
 * then every documented field under its G-BA label, grouped by the form's sections.
 */
public final class PrintoutRenderer {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final float MARGIN = 56;
  private static final float VALUE_COLUMN = 300;
  private static final float SIZE = 10;
  private static final float LEADING = 13;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  /**
   * The PDF of the documentation; the record's fields are the programme version's it was made in.
   */
  public byte[] render(DocumentationRecord record, Practice practice, Patient patient) {
    try (var document = new PDDocument()) {
      document.getDocumentInformation().setTitle(title(record) + ", " + name(patient));
      document.getDocumentInformation().setCreator("DMP records system");
      try (var page = new Page(document)) {
        header(page, record, practice, patient);
        sections(page, record);
      }
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Page page, DocumentationRecord record, Practice practice, Patient patient)
      throws IOException {
    page.line(bold, 11, practice.getName());
    page.line(regular, SIZE, "BSNR " + practice.getBsnr());
    page.line(regular, SIZE, address(practice.getAddress()));
    if (practice.getPhone() != null) {
      page.line(regular, SIZE, "Telefon " + practice.getPhone());
    }
    page.space(18);
    page.line(bold, 15, title(record));
    page.space(6);
    page.field("Patient", name(patient));
    page.field("Geboren am", DAY.format(patient.getBirthDate()));
    page.field("Versichertennummer", Objects.toString(patient.getInsuranceNumber(), "–"));
    page.field(
        "Krankenkasse",
        patient.getInsurer() == null
            ? "–"
            : patient.getInsurer().getName()
                + " (IK "
                + patient.getInsurer().getInstitutionCode()
                + ")");
    page.field("Programm", record.programmeTitle());
    page.field("Art der Dokumentation", type(record.type()));
    page.field("Datum", DAY.format(record.documentedOn()));
    page.field("Dokumentiert von", Objects.toString(record.author(), "–"));
  }

  private void sections(Page page, DocumentationRecord record) throws IOException {
    Map<String, List<Parameter>> sections = new LinkedHashMap<>();
    for (Parameter parameter : record.parameters()) {
      if (record.values().get(parameter.code()) != null) {
        sections.computeIfAbsent(parameter.section(), s -> new ArrayList<>()).add(parameter);
      }
    }
    for (var section : sections.entrySet()) {
      page.space(10);
      page.heading(section.getKey());
      for (Parameter parameter : section.getValue()) {
        page.field(parameter.label(), answer(parameter, record.values().get(parameter.code())));
      }
    }
    if (sections.isEmpty()) {
      page.space(10);
      page.line(regular, SIZE, "Keine Angaben dokumentiert.");
    }
  }

  /** The answer as a German reader writes it: decimal comma, days as dd.MM.yyyy. */
  static String answer(Parameter parameter, String raw) {
    return switch (parameter.type()) {
      case QUANTITY, COUNT ->
          ParameterValue.number(raw)
              .map(n -> number(n) + (parameter.unit() == null ? "" : " " + parameter.unit()))
              .orElse(raw);
      case DATE -> ParameterValue.date(raw).map(DAY::format).orElse(raw);
      case CODES -> String.join(", ", ParameterValue.codes(raw));
      default -> raw;
    };
  }

  private static String number(Number number) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
    format.setMaximumFractionDigits(3);
    return format.format(number);
  }

  private static String title(DocumentationRecord record) {
    return type(record.type()) + " " + record.programmeTitle();
  }

  private static String type(DocumentType type) {
    return type == DocumentType.ED ? "Erstdokumentation" : "Folgedokumentation";
  }

  private static String name(Patient patient) {
    return patient.getFamilyName() + ", " + patient.getGivenName();
  }

  private static String address(PostalAddress address) {
    if (address == null) {
      return "Anschrift nicht erfasst";
    }
    String street =
        Stream.of(address.street(), address.houseNumber())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    String city =
        Stream.of(address.zip(), address.city())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return street.isEmpty() ? city : street + ", " + city;
  }

  /** The pages as they fill: lines from the top, a new page where the next line would not fit. */
  private final class Page implements AutoCloseable {

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;
    private int number;

    Page(PDDocument document) throws IOException {
      this.document = document;
      next();
    }

    void line(PDType1Font font, float size, String text) throws IOException {
      for (String part : wrap(font, size, text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
        room(size + 3);
        write(font, size, MARGIN, part);
        y -= size + 3;
      }
    }

    void heading(String text) throws IOException {
      room(3 * LEADING);
      line(bold, 11, text);
      y -= 2;
    }

    /** A label and its value side by side, each wrapped in its column. */
    void field(String label, String value) throws IOException {
      List<String> labels = wrap(regular, SIZE, label, VALUE_COLUMN - MARGIN - 12);
      List<String> values =
          wrap(bold, SIZE, value, PDRectangle.A4.getWidth() - MARGIN - VALUE_COLUMN);
      int lines = Math.max(labels.size(), values.size());
      room(lines * LEADING);
      for (int i = 0; i < lines; i++) {
        if (i < labels.size()) {
          write(regular, SIZE, MARGIN, labels.get(i));
        }
        if (i < values.size()) {
          write(bold, SIZE, VALUE_COLUMN, values.get(i));
        }
        y -= LEADING;
      }
    }

    void space(float points) {
      y -= points;
    }

    private void room(float needed) throws IOException {
      if (y - needed < MARGIN + 20) {
        next();
      }
    }

    private void write(PDType1Font font, float size, float x, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y - size);
      content.showText(text);
      content.endText();
    }

    private void next() throws IOException {
      close();
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      number++;
      y = PDRectangle.A4.getHeight() - MARGIN;
      content.beginText();
      content.setFont(regular, 8);
      content.newLineAtOffset(MARGIN, MARGIN - 10);
      content.showText("DMP-Dokumentation, Seite " + number);
      content.endText();
    }

    @Override
    public void close() throws IOException {
      if (content != null) {
        content.close();
      }
    }
  }

  /**
   * The text in lines of at most that width, broken between words; characters the font lacks
   * replaced.
   */
  private static List<String> wrap(PDType1Font font, float size, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(font, text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * The standard fonts know Latin-1 (WinAnsi); ≥, ≤ and the like are written as the ASCII forms.
   */
  private static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String character =
                  switch (c) {
                    case '≥' -> ">=";
                    case '≤' -> "<=";
                    case '\n', '\t', '\r' -> " ";
                    default -> Character.toString(c);
                  };
              out.append(encodable(font, character) ? character : "?");
            });
    return out.toString();
  }

  private static boolean encodable(PDType1Font font, String text) {
    try {
      font.encode(text);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
