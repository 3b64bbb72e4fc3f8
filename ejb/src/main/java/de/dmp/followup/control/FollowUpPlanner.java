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

/**
 * Keeps an enrolment's follow-ups in step with its documentations: a documentation closes the
 * documentation follow-up it fulfils and plans the next one at the patient's interval; the initial
 * documentation also plans the programme's control examinations.
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
    if (documentation.getType() == DocumentType.ED) {
      planExaminations(enrolment, documentation, open);
    }
  }

  private void planExaminations(
      Enrolment enrolment, Documentation documentation, List<Appointment> open) {
    var programme =
        programmes.version(enrolment.getProgrammeCode(), documentation.getProgrammeVersion());
    for (Examination examination : programme.examinations()) {
      boolean planned = open.stream().anyMatch(a -> a.getCode().equals(examination.code()));
      if (!planned) {
        em.persist(
            new Appointment(
                enrolment,
                AppointmentKind.EXAMINATION,
                examination.code(),
                examination.label(),
                examination.labelEn(),
                documentation.getDocumentedOn().plusMonths(examination.intervalMonths()),
                clock.instant()));
      }
    }
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
