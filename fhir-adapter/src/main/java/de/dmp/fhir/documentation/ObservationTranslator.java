package de.dmp.fhir.documentation;

import de.dmp.documentation.entity.Documentation;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * The observations a complete documentation yields: one per documented parameter that has a LOINC
 * code (HbA1c, blood pressure, eGFR, FEV1, weight, …), id {@code <documentation>-<parameter>}. A
 * draft yields none: it is not yet a finding.
 */
public final class ObservationTranslator {

  private ObservationTranslator() {}

  /** The observation id of one parameter of one documentation. */
  public static String id(long documentationId, String parameterCode) {
    return documentationId + "-" + parameterCode;
  }

  public static List<Observation> toFhirResources(
      Documentation documentation, ProgrammeDefinition programme) {
    if (documentation.isDraft()) {
      return List.of();
    }
    Map<String, String> values = documentation.currentValues();
    return programme.parameters().stream()
        .filter(p -> p.loinc() != null && values.containsKey(p.code()))
        .map(p -> toFhirResource(documentation, programme, p, values.get(p.code())))
        .toList();
  }

  /** The observation of one parameter, if the documentation yields it. */
  public static Optional<Observation> toFhirResource(
      Documentation documentation, ProgrammeDefinition programme, String parameterCode) {
    return toFhirResources(documentation, programme).stream()
        .filter(o -> o.getIdElement().getIdPart().equals(id(documentation.getId(), parameterCode)))
        .findFirst();
  }

  private static Observation toFhirResource(
      Documentation documentation, ProgrammeDefinition programme, Parameter parameter, String raw) {
    var observation = new Observation();
    observation.setId(id(documentation.getId(), parameter.code()));
    observation.getMeta().setVersionId(String.valueOf(documentation.getRevision()));
    observation.getMeta().setLastUpdated(Date.from(documentation.getUpdatedAt()));
    observation.setStatus(
        documentation.getRevision() > 1 ? ObservationStatus.AMENDED : ObservationStatus.FINAL);
    observation.setCode(
        new CodeableConcept(QuestionnaireTranslator.loinc(parameter).orElseThrow())
            .setText(parameter.label()));
    observation.setSubject(DocumentationReferences.patient(documentation));
    observation.setEncounter(DocumentationReferences.encounter(documentation));
    observation.setEffective(new DateTimeType(documentation.getDocumentedOn().toString()));
    observation.setIssued(Date.from(documentation.getUpdatedAt()));
    observation.addDerivedFrom(DocumentationReferences.questionnaireResponse(documentation));
    observation.setValue(value(programme, parameter, raw));
    return observation;
  }

  /** An answer as an observation's value: the types differ only for codes and dates. */
  private static Type value(ProgrammeDefinition programme, Parameter parameter, String raw) {
    List<Type> answers = QuestionnaireResponseTranslator.answers(programme, parameter, raw);
    Type first = answers.get(0);
    if (first instanceof Coding) {
      var concept = new CodeableConcept().setText(raw);
      answers.forEach(answer -> concept.addCoding((Coding) answer));
      return concept;
    }
    return first instanceof DateType date ? new DateTimeType(date.getValueAsString()) : first;
  }
}
