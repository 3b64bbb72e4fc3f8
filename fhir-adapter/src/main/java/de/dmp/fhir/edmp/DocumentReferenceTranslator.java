package de.dmp.fhir.edmp;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.EdmpFile;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContextComponent;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * The eDMP file of a documentation as DocumentReference (sharing the documentation's id): KBV's
 * document type, the patient, the documentation it was written from, and the file itself as
 * attachment, ISO-8859-15 XML.
 */
public final class DocumentReferenceTranslator {

  /** KBV's code system of document types ({@code document_type_cd S}). */
  public static final String KBV_DOCUMENT_TYPES = "urn:oid:1.2.276.0.76.5.100";

  private DocumentReferenceTranslator() {}

  public static DocumentReference toFhirResource(Documentation documentation, EdmpFile file) {
    var reference = new DocumentReference();
    reference.setId(String.valueOf(documentation.getId()));
    reference.setStatus(DocumentReferenceStatus.CURRENT);
    reference.setType(
        new CodeableConcept(
            new Coding(KBV_DOCUMENT_TYPES, file.kind().code(), file.kind().name())));
    reference.setSubject(
        new Reference("Patient/" + documentation.getEnrolment().getPatient().getId()));
    reference.setDate(Date.from(documentation.getUpdatedAt()));
    String day = documentation.getDocumentedOn().toString();
    reference.setContext(
        new DocumentReferenceContextComponent()
            .setPeriod(
                new Period()
                    .setStartElement(new DateTimeType(day))
                    .setEndElement(new DateTimeType(day)))
            .setRelated(List.of(new Reference("QuestionnaireResponse/" + documentation.getId()))));
    reference
        .addContent()
        .setAttachment(
            new Attachment()
                .setContentType(EdmpFile.CONTENT_TYPE)
                .setTitle(file.name())
                .setCreationElement(new DateTimeType(day))
                .setData(file.content()));
    return reference;
  }
}
