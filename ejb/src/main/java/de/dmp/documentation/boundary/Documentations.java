package de.dmp.documentation.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.documentation.control.PrintoutRenderer;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationPeriod;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.documentation.entity.Visit;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.FieldError;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Documenting visits: all programmes of one visit are checked against their definitions and stored
 * together, or nothing is stored and every failing field is named.
 */
@Stateless
@RolesAllowed(Role.DOCTOR_NAME)
public class Documentations {

  private static final String RESOURCE = "Documentation";
  private static final String DATE = "date";

  @PersistenceContext private EntityManager em;
  @Inject private Patients patients;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Programmes programmes;
  @Inject private Event<DocumentationRecorded> recorded;
  @Inject private Event<EnrolmentChanged> changed;
  @Inject private Clock clock;

  public List<Documentation> documentVisit(@NotNull @Valid VisitDocumentation input) {
    return store(input, DocumentationStatus.COMPLETE);
  }

  /**
   * Saves what has been typed so far, unchecked but for unknown parameters, so that nothing is
   * lost; the draft counts for nothing until {@link #correct} completes it.
   */
  public List<Documentation> saveDraft(@NotNull @Valid VisitDocumentation input) {
    return store(input, DocumentationStatus.DRAFT);
  }

  /**
   * Checks a visit's documentation as {@link #documentVisit} (COMPLETE) or {@link #saveDraft}
   * (DRAFT) would, and stores nothing: refused with the same {@link InvalidDocumentationException}.
   */
  public void check(@NotNull @Valid VisitDocumentation input, @NotNull DocumentationStatus status) {
    checked(patients.patient(input.patientId()), input, status);
  }

  private List<Documentation> store(VisitDocumentation input, DocumentationStatus status) {
    Patient patient = patients.patient(input.patientId());
    List<Checked> checked = checked(patient, input, status);
    Caller caller = access.caller();
    var visit =
        new Visit(
            patient,
            checked.get(0).enrolment().getPractice(),
            practitioner(input.practitionerId()),
            input.date(),
            clock.instant());
    em.persist(visit);
    return checked.stream().map(entry -> store(caller, visit, entry, status)).toList();
  }

  /** Every programme of the visit checked against its definition in force; refused as a whole. */
  private List<Checked> checked(
      Patient patient, VisitDocumentation input, DocumentationStatus status) {
    Map<String, List<FieldError>> errors = new LinkedHashMap<>();
    List<Checked> checked = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (ProgrammeDocumentation entry : input.programmes()) {
      Enrolment enrolment = enrolmentOf(patient, entry.enrolmentId());
      ProgrammeDefinition programme =
          programmes.current(enrolment.getProgrammeCode(), input.date());
      List<FieldError> failing =
          new ArrayList<>(
              status == DocumentationStatus.DRAFT
                  ? programme.unknownParameters(enrolment.nextDocumentType(), entry.values())
                  : programme.check(enrolment.nextDocumentType(), entry.values(), input.date()));
      if (!seen.add(enrolment.getId())) {
        failing.add(FieldError.ofVisit("enrolment", "documentedTwice"));
      }
      if (status != DocumentationStatus.DRAFT) {
        Documentation.covering(
                em,
                enrolment,
                DocumentationPeriod.of(input.date(), entry.values(), enrolment.getInterval()),
                null)
            .ifPresent(existing -> failing.add(existing.coversPeriod()));
      }
      failing.addAll(dateErrors(enrolment, input.date()));
      if (!failing.isEmpty()) {
        errors.put(programme.code(), failing);
      }
      checked.add(new Checked(enrolment, programme, entry.values()));
    }
    if (checked.stream().map(c -> c.enrolment().getPractice().getId()).distinct().count() > 1) {
      throw new InvalidDocumentationException(
          Map.of("visit", List.of(FieldError.ofVisit("enrolment", "onePractice"))));
    }
    if (!errors.isEmpty()) {
      throw new InvalidDocumentationException(errors);
    }
    return checked;
  }

  /**
   * Why a documentation of the enrolment cannot carry the day: a day still to come, or one before
   * the enrolment started; checked for drafts too, as the day decides the documentation's period.
   */
  private List<FieldError> dateErrors(Enrolment enrolment, LocalDate day) {
    if (day.isAfter(LocalDate.now(clock))) {
      return List.of(FieldError.ofVisit(DATE, "inFuture"));
    }
    if (day.isBefore(enrolment.getStartedOn())) {
      return List.of(FieldError.ofVisit(DATE, "beforeEnrolment", enrolment.getStartedOn()));
    }
    return List.of();
  }

