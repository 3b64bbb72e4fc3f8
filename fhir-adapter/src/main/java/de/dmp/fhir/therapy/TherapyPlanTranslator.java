package de.dmp.fhir.therapy;

import de.dmp.fhir.enrolment.ConditionTranslator;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import de.dmp.therapy.entity.TherapyPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A version of an enrolment's individual therapy plan as CarePlan, with its goals as Goal, its drug
 * classes as MedicationStatement (ATC) and its referrals and trainings as ServiceRequest. The
 * newest version is active; an earlier one is revoked and replaced by the next. The parts' ids are
 * the plan's id, a letter and their position: {@code 12-g1}, {@code 12-m1}, {@code 12-s1}.
 */
public final class TherapyPlanTranslator {

  public static final String ATC_SYSTEM = "http://fhir.de/CodeSystem/bfarm/atc";
  static final String LOINC = "http://loinc.org";
  static final String MEASURES = "urn:dmp-records:CodeSystem:therapy-measure";

  private TherapyPlanTranslator() {}

  /** The plan version and its parts; {@code history} is every version, newest first. */
  public static List<IBaseResource> toFhirResources(List<TherapyPlan> history, TherapyPlan plan) {
    List<IBaseResource> resources = new ArrayList<>();
    resources.add(carePlan(history, plan));
    boolean current = history.get(0) == plan;
    for (int i = 0; i < plan.getGoals().size(); i++) {
      resources.add(goal(plan, i, current));
    }
    for (int i = 0; i < plan.getMedications().size(); i++) {
      resources.add(medication(plan, i, current));
    }
    for (int i = 0; i < plan.getMeasures().size(); i++) {
      resources.add(serviceRequest(plan, i, current));
    }
    return resources;
  }

  static CarePlan carePlan(List<TherapyPlan> history, TherapyPlan plan) {
    int index = history.indexOf(plan);
    var carePlan = new CarePlan();
    carePlan.setId(String.valueOf(plan.getId()));
    carePlan.getMeta().setLastUpdated(Date.from(plan.getCreatedAt()));
    carePlan.setStatus(index == 0 ? CarePlanStatus.ACTIVE : CarePlanStatus.REVOKED);
    carePlan.setIntent(CarePlanIntent.PLAN);
    carePlan.setTitle("Therapieplan, Version " + plan.getPlanVersion());
    carePlan.setSubject(patient(plan));
    carePlan.getPeriod().setStartElement(new DateTimeType(plan.getValidFrom().toString()));
    carePlan.addAddresses(new Reference(ConditionTranslator.reference(plan.getEnrolment())));
    if (index + 1 < history.size()) {
      carePlan.addReplaces(new Reference("CarePlan/" + history.get(index + 1).getId()));
    }
    for (int i = 0; i < plan.getGoals().size(); i++) {
      carePlan.addGoal(new Reference("Goal/" + partId(plan, 'g', i)));
    }
    for (Medication medication : plan.getMedications()) {
      carePlan
          .addActivity()
          .getDetail()
          .setKind(CarePlanActivityKind.MEDICATIONREQUEST)
          .setStatus(
              index == 0 ? CarePlanActivityStatus.INPROGRESS : CarePlanActivityStatus.STOPPED)
          .setProduct(atc(medication));
    }
    for (int i = 0; i < plan.getMeasures().size(); i++) {
      carePlan.addActivity().setReference(new Reference("ServiceRequest/" + partId(plan, 's', i)));
    }
    return carePlan;
  }

  private static org.hl7.fhir.r4.model.Goal goal(TherapyPlan plan, int index, boolean current) {
    Goal goal = plan.getGoals().get(index);
    var resource = new org.hl7.fhir.r4.model.Goal();
    resource.setId(partId(plan, 'g', index));
    resource.setLifecycleStatus(
        current ? GoalLifecycleStatus.ACTIVE : GoalLifecycleStatus.CANCELLED);
    resource.setDescription(new CodeableConcept().setText(goal.getLabel()));
    resource.setSubject(patient(plan));
    resource.getStartDateType().setValueAsString(plan.getValidFrom().toString());
    var target = resource.addTarget();
    target.setMeasure(
        goal.getLoinc() == null
            ? new CodeableConcept().setText(goal.getLabel())
            : new CodeableConcept(new Coding(LOINC, goal.getLoinc(), goal.getLabel())));
    var range = new Range();
    if (goal.getTargetLow() != null) {
      range.setLow(quantity(goal.getTargetLow(), goal.getUnit()));
    }
    if (goal.getTargetHigh() != null) {
      range.setHigh(quantity(goal.getTargetHigh(), goal.getUnit()));
    }
    target.setDetail(range);
    return resource;
  }

  private static MedicationStatement medication(TherapyPlan plan, int index, boolean current) {
    Medication medication = plan.getMedications().get(index);
    var statement = new MedicationStatement();
    statement.setId(partId(plan, 'm', index));
    statement.setStatus(
        current ? MedicationStatementStatus.ACTIVE : MedicationStatementStatus.STOPPED);
    statement.setMedication(atc(medication));
    statement.setSubject(patient(plan));
    statement
        .getEffectivePeriod()
        .setStartElement(new DateTimeType(plan.getValidFrom().toString()));
    statement.addBasedOn(new Reference("CarePlan/" + plan.getId()));
    return statement;
  }

  private static ServiceRequest serviceRequest(TherapyPlan plan, int index, boolean current) {
    Measure measure = plan.getMeasures().get(index);
    var request = new ServiceRequest();
    request.setId(partId(plan, 's', index));
    request.setStatus(current ? ServiceRequestStatus.ACTIVE : ServiceRequestStatus.REVOKED);
    request.setIntent(ServiceRequestIntent.PLAN);
    request.addCategory(
        new CodeableConcept()
            .setText(measure.getKind() == Measure.Kind.REFERRAL ? "Überweisung" : "Schulung"));
    request.setCode(
        new CodeableConcept(new Coding(MEASURES, measure.getCode(), measure.getLabel())));
    request.setSubject(patient(plan));
    request.addBasedOn(new Reference("CarePlan/" + plan.getId()));
    request.getOccurrencePeriod().setStartElement(new DateTimeType(plan.getValidFrom().toString()));
    return request;
  }

  /**
   * The id of a part: the plan's id, g(oal), m(edication) or s(ervice request), position from 1.
   */
  public static String partId(TherapyPlan plan, char kind, int index) {
    return plan.getId() + "-" + kind + (index + 1);
  }

  private static CodeableConcept atc(Medication medication) {
    return new CodeableConcept(new Coding(ATC_SYSTEM, medication.getAtc(), medication.getLabel()));
  }

  private static Quantity quantity(BigDecimal value, String unit) {
    return new Quantity().setValue(value).setUnit(unit);
  }

  private static Reference patient(TherapyPlan plan) {
    return new Reference("Patient/" + plan.getEnrolment().getPatient().getId());
  }
}
