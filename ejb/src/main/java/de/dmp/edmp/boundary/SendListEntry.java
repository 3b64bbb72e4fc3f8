package de.dmp.edmp.boundary;

import de.dmp.programme.entity.DocumentType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One documentation on the practice's send list: whose, which programme and type, its state, its
 * day, delivery deadline (10 days after its quarter) and correction deadline (52 days after it),
 * and for a sent one when and by whom the delivery was confirmed ({@code sentAt} and {@code sentBy}
 * are null for deliveries recorded before they were kept).
 *
 * @param overdue past the deadline that counts for its state: the correction deadline for one
 *     corrected after sending, the delivery deadline otherwise; never for a sent one
 */
public record SendListEntry(
    long documentationId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    DocumentType type,
    State state,
    LocalDate documentedOn,
    LocalDate deliveryDeadline,
    LocalDate correctionDeadline,
    boolean overdue,
    LocalDate sentOn,
    LocalDateTime sentAt,
    String sentBy) {

  /** Where a documentation on the list stands. */
  public enum State {
    /** Complete, never sent: goes into the next archive. */
    COMPLETE,
    /** Sent, then corrected before the correction deadline: goes into the next archive again. */
    CORRECTED,
    /** Not complete yet: cannot be sent, shown so that it is completed before the deadline. */
    DRAFT,
    /** Delivered in the current quarter. */
    SENT
  }

  public boolean isSent() {
    return state == State.SENT;
  }

  /** Whether it goes into an archive: complete, or corrected after sending. */
  public boolean isSendable() {
    return state == State.COMPLETE || state == State.CORRECTED;
  }

  /** The deadline that counts for its state (see {@code overdue}). */
  public LocalDate dueBy() {
    return state == State.CORRECTED ? correctionDeadline : deliveryDeadline;
  }
}
