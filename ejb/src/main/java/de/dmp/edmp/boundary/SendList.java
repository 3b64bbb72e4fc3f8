package de.dmp.edmp.boundary;

import de.dmp.platform.time.Quarter;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the practice has to send to the data office, earliest deadline (the overdue) first, the
 * drafts that cannot be sent until they are completed, and what it has sent in the current quarter,
 * latest first.
 */
public record SendList(
    Quarter quarter,
    List<SendListEntry> toSend,
    List<SendListEntry> drafts,
    List<SendListEntry> sent) {

  public SendList {
    toSend = List.copyOf(toSend);
    drafts = List.copyOf(drafts);
    sent = List.copyOf(sent);
  }

  public long overdue() {
    return toSend.stream().filter(SendListEntry::overdue).count();
  }

  /** The programmes of the list's entries, in alphabetical order. */
  public List<String> programmes() {
    return Stream.of(toSend, drafts, sent)
        .flatMap(List::stream)
        .map(SendListEntry::programmeCode)
        .distinct()
        .sorted()
        .toList();
  }

  /** The list of one programme; all of it for null. */
  public SendList of(String programmeCode) {
    if (programmeCode == null) {
      return this;
    }
    Predicate<SendListEntry> programme = entry -> entry.programmeCode().equals(programmeCode);
    return new SendList(
        quarter,
        toSend.stream().filter(programme).toList(),
        drafts.stream().filter(programme).toList(),
        sent.stream().filter(programme).toList());
  }
}
