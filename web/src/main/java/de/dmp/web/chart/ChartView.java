package de.dmp.web.chart;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.EndReason;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.enrolment.entity.StatusChange;
import de.dmp.patient.boundary.Insurance;
import de.dmp.patient.boundary.MasterData;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ParameterType;
import de.dmp.rules.boundary.Verdicts;
import de.dmp.rules.entity.Verdict;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.therapy.boundary.TherapyPlans;
import de.dmp.therapy.entity.TherapyPlan;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.InsurerChoices;
import de.dmp.web.Texts;
import de.dmp.web.Violations;
import de.dmp.web.patient.PatientsView.LookAlike;
import de.dmp.web.verdict.ExclusionDecided;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
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
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  private MasterData masterData = new MasterData();

  /** The master data as stored, while the form's copy may hold what a user is typing. */
  private MasterData storedMasterData;

  /** Other patients of the practice the corrected name and date of birth may belong to. */
  private List<LookAlike> lookAlikes = List.of();

  private Map<Long, Pause> pauses = Map.of();

  private List<EnrolmentCard> cards = List.of();
  private Map<Long, Ending> endings = Map.of();
  private List<TimelineEntry> timeline = List.of();

  public record PatientHeader(
      String familyName,
      String givenName,
      LocalDate birthDate,
      int age,
      LocalDate diedOn,
      String phone,
      String address)
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
      List<String> switchableTo,
      LocalDate statusSince,
      String statusReason)
      implements Serializable {

    /** Taking part, so it can be paused; a paused one is resumed. */
    public boolean pausable() {
      return EnrolmentStatus.ACTIVE.name().equals(status);
    }

    public boolean paused() {
      return EnrolmentStatus.SUSPENDED.name().equals(status);
    }
  }

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
            found.getPhone(),
            oneLine(found.getAddress()));
    patientVersion = found.getVersion();
    stored =
        new Insurance(
            found.isInsured() ? found.getInsurer().getId() : null, found.getInsuranceNumber());
    insurance = new Insurance(stored.getInsurerId(), stored.getInsuranceNumber());
    storedMasterData = MasterData.of(found);
    masterData = MasterData.of(found);
    lookAlikes = List.of();
    List<Documentation> all = documentations.forPatient(patientId);
    cards = enrolments.forPatient(patientId).stream().map(e -> card(e, all, today)).toList();
    endings = new HashMap<>();
    cards.forEach(card -> endings.put(card.enrolmentId(), new Ending(today)));
    pauses = new HashMap<>();
    cards.forEach(card -> pauses.put(card.enrolmentId(), new Pause(today)));
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
    changed(() -> patients.insure(patientId, patientVersion, insurance), "chart.insurance.saved");
  }

  /**
   * Corrects the master data and shows the chart anew; a changed name or date of birth that another
   * patient of the practice has is shown first, to be opened or confirmed as another person.
   */
  public void correctMasterData() {
    if (!addressComplete()) {
      return;
    }
    if (lookAlikes.isEmpty() && masterData.namesAnotherPerson(storedMasterData)) {
      lookAlikes =
          patients
              .lookAlikes(
                  new NewPatient(
                      masterData.getFamilyName(),
                      masterData.getGivenName(),
                      masterData.getBirthDate(),
                      masterData.getSex()))
              .stream()
              .filter(other -> other.getId() != patientId)
              .map(LookAlike::of)
              .toList();
      if (!lookAlikes.isEmpty()) {
        return;
      }
    }
    changed(
        () -> patients.correctMasterData(patientId, patientVersion, masterData),
        "chart.masterData.saved");
  }

  /**
   * Whether the address has its city once any part of it is given; if not, says so beside the city
   * (a check of the whole address, which the form's fields cannot make one by one).
   */
  private boolean addressComplete() {
    String missing =
        Violations.byField(
                validation.validator(), validation.interpolator(), masterData, Texts.locale())
            .get("addressComplete");
    if (missing != null) {
      Texts.showAt("masterData:city", missing);
    }
    return missing == null;
  }

  /**
   * Whether the request answered was refused from within that form, which then stays open; the
   * chart's other folded forms stay folded.
   */
  public boolean refusedIn(UIComponent form) {
    FacesContext context = FacesContext.getCurrentInstance();
    String source =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
    return context.isValidationFailed()
        && source != null
        && source.startsWith(
            form.getClientId(context) + UINamingContainer.getSeparatorChar(context));
  }

  /** Leaves the look-alikes: the user corrects what was typed. */
  public void keepEditing() {
    lookAlikes = List.of();
  }

  /** Pauses the enrolment from the day and for the reason the doctor gave. */
  public void pause(long enrolmentId) {
    Pause pause = pauses.get(enrolmentId);
    changed(
        () ->
            enrolments.changeStatus(
                enrolmentId, EnrolmentStatus.SUSPENDED, pause.getEffectiveOn(), pause.getReason()),
        "chart.pause.done");
  }

  /** Resumes a paused enrolment as of today. */
  public void resume(long enrolmentId) {
    changed(() -> enrolments.resume(enrolmentId, LocalDate.now(clock)), "chart.resume.done");
  }

  /** Makes the change and shows the chart anew with what was done, or the refusal. */
  private void changed(Runnable change, String done) {
    if (Attempts.attempt(change, validation.interpolator())) {
      load();
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text(done));
    }
  }

  /** Ends the enrolment for the reason and on the day the doctor gave, and shows the chart anew. */
  public void end(long enrolmentId) {
    Ending ending = endings.get(enrolmentId);
    changed(
        () ->
            enrolments.end(
                enrolmentId, ending.getReason(), ending.getEffectiveOn(), ending.getNote()),
        "chart.end.done");
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

  public Map<Long, Pause> getPauses() {
    return pauses;
  }

  /** What the doctor enters to pause one enrolment. */
  public static final class Pause implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;
    private LocalDate effectiveOn;

    Pause(LocalDate effectiveOn) {
      this.effectiveOn = effectiveOn;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
      return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
      this.effectiveOn = effectiveOn;
    }
  }

  public MasterData getMasterData() {
    return masterData;
  }

  public List<LookAlike> getLookAlikes() {
    return lookAlikes;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  /** The insured statuses (Versichertenart) of the insurance card, by their KBV code. */
  public List<String> getInsuredStatuses() {
    return List.of("1", "3", "5");
  }

  public boolean isMasterDataComplete() {
    return storedMasterData != null
        && storedMasterData.toAddress() != null
        && storedMasterData.getInsuredStatus() != null;
  }

  /** Address and insured status as stored, or that the eDMP file still needs them. */
  public String getMasterDataLegend() {
    return isMasterDataComplete()
        ? Texts.text(
            "chart.masterData.legend",
            oneLine(storedMasterData.toAddress()),
            Texts.text("InsuredStatus." + storedMasterData.getInsuredStatus()))
        : Texts.text("chart.masterData.missing");
  }

  /** "Hauptstr. 1, 50667 Köln", as an address is written on one line; null when unknown. */
  private static String oneLine(PostalAddress address) {
    if (address == null) {
      return null;
    }
    String street = joined(address.street(), address.houseNumber());
    String place = joined(address.zip(), address.city());
    return street.isEmpty() ? place : street + ", " + place;
  }

  private static String joined(String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
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
    List<TherapyPlan> plans = therapyPlans.history(enrolment.getId());
    List<ValueChart> charts =
        programmes
            .version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion())
            .parameters()
            .stream()
            .filter(p -> p.type() == ParameterType.QUANTITY && !NOT_CHARTED.equals(p.code()))
            .map(p -> ValueSeries.of(p, own, plans, today, Texts.locale()))
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
            : List.of(),
        lastChange(enrolment).getEffectiveOn(),
        lastChange(enrolment).getReason());
  }

  private static StatusChange lastChange(Enrolment enrolment) {
    return enrolment.getHistory().get(enrolment.getHistory().size() - 1);
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
