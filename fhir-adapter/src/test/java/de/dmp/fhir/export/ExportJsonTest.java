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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
      assertThat(resources(complete, programme))
          .as("written by hand, not by HAPI's slower encoder")
          .allMatch(resource -> HandWritten.covers((Base) resource));
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

  static Stream<Arguments> elementsNotWrittenByHand() {
    return Stream.of(
        Arguments.of(
            "interpretation", (Consumer<Observation>) o -> o.addInterpretation().setText("hoch")),
        Arguments.of(
            "Coding.version",
            (Consumer<Observation>) o -> o.getCode().getCodingFirstRep().setVersion("2.77")),
        Arguments.of(
            "extension on status",
            (Consumer<Observation>)
                o ->
                    o.getStatusElement()
                        .addExtension("http://example.org/why", new StringType("import"))),
        Arguments.of("element id", (Consumer<Observation>) o -> o.getCode().setId("code-1")),
        Arguments.of(
            "effectivePeriod",
            (Consumer<Observation>)
                o -> o.setEffective(new Period().setStartElement(new DateTimeType("2026-10-01")))),
        Arguments.of(
            "reference by identifier",
            (Consumer<Observation>) o -> o.addDerivedFrom().getIdentifier().setValue("X1")),
        Arguments.of(
            "narrative",
            (Consumer<Observation>)
                o ->
                    o.getText()
                        .setStatus(NarrativeStatus.GENERATED)
                        .setDivAsString(
                            "<div xmlns=\"http://www.w3.org/1999/xhtml\">HbA1c</div>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("elementsNotWrittenByHand")
  void anElementNotWrittenByHand_shouldBeKeptByHapisEncoder(
      String element, Consumer<Observation> addition) throws IOException {
    ProgrammeDefinition dm2 = programmes().filter(p -> p.code().equals("DM2")).findFirst().get();
    var documentation =
        Fixtures.documentation(
            dm2, DocumentType.FD, Map.of("hba1c", "7,2"), DocumentationStatus.COMPLETE, null);
    Observation observation = ObservationTranslator.toFhirResources(documentation, dm2).get(0);
    String before = written(observation);

    addition.accept(observation);

    assertThat(written(observation)).isNotEqualTo(before);
    assertWrittenAsHapi(List.of(observation));
  }

  @Test
  void otherTypes_shouldBeWrittenByHapi() throws IOException {
    var patient = Stored.with(Fixtures.patient(42L), "updatedAt", Fixtures.NOW);

    assertWrittenAsHapi(List.of(PatientTranslator.toFhirResource(patient)));
  }
}
