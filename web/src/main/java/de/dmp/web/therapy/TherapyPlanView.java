package de.dmp.web.therapy;

import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.Written;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.Training;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.therapy.boundary.TherapyPlanDraft;
import de.dmp.therapy.boundary.TherapyPlans;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import de.dmp.therapy.entity.TherapyPlan;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import de.dmp.web.Violations;
import de.dmp.web.therapy.PlanRows.GoalRow;
import de.dmp.web.therapy.PlanRows.MeasureRow;
import de.dmp.web.therapy.PlanRows.MedicationRow;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The therapy plan of one enrolment: goals on the programme's measured values, drug classes and
 * measures, saved as a new version; every earlier version listed.
 */
@Named
@ViewScoped
public class TherapyPlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TherapyPlans therapyPlans;
  @Inject private Enrolments enrolments;
  @Inject private Patients patients;
  @Inject private Programmes programmes;
  @Inject private ContainerValidation validation;
  @Inject private Clock clock;

  private long enrolmentId;
  private long patientId;
  private String heading;

  /** The programme's measured values by code: a goal's label and unit in the reader's language. */
  private Map<String, Parameter> measured = Map.of();

  /** The measured values the programme offers as goals, in its order. */
  private List<Parameter> goalChoices = List.of();

  /** The programme's trainings by code, the name shown, the code kept internal. */
  private Map<String, Training> trainings = Map.of();

  private int basedOnVersion;
  private LocalDate validFrom;
  private final List<GoalRow> goals = new ArrayList<>();
  private final List<MedicationRow> medications = new ArrayList<>();
  private final List<MeasureRow> measures = new ArrayList<>();
  private List<Version> history = List.of();
  private Locale historyLocale;

  /** One earlier version, as the history lists it. */
  public record Version(int number, LocalDate validFrom, String goals, String medications)
      implements Serializable {}

  public void load() {
    Enrolment enrolment;
    Patient patient;
    try {
      enrolment = enrolments.enrolment(enrolmentId);
      patient = patients.patient(enrolment.getPatient().getId());
    } catch (NotFoundException | AccessDeniedException e) {
      heading = null;
      return;
    }
    patientId = patient.getId();
    heading =
        patient.getFamilyName()
            + ", "
            + patient.getGivenName()
            + " · "
            + enrolment.getProgrammeCode();
    ProgrammeDefinition programme =
        programmes.version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion());
    measured =
        programme.parameters().stream()
            .filter(p -> p.type() == ParameterType.QUANTITY)
            .collect(
                Collectors.toMap(
                    Parameter::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    goalChoices = programme.goalParameters();
    trainings =
        programme.trainings().stream()
            .collect(
                Collectors.toMap(
                    Training::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    showTheCurrentVersion();
  }

  private void showTheCurrentVersion() {
    List<TherapyPlan> versions = therapyPlans.history(enrolmentId);
    goals.clear();
    medications.clear();
    measures.clear();
    validFrom = LocalDate.now(clock);
    basedOnVersion = versions.isEmpty() ? 0 : versions.get(0).getPlanVersion();
    if (!versions.isEmpty()) {
      TherapyPlan current = versions.get(0);
      current.getGoals().forEach(goal -> goals.add(GoalRow.of(goal)));
      current.getMedications().forEach(m -> medications.add(MedicationRow.of(m)));
      current.getMeasures().forEach(m -> measures.add(MeasureRow.of(m)));
    }
    listVersions(versions);
  }

  /** The versions as listed, in the language the page is shown in. */
  private void listVersions(List<TherapyPlan> versions) {
    historyLocale = Texts.locale();
    history =
        versions.stream()
            .map(
                plan ->
                    new Version(
                        plan.getPlanVersion(),
                        plan.getValidFrom(),
                        plan.getGoals().stream()
                            .map(goal -> target(goal, measured.get(goal.getCode()), historyLocale))
                            .collect(Collectors.joining("; ")),
                        plan.getMedications().stream()
                            .map(Medication::getLabel)
                            .collect(Collectors.joining(", "))))
            .toList();
  }

  /** The versions, listed anew after a switch of the language. */
  public List<Version> getHistory() {
    if (!Texts.locale().equals(historyLocale)) {
      listVersions(therapyPlans.history(enrolmentId));
    }
    return history;
  }

  /**
   * A goal as the versions list it, "HbA1c-Wert ≤ 7,5 %" in German, "HbA1c 6.5–7.5 %" in English:
   * the programme's label and unit of the value, whatever label the goal was saved with, or, for a
   * value the programme does not have, those of the goal.
   */
  static String target(Goal goal, Parameter parameter, Locale locale) {
    String label = parameter == null ? goal.getLabel() : parameter.label(locale);
    String unit =
        parameter == null ? Objects.requireNonNullElse(goal.getUnit(), "") : parameter.unit(locale);
    BigDecimal low = goal.getTargetLow();
    BigDecimal high = goal.getTargetHigh();
    String range =
        low != null && high != null
            ? Written.number(low, locale) + "–" + Written.number(high, locale)
            : low != null
                ? "≥ " + Written.number(low, locale)
                : "≤ " + Written.number(high, locale);
    return (label + " " + range + (unit.isEmpty() ? "" : " " + unit)).strip();
  }

  public void addGoal() {
    goals.add(new GoalRow());
  }

  public void addMedication() {
    medications.add(new MedicationRow());
  }

  /**
   * A training of the programme to choose, the first already chosen; a referral where it has none.
   */
  public void addMeasure() {
    measures.add(MeasureRow.first(trainings.keySet()));
  }

  public void remove(Object row) {
    goals.remove(row);
    medications.remove(row);
    measures.remove(row);
  }

  /** Saves the plan as its next version when every row is right; else says what is not. */
  public void save() {
    var draft =
        new TherapyPlanDraft(
            validFrom,
            goals.stream().map(row -> row.toGoal(measured)).toList(),
            medications.stream().map(MedicationRow::toMedication).toList(),
            measures.stream().map(row -> row.toMeasure(trainings)).toList());
    Map<String, String> errors =
        Violations.byField(
            validation.validator(),
            validation.interpolator(),
            draft,
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    if (!errors.isEmpty()) {
      errors.forEach(
          (field, text) ->
              Texts.show(
                  FacesMessage.SEVERITY_ERROR, Texts.text("therapy.error", row(field), text)));
      return;
    }
    try {
      therapyPlans.revise(enrolmentId, basedOnVersion, draft);
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("therapy.saved", basedOnVersion + 1));
      showTheCurrentVersion();
    } catch (ConcurrentChangeException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text("therapy.changed"));
    }
  }

  /** "goals[1].targetValid" as a person counts it: "Ziel 2". */
  private static String row(String field) {
    String list = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
    String number =
        field.contains("[")
            ? String.valueOf(Integer.parseInt(field.replaceAll("^\\w+\\[(\\d+)].*$", "$1")) + 1)
            : "";
    return (Texts.text("therapy.row." + list) + " " + number).strip();
  }

  /** The values a goal may be set on: those the programme names as goals, not the height. */
  public List<Parameter> getGoalValues() {
    return goalChoices;
  }

  public List<Training> getTrainings() {
    return List.copyOf(trainings.values());
  }

  public Measure.Kind[] getMeasureKinds() {
    return Measure.Kind.values();
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public long getPatientId() {
    return patientId;
  }

  public String getHeading() {
    return heading;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public List<GoalRow> getGoals() {
    return goals;
  }

  public List<MedicationRow> getMedications() {
    return medications;
  }

  public List<MeasureRow> getMeasures() {
    return measures;
  }
}
