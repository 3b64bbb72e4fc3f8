package de.dmp.web.calendar;

import de.dmp.followup.boundary.CalendarEntry;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.platform.entity.RefusedException;
import de.dmp.programme.entity.English;
import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.Worklists;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
  }

  public void markMissed() {
    change(followUps::markMissed, "calendar.markedMissed");
  }

  public void cancel() {
    change(followUps::cancel, "calendar.cancelled");
  }

  /**
   * One change of the selected follow-up, said with whom it was for, then the list as it now is; or
   * why the follow-up's rules refuse it.
   */
  private void change(LongConsumer change, String done) {
    try {
      change.accept(selected.appointmentId());
      Texts.show(
          FacesMessage.SEVERITY_INFO,
          Texts.text(done, selected.familyName() + ", " + selected.givenName()));
    } catch (RefusedException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text(e));
    }
    selected = null;
    listWhatToArrange();
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
   * patient, what it is for on hover and in its dialog, so that a short one is not cut.
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
                          .title(entry.familyName() + ", " + entry.givenName())
                          .description(
                              English.choose(entry.label(), entry.labelEn(), Texts.locale()))
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
