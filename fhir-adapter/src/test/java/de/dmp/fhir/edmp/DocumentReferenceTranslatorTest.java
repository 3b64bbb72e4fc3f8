package de.dmp.fhir.edmp;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.edmp.entity.DocumentKind;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.DocumentType;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentReferenceTranslatorTest {

  private static final byte[] XML =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><levelone/>"
          .getBytes(Charset.forName("ISO-8859-15"));

  @Test
  void toFhirResource_shouldCarryTheFileWithItsTypeAndDocumentationAndValidate() {
    var programme =
        ProgrammeCatalogue.load(getClass().getClassLoader())
            .current("DM2", Fixtures.VISITED)
            .orElseThrow();
    var documentation =
        Fixtures.documentation(
            programme,
            DocumentType.FD,
            Map.of(),
            DocumentationStatus.COMPLETE,
            Fixtures.doctor(Fixtures.practice()));
    var file =
        new EdmpFile(
            "201234500_1_20261120.EVD2",
            new DocumentKind("EDMP_DIABETES2_EV", "Verlaufsdokumentation Diabetes Typ 2", "EVD2"),
            XML);

    var reference = DocumentReferenceTranslator.toFhirResource(documentation, file);

    assertThat(reference.getIdElement().getIdPart()).isEqualTo("1234");
    assertThat(reference.getType().getCodingFirstRep().getSystem())
        .isEqualTo("urn:oid:1.2.276.0.76.5.100");
    assertThat(reference.getType().getCodingFirstRep().getCode()).isEqualTo("EDMP_DIABETES2_EV");
    assertThat(reference.getSubject().getReference()).isEqualTo("Patient/42");
    assertThat(reference.getContext().getRelatedFirstRep().getReference())
        .isEqualTo("QuestionnaireResponse/1234");
    assertThat(reference.getContext().getPeriod().getStartElement().getValueAsString())
        .isEqualTo("2026-11-20");
    var attachment = reference.getContentFirstRep().getAttachment();
    assertThat(attachment.getContentType()).isEqualTo("application/xml; charset=ISO-8859-15");
    assertThat(attachment.getTitle()).isEqualTo("201234500_1_20261120.EVD2");
    assertThat(attachment.getData()).isEqualTo(XML);
    assertThat(Conformance.errors(reference)).isEmpty();
  }
}