  /** One programme of a visit, checked against the definition in force. */
  private record Checked(
      Enrolment enrolment, ProgrammeDefinition programme, Map<String, String> values) {}

  /**
   * Corrects a documentation, or completes a draft: the values are checked like new ones and stored
   * as the next revision. {@code expectedVersion} guards against overwriting someone else's
   * correction.
   */
  public Documentation correct(
      long documentationId, long expectedVersion, @NotNull Map<String, String> values) {
    Documentation documentation = writable(documentationId, expectedVersion, "correct");
    documentation.requireOpenForCorrection(LocalDate.now(clock));
    Caller caller = access.caller();
    Enrolment enrolment = documentation.getEnrolment();
    ProgrammeDefinition programme =
        programmes.current(enrolment.getProgrammeCode(), documentation.getDocumentedOn());
    List<FieldError> failing =
        new ArrayList<>(
            programme.check(documentation.getType(), values, documentation.getDocumentedOn()));
    if (documentation.isDraft()) {
      failing.addAll(dateErrors(enrolment, documentation.getDocumentedOn()));
    }
    DocumentationPeriod period =
        DocumentationPeriod.of(documentation.getDocumentedOn(), values, enrolment.getInterval());
    // A correction keeps its period unless it changes the interval; a completed draft takes one.
    if (documentation.isDraft() || !period.equals(documentation.period())) {
      Documentation.covering(em, enrolment, period, documentationId)
          .ifPresent(existing -> failing.add(existing.coversPeriod()));
    }
    if (!failing.isEmpty()) {
      throw new InvalidDocumentationException(Map.of(programme.code(), failing));
    }
    boolean completing = documentation.isDraft();
    documentation.correct(programme.version(), values, clock.instant(), caller.username());
    if (completing) {
      recordCompleted(documentation);
    } else {
      changed.fire(new EnrolmentChanged(enrolment));
    }
    audit.record(
        caller,
        AuditAction.UPDATE,
        RESOURCE,
        documentationId,
        enrolment.getPatient().getId(),
        "revision " + documentation.getRevision());
    return documentation;
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public Documentation documentation(long id) {
    Documentation documentation =
        Optional.ofNullable(em.find(Documentation.class, id, Documentation.withContext(em)))
            .orElseThrow(() -> new NotFoundException("documentation", id));
    Caller caller = access.requireDocumentation(documentation, "read documentation " + id);
    audit.record(
        caller,
        AuditAction.READ,
        RESOURCE,
        id,
        documentation.getEnrolment().getPatient().getId(),
        null);
    return documentation;
  }

  /**
   * Every revision of a documentation as it read, newest first, under the same rules as the
   * documentation: insurers get none of its draft revisions.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Documentation> history(long id) {
    Documentation documentation = documentation(id);
    Caller caller = access.caller();
    return documentation.history().stream().filter(d -> access.mayRead(caller, d)).toList();
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Documentation> forEnrolment(long enrolmentId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, false, "read the documentations of enrolment " + enrolmentId);
    List<Documentation> documentations =
        readable(
            caller,
            em.createNamedQuery(Documentation.FIND_BY_ENROLMENT, Documentation.class)
                .setParameter("enrolmentId", enrolmentId));
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        null,
        enrolment.getPatient().getId(),
        documentations.size() + " results");
    return documentations;
  }

  /**
   * The patient's documentations the caller may read, oldest first, with enrolment, practice,
   * visit, doctor and values fetched.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Documentation> forPatient(long patientId) {
    Caller caller =
        access.requirePatient(patientId, "read the documentations of patient " + patientId);
    List<Documentation> documentations =
        readable(
            caller,
            Documentation.withContext(em, Documentation.FIND_BY_PATIENT)
                .setParameter("patientId", patientId));
    audit.record(
        caller, AuditAction.SEARCH, RESOURCE, null, patientId, documentations.size() + " results");
    return documentations;
  }

  /** The documentations of one visit that the caller may read; refused if none is theirs. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Documentation> ofVisit(long visitId) {
    List<Documentation> all =
        Documentation.withContext(em, Documentation.FIND_BY_VISIT)
            .setParameter("visitId", visitId)
            .getResultList();
    if (all.isEmpty()) {
      throw new NotFoundException("visit", visitId);
    }
    Caller caller = access.caller();
    List<Documentation> readable = all.stream().filter(d -> access.mayRead(caller, d)).toList();
    access.requireDocumentation(
        readable.isEmpty() ? all.get(0) : readable.get(0), "read visit " + visitId);
    audit.record(
        caller,
        AuditAction.READ,
        "Visit",
        visitId,
        all.get(0).getEnrolment().getPatient().getId(),
        readable.size() + " documentations");
    return readable;
  }

  private List<Documentation> readable(Caller caller, TypedQuery<Documentation> query) {
    return query.getResultList().stream().filter(d -> access.mayRead(caller, d)).toList();
  }

  /**
   * What the form for the enrolment's next documentation needs: the programme version in force on
   * the day, the document type due, the latest draft, if one is waiting to be completed, and the
   * complete documentation that already covers the day's period, if there is one, so that the
   * doctor corrects that one rather than types a second one in vain.
   */
  public DocumentationForm form(long enrolmentId, @NotNull LocalDate day) {
    DocumentationForm form = newForm(enrolmentId, day);
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    return Documentation.covering(
            em,
            enrolment,
            DocumentationPeriod.of(day, form.storedValues(), enrolment.getInterval()),
            form.documentationId())
        .map(form::coveredBy)
        .orElse(form);
  }

  private DocumentationForm newForm(long enrolmentId, LocalDate day) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    access.requireEnrolment(enrolment, true, "document enrolment " + enrolmentId);
    List<Documentation> documented =
        em.createNamedQuery(Documentation.FIND_BY_ENROLMENT, Documentation.class)
            .setParameter("enrolmentId", enrolmentId)
            .getResultList();
    ProgrammeDefinition programme = programmes.current(enrolment.getProgrammeCode(), day);
    Optional<Documentation> draft =
        documented.stream()
            .filter(Documentation::isDraft)
            .max(Comparator.comparing(Documentation::getUpdatedAt));
    if (draft.isPresent() || enrolment.nextDocumentType() != DocumentType.FD) {
      return new DocumentationForm(enrolment, programme, draft.orElse(null));
    }
    Optional<Documentation> previous =
        documented.stream().filter(d -> !d.isDraft()).reduce((earlier, later) -> later);
    return DocumentationForm.following(
        enrolment, programme, previous.map(Documentation::currentValues).orElse(Map.of()));
  }

