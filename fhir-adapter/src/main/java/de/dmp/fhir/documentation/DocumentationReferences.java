package de.dmp.fhir.documentation;

import de.dmp.documentation.entity.Documentation;
import org.hl7.fhir.r4.model.Reference;

/** The references every resource made from a documentation carries. */
final class DocumentationReferences {

  private DocumentationReferences() {}

  static Reference patient(Documentation documentation) {
    return new Reference("Patient/" + documentation.getEnrolment().getPatient().getId());
  }

  static Reference encounter(Documentation documentation) {
    return new Reference("Encounter/" + documentation.getVisit().getId());
  }

  static Reference questionnaireResponse(Documentation documentation) {
    return new Reference("QuestionnaireResponse/" + documentation.getId());
  }
}
