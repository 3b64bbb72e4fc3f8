package de.dmp.fhir.rules;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.rules.entity.Fact;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskPriority;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * What the programme's rules ask of the practice for an enrolment today, as Task: a documentation
 * due or overdue, a control examination, a training, one step before an exclusion or a proposed
 * exclusion. Id {@code <enrolment>-<rule id>}; the rule with its version as code, the rule's
 * sentence as description, the last day as {@code restriction.period.end}, the facts as input. Its
 * texts are in the language asked for ({@link de.dmp.fhir.Language}: German unless English).
 */
public final class TaskTranslator {

  static final String RULES = "urn:dmp-records:rule";
  static final String BUSINESS_STATUS = "urn:dmp-records:verdict-status";

  private static final Map<VerdictStatus, TaskPriority> PRIORITY =
      Map.of(
          VerdictStatus.GOAL_MISSED, TaskPriority.ROUTINE,
          VerdictStatus.DUE, TaskPriority.ROUTINE,
          VerdictStatus.OVERDUE, TaskPriority.URGENT,
          VerdictStatus.WARNING, TaskPriority.URGENT,
          VerdictStatus.EXCLUSION_PROPOSED, TaskPriority.ASAP);

  private TaskTranslator() {}

  public static String id(Enrolment enrolment, Verdict verdict) {
    return enrolment.getId() + "-" + verdict.ruleId();
  }

  /** The task of a verdict that asks for something, in the language given; none for OK and INFO. */
  public static Optional<Task> toFhirResource(
      Enrolment enrolment, Verdict verdict, Locale language) {
    TaskPriority priority = PRIORITY.get(verdict.status());
    if (priority == null) {
      return Optional.empty();
    }
    var task = new Task();
    task.setId(id(enrolment, verdict));
    task.setStatus(TaskStatus.REQUESTED);
    task.setIntent(TaskIntent.PLAN);
    task.setPriority(priority);
    task.setBusinessStatus(
        new CodeableConcept(new Coding(BUSINESS_STATUS, verdict.status().name(), null)));
    task.setCode(
        new CodeableConcept(
                new Coding(RULES, verdict.ruleId(), verdict.label().in(language))
                    .setVersion(verdict.ruleVersion()))
            .setText(verdict.label().in(language)));
    task.setDescription(verdict.sentence().in(language));
    task.setFor(new Reference("Patient/" + enrolment.getPatient().getId()));
    task.setFocus(new Reference("EpisodeOfCare/" + enrolment.getId()));
    if (verdict.dueOn() != null) {
      task.getRestriction().getPeriod().setEndElement(new DateTimeType(verdict.dueOn().toString()));
    }
    for (Fact fact : verdict.facts()) {
      String label = fact.label().in(language);
      task.addInput()
          .setType(
              new CodeableConcept()
                  .setText(label + (fact.on() == null ? "" : " (" + fact.on() + ")")))
          .setValue(value(fact, label));
    }
    return Optional.of(task);
  }

  /**
   * A fact's value; a fact that is an event without one (a missed training) has its day as value,
   * as Task.input.value[x] is required.
   */
  private static Type value(Fact fact, String label) {
    if (fact.value().isBlank() && fact.on() != null) {
      return new DateType(fact.on().toString());
    }
    return new StringType(fact.value().isBlank() ? label : fact.value());
  }
}
