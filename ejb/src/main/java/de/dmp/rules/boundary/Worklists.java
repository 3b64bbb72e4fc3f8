package de.dmp.rules.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.rules.entity.CareDeadline;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The practice's worklists, read from the stored deadlines by date: what is due, overdue or close
 * to exclusion, and the staff's recall list of follow-ups to arrange.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
public class Worklists {

  private static final String RESOURCE = "Worklist";

  private static final String FROM =
      " from CareDeadline d join d.patient p where d.practiceId = :practiceId"
          + " and (d.expiresOn is null or d.expiresOn > :today)";

  private static final Map<WorklistCategory, String> CATEGORIES =
      Map.of(
          WorklistCategory.ALL,
          " and (d.dueFrom <= :weekEnd or d.overdueFrom <= :today or d.warningFrom <= :today)",
          WorklistCategory.DUE,
          " and d.dueFrom <= :weekEnd and (d.overdueFrom is null or d.overdueFrom > :today)"
              + " and (d.warningFrom is null or d.warningFrom > :today)",
          WorklistCategory.OVERDUE,
          " and d.overdueFrom <= :today and (d.warningFrom is null or d.warningFrom > :today)",
          WorklistCategory.CLOSE_TO_EXCLUSION,
          " and d.warningFrom <= :today");

  /**
   * A doctor's morning: the proposed exclusions to decide (0), then one documentation missing
   * before its exclusion (1), then what is due or overdue with a next step ahead (2: a
   * documentation before it becomes overdue or before its delivery deadline passes), each by the
   * day that next step comes; last (3) what has been overdue with nothing further to come, the most
   * recently overdue first, so that foot inspections overdue for months do not fill page one.
   */
  private static final String URGENCY =
      " order by case when d.exclusionFrom <= :today then 0"
          + " when d.warningFrom <= :today then 1"
          + " when d.overdueFrom is null or d.overdueFrom > :today"
          + " or d.warningFrom > :today or d.exclusionFrom > :today then 2 else 3 end,"
          + " case when d.overdueFrom > :today then d.overdueFrom"
          + " when d.warningFrom > :today then d.warningFrom"
          + " when d.exclusionFrom > :today then d.exclusionFrom end nulls last,"
          + " d.overdueFrom desc, p.familyName, d.id";

  private static final Map<WorklistOrder, String> ORDERS =
      Map.of(
          WorklistOrder.URGENCY,
          URGENCY,
          WorklistOrder.DUE_DATE,
          " order by coalesce(d.overdueFrom, d.warningFrom), p.familyName, d.id",
          WorklistOrder.PATIENT,
          " order by p.familyName, p.givenName, p.id, d.id",
          WorklistOrder.PROGRAMME,
          " order by d.programmeCode, coalesce(d.overdueFrom, d.warningFrom), d.id");

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  public WorklistPage worklist(long practiceId, @NotNull @Valid WorklistQuery query) {
    Caller caller =
        access.requirePractice(
            practiceId, RESOURCE, practiceId, null, "read the worklist of practice " + practiceId);
    LocalDate today = LocalDate.now(clock);
    String where = where(query);
    long total = total(practiceId, today, query);
    List<WorklistEntry> entries =
        bind(
                em.createQuery(
                    "select d, p" + FROM + where + ORDERS.get(query.order()), Object[].class),
                practiceId,
                today,
                query)
            .setFirstResult(query.first())
            .setMaxResults(query.max())
            .getResultList()
            .stream()
            .map(row -> entry((CareDeadline) row[0], today))
            .toList();
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        null,
        null,
        "practice " + practiceId + ", " + query.category() + ", " + total + " results");
    return new WorklistPage(entries, total);
  }

  /**
   * How many entries the worklist has, for a table that asks before it pages: figures only, so not
   * audited; {@link #worklist} audits what is shown.
   */
  public long count(long practiceId, @NotNull @Valid WorklistQuery query) {
    access.requirePractice(
        practiceId, RESOURCE, practiceId, null, "count the worklist of practice " + practiceId);
    return total(practiceId, LocalDate.now(clock), query);
  }

  private long total(long practiceId, LocalDate today, WorklistQuery query) {
    return bind(
            em.createQuery("select count(d)" + FROM + where(query), Long.class),
            practiceId,
            today,
            query)
        .getSingleResult();
  }

  private static String where(WorklistQuery query) {
    return CATEGORIES.get(query.category())
        + (query.programmeCode() == null ? "" : " and d.programmeCode = :programme");
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> typed, long practiceId, LocalDate today, WorklistQuery query) {
    typed.setParameter("practiceId", practiceId).setParameter("today", today);
    if (CATEGORIES.get(query.category()).contains(":weekEnd")) {
      typed.setParameter("weekEnd", today.with(DayOfWeek.SUNDAY));
    }
    if (query.programmeCode() != null) {
      typed.setParameter("programme", query.programmeCode());
    }
    return typed;
  }

  /**
   * Follow-ups planned but not yet booked, due within the coming days or already overdue; those of
   * an ended or excluded enrolment are nobody's to arrange, as the patient has left the programme.
   */
  public List<RecallEntry> recall(long practiceId, @Min(0) @Max(366) int days) {
    Caller caller =
        access.requirePractice(
            practiceId,
            RESOURCE,
            practiceId,
            null,
            "read the recall list of practice " + practiceId);
    LocalDate today = LocalDate.now(clock);
    List<RecallEntry> entries =
        em
            .createNamedQuery(Appointment.FIND_TO_ARRANGE, Object[].class)
            .setParameter("practiceId", practiceId)
            .setParameter("status", AppointmentStatus.PLANNED)
            .setParameter("until", today.plusDays(days))
            .setParameter("openEnrolments", EnrolmentStatus.open())
            .getResultList()
            .stream()
            .map(row -> recallEntry((Appointment) row[0], today))
            .toList();
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        null,
        null,
        "recall list of practice " + practiceId + ", " + entries.size() + " results");
    return entries;
  }

  private static WorklistEntry entry(CareDeadline deadline, LocalDate today) {
    Patient patient = deadline.getPatient();
    return new WorklistEntry(
        patient.getId(),
        patient.getFamilyName(),
        patient.getGivenName(),
        patient.getBirthDate(),
        deadline.getEnrolmentId(),
        deadline.getProgrammeCode(),
        deadline.toDeadline().verdictOn(today));
  }

  private static RecallEntry recallEntry(Appointment appointment, LocalDate today) {
    Enrolment enrolment = appointment.getEnrolment();
    Patient patient = enrolment.getPatient();
    return new RecallEntry(
        appointment.getId(),
        patient.getId(),
        patient.getFamilyName(),
        patient.getGivenName(),
        patient.getPhone(),
        enrolment.getProgrammeCode(),
        appointment.getKind(),
        appointment.getLabel(),
        appointment.getLabelEn(),
        appointment.getDueOn(),
        appointment.isOverdue(today));
  }
}
