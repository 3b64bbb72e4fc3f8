package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A documentation as the programme's form filled in, one version per revision: its values as
 * answers, grouped like the Questionnaire, item text the G-BA field name. Only programme parameters
 * exist, so nothing but what the programme requires reaches an insurer.
 */
public final class QuestionnaireResponseTranslator {

  private QuestionnaireResponseTranslator() {}

  public static QuestionnaireResponse toFhirResource(
      Documentation documentation, ProgrammeDefinition programme) {
    var response = new QuestionnaireResponse();
    String revision = String.valueOf(documentation.getRevision());
    response.setId(new IdType("QuestionnaireResponse", documentation.getId().toString(), revision));
    response.getMeta().setVersionId(revision);
    response.getMeta().setLastUpdated(Date.from(documentation.getUpdatedAt()));
    response.setQuestionnaire(
        QuestionnaireTranslator.canonical(programme, documentation.getType()));
    response.setStatus(status(documentation));
    response.setSubject(DocumentationReferences.patient(documentation));
    response.setEncounter(DocumentationReferences.encounter(documentation));
    response.setAuthoredElement(new DateTimeType(documentation.getDocumentedOn().toString()));
    response.setAuthor(author(documentation));
    Map<String, String> values = documentation.currentValues();
    for (Section section : Section.of(programme, documentation.getType())) {
      List<Parameter> answered =
          section.parameters().stream().filter(p -> values.containsKey(p.code())).toList();
      if (!answered.isEmpty()) {
        var group = response.addItem().setLinkId(section.linkId()).setText(section.title());
        answered.forEach(p -> group.addItem(item(programme, p, values.get(p.code()))));
      }
    }
    return response;
  }

  /**
   * The values a filled-in form documents, by parameter code (the items' linkIds, groups
   * flattened), written as the domain reads them; the boundary checks them against the programme.
   */
  public static Map<String, String> toDomainValues(QuestionnaireResponse response) {
    Map<String, String> values = new LinkedHashMap<>();
    collect(response.getItem(), values);
    return values;
  }

  private static void collect(
      List<QuestionnaireResponseItemComponent> items, Map<String, String> values) {
    for (QuestionnaireResponseItemComponent item : items) {
      if (item.hasAnswer()) {
        values.put(
            item.getLinkId(),
            item.getAnswer().stream()
                .map(answer -> written(item.getLinkId(), answer.getValue()))
                .collect(Collectors.joining(ParameterValue.SEPARATOR)));
      }
      collect(item.getItem(), values);
    }
  }

  private static String written(String linkId, Type value) {
    if (value instanceof Quantity quantity) {
      return quantity.getValue().toPlainString();
    }
    if (value instanceof Coding coding) {
      return coding.getCode();
    }
    if (value instanceof IntegerType || value instanceof DateType || value instanceof StringType) {
      return value.primitiveValue();
    }
    throw new UnprocessableEntityException(
        "QuestionnaireResponse.item "
            + linkId
            + ": an answer is a quantity, integer, coding, date or string, not "
            + (value == null ? "empty" : value.fhirType())
            + ".");
  }

  static QuestionnaireResponseStatus status(Documentation documentation) {
    if (documentation.getStatus() == DocumentationStatus.DRAFT) {
      return QuestionnaireResponseStatus.INPROGRESS;
    }
    return documentation.getRevision() > 1
        ? QuestionnaireResponseStatus.AMENDED
        : QuestionnaireResponseStatus.COMPLETED;
  }

  private static Reference author(Documentation documentation) {
    var doctor = documentation.getVisit().getPractitioner();
    return doctor == null
        ? new Reference(
            OrganizationTranslator.practiceReference(
                documentation.getEnrolment().getPractice().getId()))
        : new Reference("Practitioner/" + doctor.getId());
  }

  private static QuestionnaireResponseItemComponent item(
      ProgrammeDefinition programme, Parameter parameter, String raw) {
    var item =
        new QuestionnaireResponseItemComponent()
            .setLinkId(parameter.code())
            .setText(parameter.label());
    answers(programme, parameter, raw).forEach(value -> item.addAnswer().setValue(value));
    return item;
  }

  /**
   * The typed answers of a stored value. A draft's values are unchecked: one that does not read as
   * its type is given as it was typed.
   */
  static List<Type> answers(ProgrammeDefinition programme, Parameter parameter, String raw) {
    String system = QuestionnaireTranslator.answerSystem(programme, parameter);
    return switch (parameter.type()) {
      case QUANTITY ->
          List.of(
              ParameterValue.number(raw)
                  .<Type>map(n -> new Quantity().setValue(n).setUnit(parameter.unit()))
                  .orElseGet(() -> new StringType(raw)));
      case COUNT ->
          List.of(
              ParameterValue.number(raw)
                  .filter(n -> n.stripTrailingZeros().scale() <= 0)
                  .<Type>map(n -> new IntegerType(n.intValueExact()))
                  .orElseGet(() -> new StringType(raw)));
      case CODE -> List.of(new Coding(system, raw, raw));
      case CODES ->
          ParameterValue.codes(raw).stream().<Type>map(c -> new Coding(system, c, c)).toList();
      case DATE ->
          List.of(
              ParameterValue.date(raw)
                  .<Type>map(d -> new DateType(d.toString()))
                  .orElseGet(() -> new StringType(raw)));
    };
  }
}
