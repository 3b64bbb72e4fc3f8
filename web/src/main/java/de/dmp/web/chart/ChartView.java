package de.dmp.web.chart;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.EndReason;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.boundary.Insurance;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.rules.boundary.Verdicts;
import de.dmp.rules.entity.Verdict;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.therapy.boundary.TherapyPlans;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.TherapyPlan;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.InsurerChoices;
import de.dmp.web.Texts;
import de.dmp.web.verdict.ExclusionDecided;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The patient chart: who the patient is, each enrolment with what its programme's rules say today
 * and its key values over time against the individual target, and every documentation.
 */
@Named
@ViewScoped
public class ChartView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Measured, not derived: height is documented but hardly a course to follow. */
  private static final String NOT_CHARTED = "body-height";

  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Verdicts verdicts;
  @Inject private Documentations documentations;
  @Inject private Programmes programmes;
  @Inject private TherapyPlans therapyPlans;
  @Inject private Clock clock;
  @Inject private ContainerValidation validation;
  @Inject private InsurerChoices insurers;

  private long patientId;
  private PatientHeader patient;
  private long patientVersion;
  private Insurance insurance = new Insurance();

  /** The insurance as stored, while the form's copy may hold what a user is typing. */
  private Insurance stored;

  private List<EnrolmentCard> cards = List.of();
  private Map<Long, Ending> endings = Map.of();
  private List<TimelineEntry> timeline = List.of();

  public record PatientHeader(
      String familyName,
      String givenName,
      LocalDate birthDate,
      int age,
      LocalDate diedOn,
      String phone)
      implements Serializable {}

  public record EnrolmentCard(
      long enrolmentId,
      boolean open,
      String programmeCode,
      String status,
      LocalDate startedOn,
      String diagnosisCode,
      String caseNumber,
      String interval,
      List<Verdict> verdicts,
      List<ValueChart> charts,
      List<String> switchableTo)
      implements Serializable {}

  public record ValueChart(String label, String json) implements Serializable {}

  /**
   * A documentation on the chart, opened read-only from its row; {@code complete} ones have an eDMP
   * file to download, drafts are continued in the form of their enrolment.
   */
  public record TimelineEntry(
      long documentationId,
      long enrolmentId,
      LocalDate documentedOn,
      String programmeCode,
      String type,
      String status,
      boolean complete)
      implements Serializable {}

  /** Loads the chart; a patient who does not exist or is not the practice's shows nothing. */
  public void load() {
    Patient found;
    try {
      found = patients.patient(patientId);
    } catch (NotFoundException | AccessDeniedException e) {
      patient = null;
      return;
    }
    LocalDate today = LocalDate.now(clock);
    patient =
        new PatientHeader(
            found.getFamilyName(),
            found.getGivenName(),
            found.getBirthDate(),
            found.ageOn(today),
            found.getDiedOn(),
            found.getPhone());
    patientVersion = found.getVersion();
    stored =
        new Insurance(
            found.isInsured() ? found.getInsurer().getId() : null, found.getInsuranceNumber());
    insurance = new Insurance(stored.getInsurerId(), stored.getInsuranceNumber());
    List<Documentation> all = documentations.forPatient(patientId);
    cards = enrolments.forPatient(patientId).stream().map(e -> card(e, all, today)).toList();
    endings = new HashMap<>();
    cards.forEach(card -> endings.put(card.enrolmentId(), new Ending(today)));
    timeline =
        all.stream()
            .sorted(Comparator.comparing(Documentation::getDocumentedOn).reversed())
            .map(
                d ->
                    new TimelineEntry(
                        d.getId(),
                        d.getEnrolment().getId(),
                        d.getDocumentedOn(),
                        d.getEnrolment().getProgrammeCode(),
                        d.getType().name(),
                        d.getStatus().name(),
                        !d.isDraft()))
            .toList();
  }

  /** Records or corrects the insurance, which enrolment needs, and shows the chart anew. */
  public void insure() {
    if (Attempts.attempt(
        () -> patients.insure(patientId, patientVersion, insurance), validation.interpolator())) {
      load();
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("chart.insurance.saved"));
    }
  }

  /** Ends the enrolment for the reason and on the day the doctor gave, and shows the chart anew. */
  public void end(long enrolmentId) {
    Ending ending = endings.get(enrolmentId);
    if (Attempts.attempt(
        () ->
            enrolments.end(
                enrolmentId, ending.getReason(), ending.getEffectiveOn(), ending.getNote()),
        validation.interpolator())) {
      load();
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("chart.end.done"));
    }
  }

  /** After the doctor decided on a proposed exclusion the chart shows the enrolment anew. */
  void onExclusionDecided(@Observes(notifyObserver = Reception.IF_EXISTS) ExclusionDecided event) {
    load();
  }

  public Map<Long, Ending> getEndings() {
    return endings;
  }

  public EndReason[] getEndReasons() {
    return EndReason.values();
  }

  /** What the doctor enters to end one enrolment. */
  public static final class Ending implements Serializable {

    private static final long serialVersionUID = 1L;

    private EndReason reason;
    private LocalDate effectiveOn;
    private String note;

    Ending(LocalDate effectiveOn) {
      this.effectiveOn = effectiveOn;
    }

    public EndReason getReason() {
      return reason;
    }

    public void setReason(EndReason reason) {
      this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
      return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
      this.effectiveOn = effectiveOn;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public Insurance getInsurance() {
    return insurance;
  }

  public boolean isInsured() {
    return stored != null && stored.getInsurerId() != null;
  }

  /** What the insurance is as stored, or that it is missing, in the page's language. */
  public String getInsuranceLegend() {
    return isInsured()
        ? Texts.text(
            "chart.insurance.legend",
            insurers.getNames().get(stored.getInsurerId()),
            stored.getInsuranceNumber())
        : Texts.text("chart.insurance.missing");
  }

  private EnrolmentCard card(Enrolment enrolment, List<Documentation> all, LocalDate today) {
    List<Documentation> own =
        all.stream().filter(d -> d.getEnrolment().getId().equals(enrolment.getId())).toList();
    List<Goal> goals =
        therapyPlans.current(enrolment.getId()).map(TherapyPlan::getGoals).orElse(List.of());
    List<ValueChart> charts =
        programmes
            .version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion())
            .parameters()
            .stream()
            .filter(p -> p.type() == ParameterType.QUANTITY && !NOT_CHARTED.equals(p.code()))
            .map(p -> ValueSeries.of(p, own, goalFor(p, goals), Texts.locale()))
            .filter(series -> !series.isEmpty())
            .map(series -> new ValueChart(series.label(), chartJson(series)))
            .toList();
    return new EnrolmentCard(
        enrolment.getId(),
        enrolment.isOpen(),
        enrolment.getProgrammeCode(),
        enrolment.getStatus().name(),
        enrolment.getStartedOn(),
        enrolment.getDiagnosisCode(),
        enrolment.getDmpCase().getCaseNumber(),
        enrolment.getInterval().name(),
        verdicts.forEnrolment(enrolment.getId(), today),
        charts,
        enrolment.isOpen()
            ? programmes.current(enrolment.getProgrammeCode(), today).excludes()
            : List.of());
  }

  private static Optional<Goal> goalFor(Parameter parameter, List<Goal> goals) {
    return goals.stream().filter(goal -> goal.getCode().equals(parameter.code())).findFirst();
  }

  private static String chartJson(ValueSeries series) {
    return ChartJson.line(series, Texts.text("chart.target"), Texts.locale());
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public PatientHeader getPatient() {
    return patient;
  }

  public List<EnrolmentCard> getCards() {
    return cards;
  }

  public List<TimelineEntry> getTimeline() {
    return timeline;
  }
}
