package de.dmp.edmp.boundary;

import de.dmp.platform.time.Quarter;
import java.util.List;

/**
 * What the practice has to send to the data office, earliest deadline (the overdue) first, and what
 * it has sent in the current quarter, latest first.
 */
public record SendList(Quarter quarter, List<SendListEntry> toSend, List<SendListEntry> sent) {

  public SendList {
    toSend = List.copyOf(toSend);
    sent = List.copyOf(sent);
  }

  public long overdue() {
    return toSend.stream().filter(SendListEntry::overdue).count();
  }
}
