package de.dmp.web.documentation;

import de.dmp.documentation.boundary.DocumentationRecord;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.Formats;
import de.dmp.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One documentation to read, as its form grouped it, with its revisions; a documentation of another
 * practice, or none, shows nothing.
 */
@Named
@ViewScoped
public class DocumentationRecordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Documentations documentations;
  @Inject private Formats formats;
  @Inject private Clock clock;

  private long documentationId;
  private DocumentationRecord record;
  private List<FormSection> sections = List.of();

  public void load() {
    try {
      record = documentations.record(documentationId);
    } catch (NotFoundException | AccessDeniedException e) {
      record = null;
      return;
    }
    sections = FormSection.of(record.parameters(), Texts.locale());
  }

  /**
   * The answer to a field as a doctor reads it: numbers, days and coded values in the user's
   * language.
   */
  public String answer(Parameter parameter) {
    String raw = record.values().get(parameter.code());
    if (raw == null) {
      return "–";
    }
    return switch (parameter.type()) {
      case QUANTITY, COUNT ->
          ParameterValue.number(raw)
              .map(n -> (formats.number(n) + " " + parameter.unit(Texts.locale())).strip())
              .orElse(raw);
      case DATE -> ParameterValue.date(raw).map(formats::day).orElse(raw);
      case CODES ->
          String.join(
              ", ",
              ParameterValue.codes(raw).stream()
                  .map(code -> parameter.valueLabel(code, Texts.locale()))
                  .toList());
      case CODE -> parameter.valueLabel(raw.strip(), Texts.locale());
      default -> raw;
    };
  }

  /** When a revision was recorded, in the server clock's time zone. */
  public String recordedAt(Instant instant) {
    return formats.time(LocalDateTime.ofInstant(instant, clock.getZone()));
  }

  /** What a revision changed, in words. */
  public String changes(DocumentationRecord.Revision revision) {
    if (revision.number() == 1) {
      return Texts.text("record.revision.first");
    }
    return revision.changed().isEmpty()
        ? Texts.text("record.revision.unchanged")
        : String.join(", ", revision.changed());
  }

  public long getDocumentationId() {
    return documentationId;
  }

  public void setDocumentationId(long documentationId) {
    this.documentationId = documentationId;
  }

  public DocumentationRecord getRecord() {
    return record;
  }

  public List<FormSection> getSections() {
    return sections;
  }
}
