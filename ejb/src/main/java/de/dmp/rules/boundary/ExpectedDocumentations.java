package de.dmp.rules.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.FieldError;
import de.dmp.rules.entity.CareDeadline;
import de.dmp.rules.entity.RuleKind;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The overview of every documentation the practice owes for the current and the next quarter, with
 * its state and deadlines (KBV Anforderungskatalog P1-110): what is saved, from the documentations;
 * what is still due, from the stored deadlines.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
public class ExpectedDocumentations {

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Programmes programmes;
  @Inject private Clock clock;

  public List<ExpectedDocumentation> overview(long practiceId) {
    Caller caller =
        access.requirePractice(
            practiceId, "Documentation", null, null, "read the documentation overview");
    Quarter current = Quarter.of(LocalDate.now(clock));
    Quarter next = current.plus(1);
    List<ExpectedDocumentation> rows = new ArrayList<>();
    Set<String> documented = new HashSet<>();
    for (Object[] row :
        em.createNamedQuery(Documentation.SUMMARIES_BY_PRACTICE_AND_DAYS, Object[].class)
            .setParameter("practiceId", practiceId)
            .setParameter("from", current.start())
            .setParameter("to", next.end())
            .getResultList()) {
      ExpectedDocumentation saved = saved(row);
      documented.add(saved.enrolmentId() + "@" + saved.quarter());
      rows.add(saved);
    }
    for (CareDeadline deadline :
        em.createNamedQuery(CareDeadline.FIND_BY_PRACTICE_KIND_DUE, CareDeadline.class)
            .setParameter("practiceId", practiceId)
            .setParameter("kind", RuleKind.DOCUMENTATION)
            .setParameter("until", next.end())
            .getResultList()) {
      Quarter due = Quarter.of(deadline.getDueFrom());
      Quarter quarter = due.isAfter(current) ? next : current;
      if (!documented.contains(deadline.getEnrolmentId() + "@" + quarter)) {
        rows.add(due(deadline, quarter));
      }
    }
    rows.sort(
        Comparator.comparing(ExpectedDocumentation::quarter)
            .thenComparing(ExpectedDocumentation::state)
            .thenComparing(ExpectedDocumentation::familyName));
    audit.record(
        caller,
        AuditAction.SEARCH,
        "Documentation",
        null,
        null,
        "overview of practice " + practiceId + ", " + rows.size() + " results");
    return rows;
  }

  /** The current quarter's documentations counted, for the top of the worklist. */
  public QuarterGlance glance(long practiceId) {
    Caller caller =
        access.requirePractice(
            practiceId, "Documentation", null, null, "read the documentation overview");
    Quarter quarter = Quarter.of(LocalDate.now(clock));
    List<QuarterGlance.Saved> saved =
        em.createNamedQuery(Documentation.STATUSES_BY_PRACTICE_AND_DAYS, Object[].class)
            .setParameter("practiceId", practiceId)
            .setParameter("from", quarter.start())
            .setParameter("to", quarter.end())
            .getResultStream()
            .map(row -> new QuarterGlance.Saved((Long) row[0], (DocumentationStatus) row[1]))
            .toList();
    long due =
        em.createNamedQuery(CareDeadline.COUNT_UNDOCUMENTED, Long.class)
            .setParameter("practiceId", practiceId)
            .setParameter("kind", RuleKind.DOCUMENTATION)
            .setParameter("from", quarter.start())
            .setParameter("to", quarter.end())
            .getSingleResult();
    audit.record(
        caller,
        AuditAction.SEARCH,
        "Documentation",
        null,
        null,
        "quarter " + quarter + " of practice " + practiceId + " counted");
    return QuarterGlance.of(quarter, saved, due);
  }

  /** From a summary row: id, status, date, sent date, enrolment, programme, patient, names. */
  private ExpectedDocumentation saved(Object[] row) {
    long id = (Long) row[0];
    DocumentationStatus status = (DocumentationStatus) row[1];
    LocalDate documentedOn = (LocalDate) row[2];
    List<FieldError> errors =
        status == DocumentationStatus.DRAFT ? errors(em.find(Documentation.class, id)) : List.of();
    DocumentationState state =
        switch (status) {
          case DRAFT ->
              errors.stream().anyMatch(FieldError::isMissing)
                  ? DocumentationState.DRAFT
                  : DocumentationState.COMPLETE_WITH_ERRORS;
          case COMPLETE -> DocumentationState.COMPLETE;
          case SENT -> DocumentationState.SENT;
        };
    Quarter quarter = Quarter.of(documentedOn);
    return new ExpectedDocumentation(
        quarter,
        (Long) row[6],
        (String) row[7],
        (String) row[8],
        (Long) row[4],
        (String) row[5],
        state,
        id,
        documentedOn,
        (LocalDate) row[3],
        errors.size(),
        quarter.deliveryDeadline(),
        quarter.correctionDeadline());
  }

  private List<FieldError> errors(Documentation draft) {
    return programmes
        .current(draft.getEnrolment().getProgrammeCode(), draft.getDocumentedOn())
        .check(draft.getType(), draft.currentValues(), draft.getDocumentedOn());
  }

  private static ExpectedDocumentation due(CareDeadline deadline, Quarter quarter) {
    Patient patient = deadline.getPatient();
    return new ExpectedDocumentation(
        quarter,
        patient.getId(),
        patient.getFamilyName(),
        patient.getGivenName(),
        deadline.getEnrolmentId(),
        deadline.getProgrammeCode(),
        DocumentationState.DUE,
        null,
        null,
        null,
        0,
        quarter.deliveryDeadline(),
        quarter.correctionDeadline());
  }
}
