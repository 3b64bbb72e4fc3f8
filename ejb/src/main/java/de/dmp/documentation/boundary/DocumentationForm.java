package de.dmp.documentation.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The form for an enrolment's next documentation: whose it is, the fields its programme asks for in
 * this document type, and the draft to continue, if there is one.
 *
 * @param draftId the waiting draft, or null
 * @param draftVersion its version, for the optimistic check when it is saved again
 */
public record DocumentationForm(
    long enrolmentId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    String programmeTitle,
    DocumentType type,
    List<Parameter> parameters,
    Long draftId,
    long draftVersion,
    Map<String, String> draftValues)
    implements Serializable {

  DocumentationForm(Enrolment enrolment, ProgrammeDefinition programme, Documentation draft) {
    this(
        enrolment.getId(),
        enrolment.getPatient().getId(),
        enrolment.getPatient().getFamilyName(),
        enrolment.getPatient().getGivenName(),
        programme.code(),
        programme.title(),
        enrolment.nextDocumentType(),
        programme.parameters().stream()
            .filter(parameter -> parameter.appearsIn(enrolment.nextDocumentType()))
            .toList(),
        draft == null ? null : draft.getId(),
        draft == null ? 0 : draft.getVersion(),
        draft == null ? Map.of() : Map.copyOf(draft.currentValues()));
  }
}
