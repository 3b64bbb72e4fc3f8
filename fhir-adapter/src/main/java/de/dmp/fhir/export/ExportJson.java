package de.dmp.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterParticipantComponent;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * One resource as a line of JSON. Observations, QuestionnaireResponses and Encounters, nearly all
 * of an export's resources, are written element by element with Jackson: HAPI's reflective encoder
 * bound the export to one core (docs/performance.md). The output is HAPI's byte for byte
 * (ExportJsonTest); a resource holding an element not written here ({@link HandWritten}), and every
 * other type, goes through HAPI.
 */
final class ExportJson {

  private static final IParser HAPI = FhirContext.forR4Cached().newJsonParser();

  private ExportJson() {}

  static void write(IBaseResource resource, JsonGenerator out) throws IOException {
    if (resource instanceof Observation observation && HandWritten.covers(observation)) {
      observation(observation, out);
    } else if (resource instanceof QuestionnaireResponse response && HandWritten.covers(response)) {
      questionnaireResponse(response, out);
    } else if (resource instanceof Encounter encounter && HandWritten.covers(encounter)) {
      encounter(encounter, out);
    } else {
      out.writeRawValue(HAPI.encodeResourceToString(resource));
    }
  }

  private static void observation(Observation observation, JsonGenerator out) throws IOException {
    start(
        observation.fhirType(), observation.getIdElement().getIdPart(), observation.getMeta(), out);
    primitive("status", observation.getStatusElement(), out);
    out.writeFieldName("code");
    concept(observation.getCode(), out);
    reference("subject", observation.getSubject(), out);
    reference("encounter", observation.getEncounter(), out);
    choice("effective", observation.getEffective(), out);
    primitive("issued", observation.getIssuedElement(), out);
    choice("value", observation.getValue(), out);
    array("derivedFrom", observation.getDerivedFrom(), ExportJson::reference, out);
    out.writeEndObject();
  }

  private static void questionnaireResponse(QuestionnaireResponse response, JsonGenerator out)
      throws IOException {
    start(response.fhirType(), response.getIdElement().getIdPart(), response.getMeta(), out);
    primitive("questionnaire", response.getQuestionnaireElement(), out);
    primitive("status", response.getStatusElement(), out);
    reference("subject", response.getSubject(), out);
    reference("encounter", response.getEncounter(), out);
    primitive("authored", response.getAuthoredElement(), out);
    reference("author", response.getAuthor(), out);
    array("item", response.getItem(), ExportJson::item, out);
    out.writeEndObject();
  }

  private static void encounter(Encounter encounter, JsonGenerator out) throws IOException {
    start(encounter.fhirType(), encounter.getIdElement().getIdPart(), encounter.getMeta(), out);
    primitive("status", encounter.getStatusElement(), out);
    out.writeFieldName("class");
    coding(encounter.getClass_(), out);
    reference("subject", encounter.getSubject(), out);
    array("episodeOfCare", encounter.getEpisodeOfCare(), ExportJson::reference, out);
    array("participant", encounter.getParticipant(), ExportJson::participant, out);
    out.writeObjectFieldStart("period");
    primitive("start", encounter.getPeriod().getStartElement(), out);
    out.writeEndObject();
    reference("serviceProvider", encounter.getServiceProvider(), out);
    out.writeEndObject();
  }

  private static void start(String type, String id, Meta meta, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("resourceType", type);
    out.writeStringField("id", id);
    out.writeObjectFieldStart("meta");
    primitive("versionId", meta.getVersionIdElement(), out);
    primitive("lastUpdated", meta.getLastUpdatedElement(), out);
    out.writeEndObject();
  }

  private static void item(QuestionnaireResponseItemComponent item, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    primitive("linkId", item.getLinkIdElement(), out);
    primitive("text", item.getTextElement(), out);
    array("answer", item.getAnswer(), ExportJson::answer, out);
    array("item", item.getItem(), ExportJson::item, out);
    out.writeEndObject();
  }

  private static void answer(QuestionnaireResponseItemAnswerComponent answer, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    choice("value", answer.getValue(), out);
    out.writeEndObject();
  }

  private static void participant(EncounterParticipantComponent participant, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    reference("individual", participant.getIndividual(), out);
    out.writeEndObject();
  }

  /** A choice element such as value[x], its name suffixed with the type as FHIR JSON has it. */
  private static void choice(String name, Type value, JsonGenerator out) throws IOException {
    if (value == null) {
      return;
    }
    String type = value.fhirType();
    String field = name + Character.toUpperCase(type.charAt(0)) + type.substring(1);
    if (value instanceof PrimitiveType<?> primitive) {
      primitive(field, primitive, out);
      return;
    }
    out.writeFieldName(field);
    if (value instanceof Quantity quantity) {
      quantity(quantity, out);
    } else if (value instanceof CodeableConcept concept) {
      concept(concept, out);
    } else if (value instanceof Coding coding) {
      coding(coding, out);
    } else {
      throw new IllegalArgumentException("no JSON writer for " + type + " in " + name + "[x]");
    }
  }

  private static void quantity(Quantity quantity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    primitive("value", quantity.getValueElement(), out);
    primitive("unit", quantity.getUnitElement(), out);
    out.writeEndObject();
  }

  private static void concept(CodeableConcept concept, JsonGenerator out) throws IOException {
    out.writeStartObject();
    array("coding", concept.getCoding(), ExportJson::coding, out);
    primitive("text", concept.getTextElement(), out);
    out.writeEndObject();
  }

  private static void coding(Coding coding, JsonGenerator out) throws IOException {
    out.writeStartObject();
    primitive("system", coding.getSystemElement(), out);
    primitive("code", coding.getCodeElement(), out);
    primitive("display", coding.getDisplayElement(), out);
    out.writeEndObject();
  }

  private static void reference(String name, Reference reference, JsonGenerator out)
      throws IOException {
    if (reference.hasReference()) {
      out.writeFieldName(name);
      reference(reference, out);
    }
  }

  private static void reference(Reference reference, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("reference", reference.getReference());
    primitive("display", reference.getDisplayElement(), out);
    out.writeEndObject();
  }

  /** Writes one element of an array. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(T element, JsonGenerator out) throws IOException;
  }

  /** A repeating element as FHIR JSON has it: an array, left out when empty. */
  private static <T> void array(
      String name, List<T> elements, ElementWriter<T> element, JsonGenerator out)
      throws IOException {
    if (elements.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (T each : elements) {
      element.write(each, out);
    }
    out.writeEndArray();
  }

  /** A primitive as HAPI writes it: numbers and booleans bare, everything else a string. */
  private static void primitive(String name, PrimitiveType<?> value, JsonGenerator out)
      throws IOException {
    if (!value.hasValue()) {
      return;
    }
    out.writeFieldName(name);
    switch (value.fhirType()) {
      case "decimal", "integer", "positiveInt", "unsignedInt" ->
          out.writeNumber(value.getValueAsString());
      case "boolean" -> out.writeBoolean(Boolean.parseBoolean(value.getValueAsString()));
      default -> out.writeString(value.getValueAsString());
    }
  }
}
