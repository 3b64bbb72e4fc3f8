package de.dmp.documentation.entity;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentationInterval;
import java.time.LocalDate;
import java.util.Map;

/**
 * The quarters one complete documentation covers: its own quarter and, at the interval "Jedes
 * zweite Quartal", the next one too. The next documentation is due in the quarter after them, as
 * the rules engine says (DocumentationRule), so a second complete documentation within them is a
 * duplicate for the data office, not a follow-up; a change is made by correcting the first.
 */
public record DocumentationPeriod(Quarter first, DocumentationInterval interval) {

  /** The parameter "Dokumentationsintervall" that every programme's form carries. */
  static final String INTERVAL = "interval";

  /**
   * The period of a documentation on that day: as long as the interval it documents, else the one
   * chosen at enrolment.
   */
  public static DocumentationPeriod of(
      LocalDate documentedOn, Map<String, String> values, DocumentationInterval enrolled) {
    return new DocumentationPeriod(
        Quarter.of(documentedOn),
        DocumentationInterval.ofLabel(values.get(INTERVAL)).orElse(enrolled));
  }

  public Quarter last() {
    return first.plus(interval.quarters() - 1);
  }

  /** Whether two documentations fall in one period: the later one starts within the earlier one. */
  public boolean overlaps(DocumentationPeriod other) {
    DocumentationPeriod earlier = first.isAfter(other.first) ? other : this;
    DocumentationPeriod later = earlier == this ? other : this;
    return !later.first.isAfter(earlier.last());
  }

  /** "2/2026", or "2/2026–3/2026" for two quarters. */
  @Override
  public String toString() {
    return first.equals(last()) ? first.toString() : first + "–" + last();
  }
}
