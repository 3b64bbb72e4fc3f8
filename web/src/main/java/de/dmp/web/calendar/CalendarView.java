package de.dmp.web.calendar;

import de.dmp.followup.boundary.CalendarEntry;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.platform.entity.RefusedException;
import de.dmp.programme.entity.English;
import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.Worklists;
import de.dmp.web.Formats;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The practice calendar: booked follow-ups by day, week or month, loaded for the range shown; the
 * follow-ups still to arrange, to book a time for ({@link BookingView}); and a booked one marked
 * done, missed or cancelled, or moved in its dialog or by dragging it. The calendar is never
 * rendered anew after a change, only asked for its events again, so that it stays on the period
 * shown (and a refused drop goes back to its time).
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A quarter ahead: what staff arrange when they plan the coming weeks. */
  static final int DAYS_TO_ARRANGE = 90;

  @Inject private FollowUps followUps;
  @Inject private Worklists worklists;
  @Inject private UserSession session;
  @Inject private BookingView booking;
  @Inject private Clock clock;
  @Inject private Formats formats;

  private final ScheduleModel calendar = new Booked();
  private List<RecallEntry> toArrange;
  private CalendarEntry selected;

  @PostConstruct
  void listWhatToArrange() {
    toArrange = worklists.recall(session.getAccount().practiceId(), DAYS_TO_ARRANGE);
  }

  void onBooked(@Observes(notifyObserver = Reception.IF_EXISTS) FollowUpBooked booked) {
    listWhatToArrange();
  }

  public void select(SelectEvent<ScheduleEvent<CalendarEntry>> event) {
    selected = event.getObject().getData();
  }

  /** A booked follow-up dragged to another time, by the days and minutes it was dragged. */
  public void moved(ScheduleEntryMoveEvent event) {
    @SuppressWarnings("unchecked")
    CalendarEntry entry = ((ScheduleEvent<CalendarEntry>) event.getScheduleEvent()).getData();
    booking.dropped(
        entry,
        entry
            .startsAt()
            .plusYears(event.getYearDelta())
            .plusMonths(event.getMonthDelta())
            .plusDays(event.getDayDelta())
            .plusMinutes(event.getMinuteDelta()));
  }

  public void markDone() {
    change(followUps::markDone, "calendar.markedDone");
    selected = null;
  }

  /** Marked missed, it stays in its dialog, to book the follow-up again it is back to arrange. */
  public void markMissed() {
    CalendarEntry missed = selected;
    selected =
        change(followUps::markMissed, "calendar.markedMissed")
            ? missed.withStatus(AppointmentStatus.MISSED)
            : null;
  }

  public void cancel() {
    change(followUps::cancel, "calendar.cancelled");
    selected = null;
  }

  /**
   * One change of the selected follow-up, said with whom it was for, then the list as it now is; or
   * why the follow-up's rules refuse it (failed, so that the page closes the dialog).
   */
  private boolean change(LongConsumer change, String done) {
    boolean changed;
    try {
      change.accept(selected.appointmentId());
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text(done, patient(selected)));
      changed = true;
    } catch (RefusedException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text(e));
      FacesContext.getCurrentInstance().validationFailed();
      changed = false;
    }
    listWhatToArrange();
    return changed;
  }

  private String patient(CalendarEntry entry) {
    return formats.patient(entry.familyName(), entry.givenName());
  }

  /**
   * Whether the selected follow-up has begun: before, "Erledigt" and "Nicht erschienen" are
   * disabled, as {@code Appointment} refuses them.
   */
  public boolean isBegun() {
    return selected != null && selected.hasBegun(clock.instant());
  }

  /** Why "Erledigt" and "Nicht erschienen" are disabled, for their hover: none once begun. */
  public String getNotYetBegun() {
    return selected == null || isBegun()
        ? null
        : Texts.text("calendar.notYetBegun", formats.time(selected.startsAt()));
  }

  /** "Termin absagen" asks first, with whom and when, and what to choose instead. */
  public String getCancelQuestion() {
    return Texts.text(
        "calendar.cancel.question", patient(selected), formats.time(selected.startsAt()));
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public List<RecallEntry> getToArrange() {
    return toArrange;
  }

  public CalendarEntry getSelected() {
    return selected;
  }

  /**
   * The booked follow-ups of the range the calendar shows, asked for as it moves: each by its
   * patient, the patient and what it is for on hover and in its dialog, so that a short one or a
   * name cut in the month is read whole.
   */
  private class Booked extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      followUps
          .calendar(session.getAccount().practiceId(), start, end)
          .forEach(
              entry ->
                  addEvent(
                      DefaultScheduleEvent.<CalendarEntry>builder()
                          .id(String.valueOf(entry.appointmentId()))
                          .title(patient(entry))
                          .description(
                              patient(entry)
                                  + ": "
                                  + English.choose(entry.label(), entry.labelEn(), Texts.locale()))
                          .startDate(entry.startsAt())
                          .endDate(entry.endsAt())
                          .styleClass("dmp-appointment-" + entry.status())
                          .data(entry)
                          .editable(entry.isBooked())
                          .resizable(false)
                          .build()));
    }
  }
}
