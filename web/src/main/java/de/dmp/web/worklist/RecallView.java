package de.dmp.web.worklist;

import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.Worklists;
import de.dmp.web.UserSession;
import de.dmp.web.calendar.FollowUpBooked;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The staff's recall list: follow-ups to arrange with the patient, the overdue first, each booked
 * from here while the patient is on the phone ({@link de.dmp.web.calendar.BookingView}).
 */
@Named
@ViewScoped
public class RecallView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Two weeks ahead: time to reach the patient and find a slot. */
  static final int DAYS_AHEAD = 14;

  @Inject private Worklists worklists;
  @Inject private UserSession session;

  private List<RecallEntry> entries;

  @PostConstruct
  void load() {
    entries = worklists.recall(session.getAccount().practiceId(), DAYS_AHEAD);
  }

  void onBooked(@Observes(notifyObserver = Reception.IF_EXISTS) FollowUpBooked booked) {
    load();
  }

  public List<RecallEntry> getEntries() {
    return entries;
  }

  public int getDaysAhead() {
    return DAYS_AHEAD;
  }
}
