package de.dmp.fhir.programme;

import de.dmp.fhir.documentation.QuestionnaireTranslator;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.Examination;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.Training;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;

/**
 * A programme version as the protocol it is: the documentation at its interval (the form as
 * definition), the control examinations at theirs, the trainings offered, and the G-BA and KBV
 * sources the definition rests on.
 */
public final class PlanDefinitionTranslator {

  public static final String URL_BASE = "urn:dmp-records:PlanDefinition:";
  static final String PLAN_TYPES = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

  private PlanDefinitionTranslator() {}

  public static PlanDefinition toFhirResource(ProgrammeDefinition programme) {
    var plan = new PlanDefinition();
    plan.setId(ProgrammeIds.id(programme));
    plan.setUrl(URL_BASE + programme.code());
    plan.setVersion(programme.version());
    plan.setName(programme.code());
    plan.setTitle(programme.title());
    plan.setType(
        new CodeableConcept(new Coding(PLAN_TYPES, "clinical-protocol", "Clinical Protocol")));
    plan.setStatus(PublicationStatus.ACTIVE);
    plan.getEffectivePeriod().setStartElement(new DateTimeType(programme.validFrom().toString()));
    programme
        .sources()
        .forEach(
            source ->
                plan.addRelatedArtifact()
                    .setType(RelatedArtifactType.CITATION)
                    .setCitation(source));
    plan.addAction(documentation(programme));
    programme.examinations().forEach(examination -> plan.addAction(examination(examination)));
    programme.trainings().forEach(training -> plan.addAction(training(training)));
    return plan;
  }

  private static PlanDefinitionActionComponent documentation(ProgrammeDefinition programme) {
    var action = new PlanDefinitionActionComponent();
    action.setTitle("Folgedokumentation");
    action.setDescription(
        "Interval: "
            + programme.intervals().stream()
                .sorted()
                .map(DocumentationInterval::label)
                .collect(Collectors.joining(" or ")));
    action.setDefinition(
        new org.hl7.fhir.r4.model.CanonicalType(
            QuestionnaireTranslator.canonical(programme, DocumentType.FD)));
    return action;
  }

  private static PlanDefinitionActionComponent examination(Examination examination) {
    var action = new PlanDefinitionActionComponent();
    action.setId(examination.code());
    action.setTitle(examination.label());
    if (examination.reminder() != null) {
      action.setDescription(examination.reminder());
    }
    var timing = new Timing();
    timing.getRepeat().setPeriod(examination.intervalMonths()).setPeriodUnit(UnitsOfTime.MO);
    action.setTiming(timing);
    return action;
  }

  private static PlanDefinitionActionComponent training(Training training) {
    var action = new PlanDefinitionActionComponent();
    action.setId(training.code());
    action.setTitle(training.label());
    action.setDescription("Schulung");
    return action;
  }
}
