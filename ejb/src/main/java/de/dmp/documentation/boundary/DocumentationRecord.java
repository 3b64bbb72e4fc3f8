package de.dmp.documentation.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationRevision;
import de.dmp.patient.entity.Patient;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A documentation to read: its answers under the programme version it was made in, and its
 * revisions newest first.
 *
 * @param correctionDeadline the last day the data office takes a correction of it (day 52 after its
 *     quarter)
 * @param previouslySentOn the day of the delivery a correction made void (null if none)
 * @param author the documenting doctor, or whoever recorded the first revision, by the name of the
 *     person where the account has one
 * @param correctable whether it may still be corrected (complete, or sent and the correction
 *     deadline not passed)
 */
public record DocumentationRecord(
    long documentationId,
    long enrolmentId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    String programmeTitle,
    String programmeTitleEn,
    DocumentType type,
    LocalDate documentedOn,
    String status,
    LocalDate sentOn,
    LocalDate correctionDeadline,
    LocalDate previouslySentOn,
    String author,
    boolean correctable,
    List<Parameter> parameters,
    Map<String, String> values,
    List<Revision> revisions)
    implements Serializable {

  /**
   * One revision: its place among the shown revisions (the oldest 1), when, by whom (the person's
   * name where the account has one, else the user name; null where not recorded), and the labels of
   * the fields it changed against the revision before (none for the first).
   */
  public record Revision(
      int number, String status, Instant recordedAt, String recordedBy, List<String> changed)
      implements Serializable {}

  DocumentationRecord(
      Documentation documentation,
      Patient patient,
      ProgrammeDefinition programme,
      List<Documentation> history,
      Map<String, String> names,
      LocalDate today) {
    this(
        documentation.getId(),
        documentation.getEnrolment().getId(),
        patient.getId(),
        patient.getFamilyName(),
        patient.getGivenName(),
        programme.code(),
        programme.title(),
        programme.titleEn(),
        documentation.getType(),
        documentation.getDocumentedOn(),
        documentation.getStatus().name(),
        documentation.getSentOn(),
        documentation.correctionDeadline(),
        documentation.getPreviouslySentOn(),
        authorOf(documentation, history, names),
        documentation.isCorrectable(today),
        programme.parameters().stream()
            .filter(parameter -> parameter.appearsIn(documentation.getType()))
            .toList(),
        Map.copyOf(documentation.currentValues()),
        revisionsOf(history, programme.parameters(), names));
  }

  private static String authorOf(
      Documentation documentation, List<Documentation> history, Map<String, String> names) {
    Practitioner doctor = documentation.getVisit().getPractitioner();
    return doctor != null
        ? doctor.getGivenName() + " " + doctor.getFamilyName()
        : nameOf(history.get(history.size() - 1).currentRevision().getRecordedBy(), names);
  }

  /** The person using the account, where the account names one, else its user name. */
  private static String nameOf(String username, Map<String, String> names) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  /**
   * The revisions newest first, each with what it changed against the one before. The form keeps
   * every change as a draft revision: of consecutive drafts only the last is shown, as the draft
   * stood, and the shown ones are numbered from the oldest.
   */
  private static List<Revision> revisionsOf(
      List<Documentation> history, List<Parameter> parameters, Map<String, String> names) {
    List<Documentation> shown = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      if (i == 0 || !history.get(i).isDraft() || !history.get(i - 1).isDraft()) {
        shown.add(history.get(i));
      }
    }
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      DocumentationRevision revision = shown.get(i).currentRevision();
      List<String> changed =
          i + 1 < shown.size()
              ? changedLabels(
                  shown.get(i + 1).currentValues(), shown.get(i).currentValues(), parameters)
              : List.of();
      revisions.add(
          new Revision(
              shown.size() - i,
              revision.getStatus().name(),
              revision.getRecordedAt(),
              nameOf(revision.getRecordedBy(), names),
              changed));
    }
    return List.copyOf(revisions);
  }

  private static List<String> changedLabels(
      Map<String, String> before, Map<String, String> after, List<Parameter> parameters) {
    return parameters.stream()
        .filter(p -> !Objects.equals(before.get(p.code()), after.get(p.code())))
        .map(Parameter::label)
        .toList();
  }
}
