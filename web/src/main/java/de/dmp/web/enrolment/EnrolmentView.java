package de.dmp.web.enrolment;

import de.dmp.enrolment.boundary.EnrolmentRefusedException;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.boundary.ExcludedProgrammeException;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import de.dmp.web.Violations;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Enrols a patient in three steps on one page: programme and confirming diagnosis, the signed
 * consent, interval and start; then on to the initial documentation. A switch (DM1 and DM2, asthma
 * and COPD) ends the enrolment the new programme cannot be combined with in the same step.
 */
@Named
@ViewScoped
public class EnrolmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Enrolments enrolments;
  @Inject private Patients patients;
  @Inject private Programmes programmes;
  @Inject private UserSession session;
  @Inject private ContainerValidation validation;
  @Inject private Clock clock;

  private long patientId;
  private String patientName;
  private List<ProgrammeDefinition> offered = List.of();
  private String programmeCode;
  private String diagnosisCode;
  private LocalDate diagnosisDate;
  private LocalDate consentSignedOn;
  private DocumentationInterval interval = DocumentationInterval.QUARTERLY;
  private LocalDate startedOn;
  private Map<String, String> errors = Map.of();
  private Long switchFrom;
  private String switchFromProgramme;

  public void load() {
    LocalDate today = LocalDate.now(clock);
    try {
      Patient patient = patients.patient(patientId);
      patientName = patient.getFamilyName() + ", " + patient.getGivenName();
    } catch (NotFoundException | AccessDeniedException e) {
      patientName = null;
      return;
    }
    offered = programmes.inForce(today);
    consentSignedOn = today;
    startedOn = today;
    if (switchFrom != null) {
      offerSwitch(switchFrom);
    }
  }

  /**
   * Ends the given enrolment in the same step as the new one starts: chosen on the chart, or after
   * the new programme was refused as not combinable with it.
   */
  private void offerSwitch(long conflictingEnrolmentId) {
    try {
      switchFromProgramme = enrolments.enrolment(conflictingEnrolmentId).getProgrammeCode();
      switchFrom = conflictingEnrolmentId;
    } catch (NotFoundException | AccessDeniedException e) {
      switchFrom = null;
      switchFromProgramme = null;
    }
  }

  /** Enrols when every field is right; else each error by its field, nothing stored. */
  public String enrol() {
    var request =
        new EnrolmentRequest(
            patientId,
            session.getAccount().practiceId(),
            programmeCode,
            diagnosisCode == null ? null : diagnosisCode.strip().toUpperCase(),
            diagnosisDate,
            consentSignedOn,
            interval,
            startedOn);
    Validator validator = validation.validator();
    MessageInterpolator interpolator = validation.interpolator();
    errors =
        Violations.byField(
            validator,
            interpolator,
            request,
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    if (!errors.isEmpty()) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("enrol.refused"));
      return null;
    }
    try {
      long enrolmentId =
          (switchFrom == null
                  ? enrolments.enrol(request)
                  : enrolments.switchProgramme(switchFrom, request))
              .getId();
      return "/documentation?faces-redirect=true&enrolment=" + enrolmentId;
    } catch (ExcludedProgrammeException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text(e));
      offerSwitch(e.getConflictingEnrolmentId());
      return null;
    } catch (EnrolmentRefusedException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text(e));
      return null;
    }
  }

  /**
   * The intervals the chosen programme allows, in the enum's order: the programme keeps them as a
   * set, and the radios must not change places when a programme is chosen.
   */
  public List<DocumentationInterval> getIntervals() {
    return offered.stream()
        .filter(programme -> programme.code().equals(programmeCode))
        .findFirst()
        .map(programme -> programme.intervals().stream().sorted().toList())
        .orElse(List.of(DocumentationInterval.values()));
  }

  public long getPatientId() {
    return patientId;
  }

  public void setPatientId(long patientId) {
    this.patientId = patientId;
  }

  public String getPatientName() {
    return patientName;
  }

  public List<ProgrammeDefinition> getOffered() {
    return offered;
  }

  public String getProgrammeCode() {
    return programmeCode;
  }

  public void setProgrammeCode(String programmeCode) {
    this.programmeCode = programmeCode;
  }

  public String getDiagnosisCode() {
    return diagnosisCode;
  }

  public void setDiagnosisCode(String diagnosisCode) {
    this.diagnosisCode = diagnosisCode;
  }

  public LocalDate getDiagnosisDate() {
    return diagnosisDate;
  }

  public void setDiagnosisDate(LocalDate diagnosisDate) {
    this.diagnosisDate = diagnosisDate;
  }

  public LocalDate getConsentSignedOn() {
    return consentSignedOn;
  }

  public void setConsentSignedOn(LocalDate consentSignedOn) {
    this.consentSignedOn = consentSignedOn;
  }

  public DocumentationInterval getInterval() {
    return interval;
  }

  public void setInterval(DocumentationInterval interval) {
    this.interval = interval;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public Long getSwitchFrom() {
    return switchFrom;
  }

  public void setSwitchFrom(Long switchFrom) {
    this.switchFrom = switchFrom;
  }

  /** The programme the patient leaves, when this enrolment is a switch. */
  public String getSwitchFromProgramme() {
    return switchFromProgramme;
  }

  public String getSwitchQuestion() {
    return Texts.text("enrol.switch.question", switchFromProgramme);
  }
}
