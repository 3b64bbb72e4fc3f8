package de.dmp.documentation.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.FieldError;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The form for an enrolment's next documentation, or for correcting a complete one: whose it is,
 * the fields its programme asks for in this document type, and what it starts with.
 *
 * @param documentationId the waiting draft or the documentation being corrected, or null
 * @param documentationVersion its version, for the optimistic check when it is saved again
 * @param documentedOn the day of the draft or of the documentation being corrected, or null for a
 *     new documentation, which the doctor dates
 * @param storedValues the answers the form starts with: the draft's, the corrected documentation's,
 *     or those a follow-up carries over from the previous documentation
 * @param correcting whether the form corrects a complete documentation (kept only when checked)
 * @param periodDocumented for a new documentation, the complete one that already covers the day's
 *     documentation period, which saving would refuse; null when there is none
 */
public record DocumentationForm(
    long enrolmentId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    String programmeTitle,
    String programmeTitleEn,
    DocumentType type,
    List<Parameter> parameters,
    Long documentationId,
    long documentationVersion,
    LocalDate documentedOn,
    Map<String, String> storedValues,
    boolean correcting,
    PeriodDocumented periodDocumented)
    implements Serializable {

  /** The documentation already there for the period, to open and correct instead, and why. */
  public record PeriodDocumented(long documentationId, FieldError reason) implements Serializable {}

  /** The same form, told which documentation already covers its period. */
  DocumentationForm coveredBy(Documentation existing) {
    return new DocumentationForm(
        enrolmentId,
        patientId,
        familyName,
        givenName,
        programmeCode,
        programmeTitle,
        programmeTitleEn,
        type,
        parameters,
        documentationId,
        documentationVersion,
        documentedOn,
        storedValues,
        correcting,
        new PeriodDocumented(existing.getId(), existing.coversPeriod()));
  }

  /** The form of the enrolment's next documentation, continuing the draft if there is one. */
  DocumentationForm(Enrolment enrolment, ProgrammeDefinition programme, Documentation draft) {
    this(
        enrolment,
        programme,
        enrolment.nextDocumentType(),
        draft,
        draft == null ? Map.of() : draft.currentValues(),
        false);
  }

  /**
   * The form of a follow-up documentation without a draft, started with the previous
   * documentation's answers to the fields the programme carries over.
   */
  static DocumentationForm following(
      Enrolment enrolment, ProgrammeDefinition programme, Map<String, String> previous) {
    return new DocumentationForm(
        enrolment,
        programme,
        enrolment.nextDocumentType(),
        null,
        programme.carriedOver(previous),
        false);
  }

  /** The form to correct a complete documentation, under the programme version in force. */
  static DocumentationForm correcting(Documentation documentation, ProgrammeDefinition programme) {
    return new DocumentationForm(
        documentation.getEnrolment(),
        programme,
        documentation.getType(),
        documentation,
        documentation.currentValues(),
        true);
  }

  private DocumentationForm(
      Enrolment enrolment,
      ProgrammeDefinition programme,
      DocumentType type,
      Documentation stored,
      Map<String, String> start,
      boolean correcting) {
    this(
        enrolment.getId(),
        enrolment.getPatient().getId(),
        enrolment.getPatient().getFamilyName(),
        enrolment.getPatient().getGivenName(),
        programme.code(),
        programme.title(),
        programme.titleEn(),
        type,
        programme.parameters().stream().filter(parameter -> parameter.appearsIn(type)).toList(),
        stored == null ? null : stored.getId(),
        stored == null ? 0 : stored.getVersion(),
        stored == null ? null : stored.getDocumentedOn(),
        Map.copyOf(start),
        correcting,
        null);
  }
}
