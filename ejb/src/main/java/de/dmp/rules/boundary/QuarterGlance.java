package de.dmp.rules.boundary;

import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.platform.time.Quarter;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The practice's documentations of the current quarter at a glance: still due, drafts, complete and
 * sent, and the day the quarter's files must reach the data office.
 */
public record QuarterGlance(Quarter quarter, long due, long drafts, long complete, long sent)
    implements Serializable {

  /** From the count of the quarter's saved documentations per status and the count still due. */
  static QuarterGlance of(Quarter quarter, Map<DocumentationStatus, Long> saved, long due) {
    return new QuarterGlance(
        quarter,
        due,
        saved.getOrDefault(DocumentationStatus.DRAFT, 0L),
        saved.getOrDefault(DocumentationStatus.COMPLETE, 0L),
        saved.getOrDefault(DocumentationStatus.SENT, 0L));
  }

  public long expected() {
    return due + drafts + complete + sent;
  }

  public LocalDate deliveryDeadline() {
    return quarter.deliveryDeadline();
  }
}
