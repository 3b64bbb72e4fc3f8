package de.dmp.documentation.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.Visit;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.FieldError;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documenting visits: all programmes of one visit are checked against their definitions and stored
 * together, or nothing is stored and every failing field is named.
 */
@Stateless
public class Documentations {

  @PersistenceContext private EntityManager em;
  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  @Inject private Event<DocumentationRecorded> recorded;
  @Inject private Clock clock;

  public List<Documentation> documentVisit(@NotNull @Valid VisitDocumentation input) {
    Patient patient = patients.patient(input.patientId());
    Map<String, List<FieldError>> errors = new LinkedHashMap<>();
    Map<Enrolment, ProgrammeDefinition> checked = new LinkedHashMap<>();
    for (ProgrammeDocumentation entry : input.programmes()) {
      Enrolment enrolment = enrolmentOf(patient, entry.enrolmentId());
      ProgrammeDefinition programme =
          programmes.current(enrolment.getProgrammeCode(), input.date());
      List<FieldError> failing = programme.check(typeFor(enrolment), entry.values(), input.date());
      if (!failing.isEmpty()) {
        errors.put(programme.code(), failing);
      }
      checked.put(enrolment, programme);
    }
    if (checked.keySet().stream().map(e -> e.getPractice().getId()).distinct().count() > 1) {
      throw new InvalidDocumentationException(
          Map.of(
              "visit",
              List.of(
                  new FieldError(
                      "enrolment",
                      "Einschreibung",
                      "a visit documents the enrolments of one practice"))));
    }
    if (!errors.isEmpty()) {
      throw new InvalidDocumentationException(errors);
    }
    Enrolment first = checked.keySet().iterator().next();
    var visit =
        new Visit(
            patient,
            first.getPractice(),
            practitioner(input.practitionerId()),
            input.date(),
            clock.instant());
    em.persist(visit);
    return input.programmes().stream()
        .map(
            entry ->
                store(visit, enrolments.enrolment(entry.enrolmentId()), checked, entry.values()))
        .toList();
  }

  /**
   * Corrects a documentation: the values are checked like new ones and stored as the next revision.
   * {@code expectedVersion} guards against overwriting someone else's correction.
   */
  public Documentation correct(
      long documentationId, long expectedVersion, @NotNull Map<String, String> values) {
    Documentation documentation = documentation(documentationId);
    if (documentation.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("documentation", documentationId);
    }
    Enrolment enrolment = documentation.getEnrolment();
    ProgrammeDefinition programme =
        programmes.current(enrolment.getProgrammeCode(), documentation.getDocumentedOn());
    List<FieldError> failing =
        programme.check(documentation.getType(), values, documentation.getDocumentedOn());
    if (!failing.isEmpty()) {
      throw new InvalidDocumentationException(Map.of(programme.code(), failing));
    }
    documentation.correct(programme.version(), values, clock.instant());
    return documentation;
  }

  public Documentation documentation(long id) {
    return Records.require(em, Documentation.class, id, "documentation");
  }

  public List<Documentation> forEnrolment(long enrolmentId) {
    return em.createNamedQuery(Documentation.FIND_BY_ENROLMENT, Documentation.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }

  private Documentation store(
      Visit visit,
      Enrolment enrolment,
      Map<Enrolment, ProgrammeDefinition> checked,
      Map<String, String> values) {
    ProgrammeDefinition programme = checked.get(enrolment);
    var documentation =
        new Documentation(
            visit, enrolment, typeFor(enrolment), programme.version(), values, clock.instant());
    em.persist(documentation);
    if (documentation.getType() == DocumentType.ED) {
      enrolment.recordInitialDocumentation(visit.getDate(), clock.instant());
    }
    recorded.fire(new DocumentationRecorded(documentation));
    return documentation;
  }

  private static DocumentType typeFor(Enrolment enrolment) {
    return enrolment.hasInitialDocumentation() ? DocumentType.FD : DocumentType.ED;
  }

  private Enrolment enrolmentOf(Patient patient, long enrolmentId) {
    Enrolment enrolment = enrolments.enrolment(enrolmentId);
    if (!enrolment.getPatient().getId().equals(patient.getId())) {
      throw new NotFoundException("enrolment of patient " + patient.getId() + ":", enrolmentId);
    }
    if (!enrolment.isOpen()) {
      throw new InvalidDocumentationException(
          Map.of(
              enrolment.getProgrammeCode(),
              List.of(
                  new FieldError("enrolment", "Einschreibung", "is " + enrolment.getStatus()))));
    }
    return enrolment;
  }

  private Practitioner practitioner(Long practitionerId) {
    if (practitionerId == null) {
      return null;
    }
    return Records.require(em, Practitioner.class, practitionerId, "practitioner");
  }
}
