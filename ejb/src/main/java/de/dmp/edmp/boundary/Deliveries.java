package de.dmp.edmp.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.edmp.boundary.SendListEntry.State;
import de.dmp.edmp.control.EdmpOutput;
import de.dmp.edmp.entity.Delivery;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.entity.DocumentType;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The practice's deliveries to the data office: the send list and the delivery archive of chosen
 * documentations. Building the archive sends nothing and marks nothing; the practice confirms the
 * delivery afterwards ({@link de.dmp.documentation.boundary.Documentations#markSent}).
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
public class Deliveries {

  private static final String RESOURCE = "EdmpDelivery";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private EdmpOutput output;
  @Inject private Clock clock;

  /**
   * The caller's practice's complete documentations not yet sent (or corrected after sending) that
   * an eDMP file can be written for, its drafts of the current and the previous quarter (whose
   * deliveries are due now), and those sent in the current quarter.
   */
  public SendList sendList() {
    Caller caller = access.caller();
    long practiceId = caller.practiceId();
    LocalDate today = LocalDate.now(clock);
    Quarter quarter = Quarter.of(today);
    List<SendListEntry> entries =
        em.createNamedQuery(Documentation.SEND_LIST, Object[].class)
            .setParameter("practiceId", practiceId)
            .setParameter("complete", DocumentationStatus.COMPLETE)
            .setParameter("draft", DocumentationStatus.DRAFT)
            .setParameter("draftsSince", quarter.plus(-1).start())
            .setParameter("sent", DocumentationStatus.SENT)
            .setParameter("sentSince", quarter.start())
            .getResultStream()
            .map(row -> entry(row, today))
            .filter(
                entry ->
                    entry.isSent() || output.writes(entry.programmeCode(), entry.documentedOn()))
            .toList();
    audit.record(
        caller, AuditAction.SEARCH, RESOURCE, null, null, entries.size() + " on the send list");
    Comparator<SendListEntry> earliestDue = Comparator.comparing(SendListEntry::dueBy);
    return new SendList(
        quarter,
        entries.stream().filter(SendListEntry::isSendable).sorted(earliestDue).toList(),
        entries.stream().filter(entry -> entry.state() == State.DRAFT).sorted(earliestDue).toList(),
        entries.stream()
            .filter(SendListEntry::isSent)
            .sorted(
                Comparator.comparing(SendListEntry::sentOn)
                    .thenComparing(
                        SendListEntry::sentAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .reversed())
            .toList());
  }

  private SendListEntry entry(Object[] row, LocalDate today) {
    LocalDate documentedOn = (LocalDate) row[2];
    Quarter quarter = Quarter.of(documentedOn);
    Instant sentAt = (Instant) row[5];
    State state = state((DocumentationStatus) row[3], row[11] != null);
    LocalDate dueBy =
        state == State.CORRECTED ? quarter.correctionDeadline() : quarter.deliveryDeadline();
    return new SendListEntry(
        (Long) row[0],
        (Long) row[8],
        (String) row[9],
        (String) row[10],
        (String) row[7],
        (DocumentType) row[1],
        state,
        documentedOn,
        quarter.deliveryDeadline(),
        quarter.correctionDeadline(),
        state != State.SENT && dueBy.isBefore(today),
        (LocalDate) row[4],
        sentAt == null ? null : LocalDateTime.ofInstant(sentAt, clock.getZone()),
        (String) row[6]);
  }

  /** As {@link Documentation#isCorrectedAfterSending()} says it, from the list's columns. */
  private static State state(DocumentationStatus status, boolean previouslySent) {
    return switch (status) {
      case DRAFT -> State.DRAFT;
      case SENT -> State.SENT;
      case COMPLETE -> previouslySent ? State.CORRECTED : State.COMPLETE;
    };
  }

  /**
   * The delivery archive of the chosen documentations of the caller's practice.
   *
   * @throws EdmpRefusedException when none is chosen, one is a draft or already sent, or a file
   *     cannot be written
   */
  public Delivery archive(List<Long> documentationIds) {
    Caller caller = access.caller();
    long practiceId = caller.practiceId();
    Set<Long> ids = new LinkedHashSet<>(documentationIds == null ? List.of() : documentationIds);
    if (ids.isEmpty()) {
      throw new EdmpRefusedException("edmp.delivery.empty");
    }
    List<Documentation> documentations =
        Documentation.withContext(em, Documentation.FIND_BY_IDS)
            .setParameter("ids", ids)
            .getResultList();
    if (documentations.size() < ids.size()) {
      ids.removeAll(documentations.stream().map(Documentation::getId).toList());
      throw new NotFoundException("documentation", ids.iterator().next());
    }
    for (Documentation documentation : documentations) {
      access.requireDocumentation(documentation, "deliver documentation " + documentation.getId());
      refuseUnsendable(documentation);
    }
    Delivery delivery =
        output.deliver(
            em.find(Practice.class, practiceId).getBsnr(),
            LocalDateTime.now(clock),
            documentations);
    documentations.forEach(
        d ->
            audit.record(
                caller,
                AuditAction.EXPORT,
                RESOURCE,
                d.getId(),
                d.getEnrolment().getPatient().getId(),
                delivery.name()));
    return delivery;
  }

  private static void refuseUnsendable(Documentation documentation) {
    if (documentation.isDraft()) {
      throw new EdmpRefusedException("edmp.draft", documentation.getId());
    }
    if (documentation.getStatus() == DocumentationStatus.SENT) {
      var patient = documentation.getEnrolment().getPatient();
      throw new EdmpRefusedException(
          "edmp.delivery.sent",
          patient.getGivenName() + " " + patient.getFamilyName(),
          documentation.getDocumentedOn());
    }
  }
}
