package de.dmp.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.dmp.demo.control.SampleDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.fhir.conformance.Stored;
import de.dmp.fhir.documentation.EncounterTranslator;
import de.dmp.fhir.documentation.ObservationTranslator;
import de.dmp.fhir.documentation.QuestionnaireResponseTranslator;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The export's own writer must give exactly what HAPI's encoder gives, resource for resource. */
class ExportJsonTest {

  private static final IParser HAPI = FhirContext.forR4Cached().newJsonParser();
  private static final JsonFactory JSON = new JsonFactory();

  static Stream<ProgrammeDefinition> programmes() {
    return ProgrammeCatalogue.load(ExportJsonTest.class.getClassLoader()).all().stream();
  }

  private static String written(IBaseResource resource) throws IOException {
    var text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      ExportJson.write(resource, out);
    }
    return text.toString();
  }

  private static void assertWrittenAsHapi(List<? extends IBaseResource> resources)
      throws IOException {
    assertThat(resources).isNotEmpty();
    for (IBaseResource resource : resources) {
      assertThat(written(resource))
          .as(resource.getIdElement().getValue())
          .isEqualTo(HAPI.encodeResourceToString(resource));
    }
  }

  private static List<IBaseResource> resources(
      Documentation documentation, ProgrammeDefinition programme) {
    List<IBaseResource> resources = new ArrayList<>();
    resources.add(EncounterTranslator.toFhirResource(List.of(documentation)));
    resources.add(QuestionnaireResponseTranslator.toFhirResource(documentation, programme));
    resources.addAll(ObservationTranslator.toFhirResources(documentation, programme));
    return resources;
  }

  @ParameterizedTest
  @MethodSource("programmes")
  void everyDocumentationOfEveryProgramme_shouldBeWrittenAsHapiWritesIt(
      ProgrammeDefinition programme) throws IOException {
    var samples = new SampleDocumentation(new Random(11));
    Practitioner doctor = Fixtures.doctor(Fixtures.practice());
    for (DocumentType type : DocumentType.values()) {
      Map<String, String> values = samples.values(programme, type, Fixtures.VISITED);
      var complete =
          Fixtures.documentation(programme, type, values, DocumentationStatus.COMPLETE, doctor);
      var amendedByThePractice =
          Stored.with(
              Fixtures.documentation(programme, type, values, DocumentationStatus.COMPLETE, null),
              "revision",
              3);
      assertWrittenAsHapi(resources(complete, programme));
      assertWrittenAsHapi(resources(amendedByThePractice, programme));
    }
  }

  @Test
  void aDraftsUncheckedValues_shouldBeWrittenAsHapiWritesThem() throws IOException {
    ProgrammeDefinition dm2 = programmes().filter(p -> p.code().equals("DM2")).findFirst().get();
    var draft =
        Fixtures.documentation(
            dm2,
            DocumentType.FD,
            Map.of("hba1c", "sieben \"Komma\" \\ zwei\n", "weight", "80,5"),
            DocumentationStatus.DRAFT,
            null);

    assertWrittenAsHapi(resources(draft, dm2));
  }

  @Test
  void otherTypes_shouldBeWrittenByHapi() throws IOException {
    var patient = Stored.with(Fixtures.patient(42L), "updatedAt", Fixtures.NOW);

    assertWrittenAsHapi(List.of(PatientTranslator.toFhirResource(patient)));
  }
}