  /**
   * One documentation of the caller's practice to read as a record: its answers under the programme
   * version it was made in, and every revision with who recorded it and what it changed.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public DocumentationRecord record(long id) {
    Documentation documentation = documentation(id);
    access.requireEnrolment(documentation.getEnrolment(), false, "read documentation " + id);
    Enrolment enrolment = documentation.getEnrolment();
    List<Documentation> history = documentation.history();
    return new DocumentationRecord(
        documentation,
        enrolment.getPatient(),
        programmes.version(enrolment.getProgrammeCode(), documentation.getProgrammeVersion()),
        history,
        namesOf(history),
        LocalDate.now(clock));
  }

  /** The names of the persons using the accounts that recorded the revisions, where given. */
  private Map<String, String> namesOf(List<Documentation> history) {
    Set<String> usernames = new HashSet<>();
    history.forEach(
        revision -> {
          if (revision.currentRevision().getRecordedBy() != null) {
            usernames.add(revision.currentRevision().getRecordedBy());
          }
        });
    Map<String, String> names = new HashMap<>();
    if (!usernames.isEmpty()) {
      em.createNamedQuery(AppUser.NAMES_BY_USERNAMES, Object[].class)
          .setParameter("usernames", usernames)
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return names;
  }

  /**
   * The printout of a complete (or sent) documentation of the caller's practice: a PDF in German
   * for the patient and the practice's file.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Printout printout(long id) {
    DocumentationRecord record = record(id);
    if (DocumentationStatus.DRAFT.name().equals(record.status())) {
      throw new IllegalTransitionException("documentation.printDraft");
    }
    Enrolment enrolment = em.find(Documentation.class, id).getEnrolment();
    byte[] pdf =
        new PrintoutRenderer().render(record, enrolment.getPractice(), enrolment.getPatient());
    audit.record(access.caller(), AuditAction.READ, RESOURCE, id, record.patientId(), "printout");
    return new Printout(
        "DMP_"
            + record.programmeCode()
            + "_"
            + record.type()
            + "_"
            + record.documentedOn()
            + "_"
            + id
            + ".pdf",
        pdf);
  }

  /**
   * The form to correct a complete documentation, or a sent one until its correction deadline,
   * filled with its current answers; {@link #correct} stores the correction as the next revision.
   */
  public DocumentationForm correctionForm(long documentationId) {
    Documentation documentation =
        Records.require(em, Documentation.class, documentationId, "documentation");
    Enrolment enrolment = documentation.getEnrolment();
    access.requireEnrolment(enrolment, true, "correct documentation " + documentationId);
    LocalDate today = LocalDate.now(clock);
    documentation.requireOpenForCorrection(today);
    if (!documentation.isCorrectable(today)) {
      throw new IllegalTransitionException("documentation.notCorrectable");
    }
    return DocumentationForm.correcting(
        documentation,
        programmes.current(enrolment.getProgrammeCode(), documentation.getDocumentedOn()));
  }

  /**
   * Saves the day and values of a draft again, unchecked but for unknown parameters and the day: a
   * day in the future or before the enrolment, or a new day for a draft that shares its visit with
   * other documentations, is refused.
   */
  public Documentation redraft(
      long documentationId,
      long expectedVersion,
      @NotNull LocalDate day,
      @NotNull Map<String, String> values) {
    Documentation documentation = writable(documentationId, expectedVersion, "save the draft");
    Enrolment enrolment = documentation.getEnrolment();
    List<FieldError> failing =
        new ArrayList<>(
            programmes
                .current(enrolment.getProgrammeCode(), day)
                .unknownParameters(documentation.getType(), values));
    failing.addAll(dateErrors(enrolment, day));
    if (!day.equals(documentation.getDocumentedOn())
        && em.createNamedQuery(Documentation.FIND_BY_VISIT, Documentation.class)
                .setParameter("visitId", documentation.getVisit().getId())
                .getResultList()
                .size()
            > 1) {
      failing.add(FieldError.ofVisit(DATE, "visitShared"));
    }
    if (!failing.isEmpty()) {
      throw new InvalidDocumentationException(Map.of(enrolment.getProgrammeCode(), failing));
    }
    Caller caller = access.caller();
    documentation.redraft(day, values, clock.instant(), caller.username());
    audit.record(
        caller,
        AuditAction.UPDATE,
        RESOURCE,
        documentationId,
        enrolment.getPatient().getId(),
        "draft revision " + documentation.getRevision());
    return documentation;
  }

  /** The documentation to change, if it is the caller's and unchanged since it was read. */
  private Documentation writable(long documentationId, long expectedVersion, String what) {
    Documentation documentation =
        Records.require(em, Documentation.class, documentationId, "documentation");
    access.requireEnrolment(
        documentation.getEnrolment(), true, what + " documentation " + documentationId);
    if (documentation.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException("concurrent.documentation", documentationId);
    }
    return documentation;
  }

  /** Records that complete documentations were delivered to the data office on a day. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public List<Documentation> markSent(
      @NotEmpty List<@NotNull Long> documentationIds,
      @NotNull @PastOrPresent(message = "{dmp.documentation.delivery.past}") LocalDate sentOn) {
    List<Documentation> sent = new ArrayList<>();
    for (long id : documentationIds) {
      Documentation documentation = Records.require(em, Documentation.class, id, "documentation");
      Caller caller =
          access.requireEnrolment(documentation.getEnrolment(), true, "send documentation " + id);
      documentation.markSent(sentOn, clock.instant(), caller.username());
      audit.record(
          caller,
          AuditAction.UPDATE,
          RESOURCE,
          id,
          documentation.getEnrolment().getPatient().getId(),
          "sent " + sentOn);
      sent.add(documentation);
    }
    return sent;
  }

  private Documentation store(
      Caller caller, Visit visit, Checked entry, DocumentationStatus status) {
    Enrolment enrolment = entry.enrolment();
    var documentation =
        new Documentation(
            visit,
            enrolment,
            enrolment.nextDocumentType(),
            entry.programme().version(),
            entry.values(),
            status,
            clock.instant(),
            caller.username());
    em.persist(documentation);
    if (status == DocumentationStatus.COMPLETE) {
      recordCompleted(documentation);
    }
    audit.record(
        caller,
        AuditAction.CREATE,
        RESOURCE,
        documentation.getId(),
        enrolment.getPatient().getId(),
        documentation.getType() + " " + enrolment.getProgrammeCode());
    return documentation;
  }

  /** A complete documentation counts: as the initial one, and for the follow-ups and rules. */
  private void recordCompleted(Documentation documentation) {
    if (documentation.getType() == DocumentType.ED) {
      documentation
          .getEnrolment()
          .recordInitialDocumentation(documentation.getDocumentedOn(), clock.instant());
    }
    recorded.fire(new DocumentationRecorded(documentation));
  }

  private Enrolment enrolmentOf(Patient patient, long enrolmentId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    access.requireEnrolment(enrolment, true, "document enrolment " + enrolmentId);
    if (!enrolment.getPatient().getId().equals(patient.getId())) {
      throw new NotFoundException("enrolment of patient " + patient.getId() + ":", enrolmentId);
    }
    if (!enrolment.isOpen()) {
      throw new InvalidDocumentationException(
          Map.of(
              enrolment.getProgrammeCode(),
              List.of(FieldError.ofVisit("enrolment", "enrolmentClosed", enrolment.getStatus()))));
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
