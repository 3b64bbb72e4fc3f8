package de.dmp.rules.boundary;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.platform.time.Quarter;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The practice's documentations of the current quarter at a glance, one per enrolment: still due,
 * drafts, complete and sent, and the day the quarter's files must reach the data office.
 */
public record QuarterGlance(Quarter quarter, long due, long drafts, long complete, long sent)
    implements Serializable {

  /** One documentation saved in the quarter: its enrolment and status. */
  record Saved(long enrolmentId, DocumentationStatus status) {}

  /**
   * From the quarter's saved documentations and the count of enrolments still due. An enrolment
   * counts once, in the furthest status of its documentations: a draft beside a complete
   * documentation is no further documentation expected.
   */
  static QuarterGlance of(Quarter quarter, List<Saved> saved, long due) {
    Map<DocumentationStatus, Long> counts =
        saved.stream()
            .collect(
                toMap(
                    Saved::enrolmentId,
                    Saved::status,
                    BinaryOperator.maxBy(Comparator.naturalOrder())))
            .values()
            .stream()
            .collect(groupingBy(Function.identity(), counting()));
    return new QuarterGlance(
        quarter,
        due,
        counts.getOrDefault(DocumentationStatus.DRAFT, 0L),
        counts.getOrDefault(DocumentationStatus.COMPLETE, 0L),
        counts.getOrDefault(DocumentationStatus.SENT, 0L));
  }

  public long expected() {
    return due + drafts + complete + sent;
  }

  public LocalDate deliveryDeadline() {
    return quarter.deliveryDeadline();
  }
}
