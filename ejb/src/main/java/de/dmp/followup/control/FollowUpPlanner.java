package de.dmp.followup.control;

import de.dmp.documentation.boundary.DocumentationRecorded;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Examination;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps an enrolment's follow-ups in step with its documentations: a documentation closes the
 * documentation follow-up it fulfils and plans the next one at the patient's interval; it closes
 * the follow-up of each control examination it shows and plans the next one interval later, the day
 * the rules' verdict names; the initial documentation also plans the examinations it does not show.
 */
@Dependent
public class FollowUpPlanner {

  @Inject private EntityManager em;
  @Inject private Programmes programmes;
  @Inject private Clock clock;

  void onDocumentation(@Observes DocumentationRecorded event) {
    Documentation documentation = event.documentation();
    Enrolment enrolment = documentation.getEnrolment();
    LocalDate documentedOn = documentation.getDocumentedOn();
    List<Appointment> open = openAppointments(enrolment);
    open.stream()
        .filter(a -> a.getKind() == AppointmentKind.DOCUMENTATION)
        .filter(a -> !Quarter.of(a.getDueOn()).isAfter(Quarter.of(documentedOn)))
        .forEach(a -> a.documented(clock.instant()));
    Quarter next = enrolment.nextDocumentationQuarter(documentedOn);
    em.persist(Appointment.documentation(enrolment, next.start(), clock.instant()));
    planExaminations(enrolment, documentation, open);
  }

  /**
   * As the examination rule reads the documentations: an examination a documentation shows is next
   * due one interval (as its values choose it) after it. A documentation recorded late, older than
   * the one that planned the open follow-up, changes nothing.
   */
  private void planExaminations(
      Enrolment enrolment, Documentation documentation, List<Appointment> open) {
    var programme =
        programmes.version(enrolment.getProgrammeCode(), documentation.getProgrammeVersion());
    Map<String, String> values = documentation.currentValues();
    LocalDate documentedOn = documentation.getDocumentedOn();
    for (Examination examination : programme.examinations()) {
      Optional<Appointment> pending =
          open.stream()
              .filter(a -> a.isOpenFor(AppointmentKind.EXAMINATION, examination.code()))
              .findFirst();
      LocalDate nextDue = documentedOn.plusMonths(examination.intervalMonths(values));
      if (examination.isShownBy(values)) {
        if (pending.map(a -> a.getDueOn().isBefore(nextDue)).orElse(true)) {
          pending.ifPresent(a -> a.documented(clock.instant()));
          em.persist(examination(enrolment, examination, nextDue));
        }
      } else if (pending.isEmpty() && documentation.getType() == DocumentType.ED) {
        em.persist(examination(enrolment, examination, nextDue));
      }
    }
  }

  private Appointment examination(Enrolment enrolment, Examination examination, LocalDate dueOn) {
    return new Appointment(
        enrolment,
        AppointmentKind.EXAMINATION,
        examination.code(),
        examination.label(),
        examination.labelEn(),
        dueOn,
        clock.instant());
  }

  private List<Appointment> openAppointments(Enrolment enrolment) {
    return em
        .createNamedQuery(Appointment.FIND_BY_ENROLMENT, Appointment.class)
        .setParameter("enrolmentId", enrolment.getId())
        .getResultList()
        .stream()
        .filter(a -> a.getStatus().isOpen())
        .toList();
  }
}
