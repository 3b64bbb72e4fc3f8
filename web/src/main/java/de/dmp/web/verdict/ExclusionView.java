package de.dmp.web.verdict;

import de.dmp.rules.boundary.Verdicts;
import de.dmp.rules.entity.Verdict;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The doctor's decision on an exclusion a rule proposes, the same on the chart and the worklist:
 * confirm it, or dismiss it with a reason while the rule's sentence is in view.
 */
@Named("exclusion")
@ViewScoped
public class ExclusionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Verdicts verdicts;
  @Inject private ContainerValidation validation;
  @Inject private Event<ExclusionDecided> decided;

  private long enrolmentId;
  private String ruleId;
  private String label;
  private String sentence;
  private String reason;

  /** Excludes the patient as the rule proposes. */
  public void confirm(long enrolmentId, String ruleId) {
    if (Attempts.attempt(
        () -> verdicts.confirmExclusion(enrolmentId, ruleId), validation.interpolator())) {
      decided.fire(new ExclusionDecided(enrolmentId));
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("chart.exclusion.confirmed"));
    }
  }

  /** Shows the proposal in the dismissal dialog, with an empty reason. */
  public void prepareDismissal(long enrolmentId, Verdict proposal) {
    this.enrolmentId = enrolmentId;
    this.ruleId = proposal.ruleId();
    this.label = proposal.label().in(Texts.locale());
    this.sentence = proposal.sentence().in(Texts.locale());
    this.reason = null;
  }

  /** Keeps the patient in the programme for the reason the doctor gave. */
  public void dismiss() {
    if (Attempts.attempt(
        () -> verdicts.dismissExclusion(enrolmentId, ruleId, reason), validation.interpolator())) {
      decided.fire(new ExclusionDecided(enrolmentId));
    }
  }

  /** Tells the page, rendered anew after the dialog closed, that the dismissal was recorded. */
  public void announceDismissal() {
    Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("exclusion.dismissed"));
  }

  public String getLabel() {
    return label;
  }

  public String getSentence() {
    return sentence;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
