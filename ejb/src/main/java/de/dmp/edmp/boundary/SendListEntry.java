package de.dmp.edmp.boundary;

import de.dmp.programme.entity.DocumentType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One documentation on the practice's send list: whose, which programme and type, its day and
 * delivery deadline (10 days after its quarter), and for a sent one when and by whom the delivery
 * was confirmed ({@code sentAt} and {@code sentBy} are null for deliveries recorded before they
 * were kept).
 */
public record SendListEntry(
    long documentationId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    DocumentType type,
    LocalDate documentedOn,
    LocalDate deliveryDeadline,
    boolean overdue,
    LocalDate sentOn,
    LocalDateTime sentAt,
    String sentBy) {

  public boolean isSent() {
    return sentOn != null;
  }
}
