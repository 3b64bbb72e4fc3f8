package de.dmp.web.calendar;

import de.dmp.followup.boundary.CalendarEntry;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.platform.entity.RefusedException;
import de.dmp.platform.time.Quarter;
import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.WorklistEntry;
import de.dmp.rules.entity.RuleKind;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
import de.dmp.web.Formats;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The booking dialog of the calendar and the recall list: a time for a follow-up to arrange, or a
 * booked one moved to another time. A time already past only as a record afterwards (Nachtrag). A
 * refusal is told in the dialog, which stays open with what was typed.
 */
@Named
@ViewScoped
public class BookingView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the dialog shows why a booking was refused: its own messages, not the page's. */
  static final String MESSAGES = "booking";

  /** What is booked: the follow-up, for whom, what for, and the time booked so far, if any. */
  public record Subject(
      long appointmentId,
      String patient,
      AppointmentKind kind,
      String label,
      String labelEn,
      LocalDateTime bookedAt)
      implements Serializable {}

  @Inject private FollowUps followUps;
  @Inject private Formats formats;
  @Inject private UserSession session;
  @Inject private Event<FollowUpBooked> booked;
  @Inject private Clock clock;

  private Subject subject;
  private LocalDateTime at;
  private boolean afterwards;

  /** Why the follow-up booked is not the one a worklist row names, or null. */
  private String note;

  /** The times booked for the practice's follow-ups by enrolment and code, read once per view. */
  private Map<String, LocalDateTime> bookedTimes;

  public void arrange(RecallEntry entry) {
    open(
        new Subject(
            entry.appointmentId(),
            formats.patient(entry.familyName(), entry.givenName()),
            entry.kind(),
            entry.label(),
            entry.labelEn(),
            null));
  }

  /**
   * The follow-up a worklist row asks for: the documentation owed or the control examination, the
   * open one or one planned now. For a documentation of a quarter that is over, it is the current
   * quarter's, and the dialog says why.
   */
  public void arrangeFor(WorklistEntry entry) {
    Verdict verdict = entry.verdict();
    Appointment followUp =
        arrange(
            formats.patient(entry.familyName(), entry.givenName()),
            () ->
                verdict.kind() == RuleKind.EXAMINATION
                    ? followUps.examinationToArrange(
                        entry.enrolmentId(), verdict.subject(), verdict.dueOn())
                    : followUps.documentationToArrange(entry.enrolmentId(), verdict.dueOn()));
    if (followUp != null
        && verdict.kind() == RuleKind.DOCUMENTATION
        && verdict.dueOn() != null
        && Quarter.of(followUp.getDueOn()).isAfter(Quarter.of(verdict.dueOn()))) {
      note =
          Texts.text(
              "booking.quarterOver",
              Quarter.of(verdict.dueOn()).toString(),
              followUp.label(Texts.locale()));
    }
  }

  /** A missed follow-up booked again: the one to arrange in its place. */
  public void rebook(CalendarEntry missed) {
    arrange(
        formats.patient(missed.familyName(), missed.givenName()),
        () -> followUps.toArrangeAgain(missed.appointmentId()));
  }

  /**
   * Opens the dialog on the follow-up found or planned for the patient to book; null, and why, if
   * that is refused.
   */
  private Appointment arrange(String patient, Supplier<Appointment> find) {
    Appointment followUp;
    try {
      followUp = find.get();
    } catch (RefusedException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text(e));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    open(
        new Subject(
            followUp.getId(),
            patient,
            followUp.getKind(),
            followUp.getLabel(),
            followUp.getLabelEn(),
            followUp.getScheduledAt()));
    return followUp;
  }

  /** A worklist row's booking button: "Termin" until a time is booked, then that time. */
  public String bookLabel(WorklistEntry entry) {
    LocalDateTime bookedAt = bookedAt(entry);
    return bookedAt == null ? Texts.text("worklist.book") : formats.time(bookedAt);
  }

  public String bookTitle(WorklistEntry entry) {
    LocalDateTime bookedAt = bookedAt(entry);
    return bookedAt == null
        ? Texts.text("worklist.book.title")
        : Texts.text("worklist.booked.title", formats.time(bookedAt));
  }

  /**
   * The time booked for a worklist row's follow-up (the enrolment's documentation, or its control
   * examination), null while none is booked.
   */
  private LocalDateTime bookedAt(WorklistEntry entry) {
    if (bookedTimes == null) {
      bookedTimes = new HashMap<>();
      followUps
          .forPractice(session.getAccount().practiceId(), AppointmentStatus.BOOKED)
          .forEach(
              a ->
                  bookedTimes.put(
                      a.getEnrolment().getId() + "/" + a.getCode(), a.getScheduledAt()));
    }
    Verdict verdict = entry.verdict();
    String code =
        verdict.kind() == RuleKind.EXAMINATION ? verdict.subject() : Appointment.DOCUMENTATION_CODE;
    return bookedTimes.get(entry.enrolmentId() + "/" + code);
  }

  /**
   * Whether a worklist row is about a follow-up the practice books: a documentation or examination,
   * unless an exclusion is proposed, which the doctor decides first.
   */
  public boolean arrangeable(WorklistEntry entry) {
    Verdict verdict = entry.verdict();
    return (verdict.kind() == RuleKind.DOCUMENTATION || verdict.kind() == RuleKind.EXAMINATION)
        && verdict.status() != VerdictStatus.EXCLUSION_PROPOSED;
  }

  public void move(CalendarEntry entry) {
    open(
        new Subject(
            entry.appointmentId(),
            formats.patient(entry.familyName(), entry.givenName()),
            entry.kind(),
            entry.label(),
            entry.labelEn(),
            entry.startsAt()));
  }

  private void open(Subject subject) {
    this.subject = subject;
    at = subject.bookedAt();
    afterwards = false;
    note = null;
  }

  public void book() {
    if (at == null) {
      refuse(Texts.text("calendar.book.timeRequired"));
      return;
    }
    attempt(BookingView::refuse);
  }

  /**
   * A booked follow-up dragged in the calendar to another time: moved by the same rule as with
   * "Verschieben" (the earlier time kept), a refusal told on the page, since no dialog is open. A
   * time already past is refused with what to do instead: a drag has no "Nachtrag" to tick.
   */
  public void dropped(CalendarEntry entry, LocalDateTime to) {
    Consumer<String> refusal = text -> Texts.show(FacesMessage.SEVERITY_WARN, text);
    if (Appointment.isPast(to, clock.instant())) {
      refusal.accept(Texts.text("calendar.dropped.past"));
      return;
    }
    move(entry);
    at = to;
    attempt(refusal);
  }

  /** Booked, or the booked time kept when it is the one chosen, said on the page. */
  private void attempt(Consumer<String> refusal) {
    if (at.equals(subject.bookedAt())) {
      Texts.show(
          FacesMessage.SEVERITY_INFO,
          Texts.text("calendar.unchanged", subject.patient(), formats.time(at)));
      subject = null;
      return;
    }
    try {
      followUps.book(subject.appointmentId(), at, afterwards);
    } catch (RefusedException e) {
      refusal.accept(Texts.text(e));
      return;
    }
    String done = subject.bookedAt() == null ? "calendar.booked" : "calendar.moved";
    Texts.show(FacesMessage.SEVERITY_INFO, Texts.text(done, subject.patient(), formats.time(at)));
    booked.fire(new FollowUpBooked(subject.appointmentId()));
    bookedTimes = null;
    subject = null;
  }

  private static void refuse(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(MESSAGES, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    context.validationFailed();
  }

  public Subject getSubject() {
    return subject;
  }

  public String getNote() {
    return note;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public void setAt(LocalDateTime at) {
    this.at = at;
  }

  public boolean isAfterwards() {
    return afterwards;
  }

  public void setAfterwards(boolean afterwards) {
    this.afterwards = afterwards;
  }
}
