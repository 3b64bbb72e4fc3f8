package de.dmp.web.calendar;

import de.dmp.followup.boundary.CalendarEntry;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.Worklists;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The practice calendar: booked follow-ups by day, week or month, loaded for the range shown; the
 * follow-ups still to arrange, to book a time for; and a booked one marked done, missed or
 * cancelled.
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

  private final ScheduleModel calendar = new Booked();
  private List<RecallEntry> toArrange;
  private RecallEntry booking;
  private LocalDateTime bookingAt;
  private CalendarEntry selected;

  @PostConstruct
  void listWhatToArrange() {
    toArrange = worklists.recall(session.getAccount().practiceId(), DAYS_TO_ARRANGE);
  }

  public void startBooking(RecallEntry entry) {
    booking = entry;
    bookingAt = null;
  }

  public void book() {
    if (bookingAt == null) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("calendar.book.timeRequired"));
      return;
    }
    change(appointment -> followUps.book(appointment, bookingAt), booking.appointmentId());
    booking = null;
  }

  public void select(SelectEvent<ScheduleEvent<CalendarEntry>> event) {
    selected = event.getObject().getData();
  }

  public void markDone() {
    change(followUps::markDone, selected.appointmentId());
  }

  public void markMissed() {
    change(followUps::markMissed, selected.appointmentId());
  }

  public void cancel() {
    change(followUps::cancel, selected.appointmentId());
  }

  /** One change of a follow-up, then the lists as they now are; refused if its state forbids. */
  private void change(LongConsumer change, long appointmentId) {
    try {
      change.accept(appointmentId);
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("calendar.changed"));
    } catch (IllegalTransitionException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text("calendar.notPossible"));
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

  public RecallEntry getBooking() {
    return booking;
  }

  public LocalDateTime getBookingAt() {
    return bookingAt;
  }

  public void setBookingAt(LocalDateTime bookingAt) {
    this.bookingAt = bookingAt;
  }

  public CalendarEntry getSelected() {
    return selected;
  }

  /** The booked follow-ups of the range the calendar shows, asked for as it moves. */
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
                          .title(
                              entry.familyName() + ", " + entry.givenName() + ": " + entry.label())
                          .startDate(entry.startsAt())
                          .endDate(entry.endsAt())
                          .styleClass("dmp-appointment-" + entry.status())
                          .data(entry)
                          .editable(false)
                          .build()));
    }
  }
}
