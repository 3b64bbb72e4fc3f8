package de.dmp.documentation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.dmp.demo.boundary.DemoData;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.ClockProducer;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Insurer;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.FieldError;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.security.boundary.Users;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documenting visits on the real database: all or nothing, history kept, follow-ups planned. */
@ExtendWith(ArquillianExtension.class)
class DocumentationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(DocumentationsIT.class);
  }

  @Inject private Documentations documentations;
  @Inject private FollowUps followUps;
  @Inject private TestData data;
  @Inject private Users users;

  private Enrolment dm2;
  private Enrolment khk;

  private Clinic clinic;

  @BeforeEach
  void enrolInDiabetesAndHeartDisease() {
    clinic = data.clinic();
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          var practice = clinic.practice();
          dm2 = data.enrol(patient, practice, "DM2", "E11.9");
          khk = data.enrol(patient, practice, "KHK", "I25.1");
        });
  }

  private Map<String, String> initial(Enrolment enrolment) {
    return data.sample(enrolment, DocumentType.ED, TestData.STARTED);
  }

  private Map<String, String> followUp(Enrolment enrolment) {
    return data.sample(enrolment, DocumentType.FD, TestData.STARTED.plusMonths(3));
  }

  private List<de.dmp.documentation.entity.Documentation> document(
      LocalDate date, Map<String, String> dm2Values, Map<String, String> khkValues) {
    return documentations.documentVisit(
        new VisitDocumentation(
            dm2.getPatient().getId(),
            null,
            date,
            List.of(
                new ProgrammeDocumentation(dm2.getId(), dm2Values),
                new ProgrammeDocumentation(khk.getId(), khkValues))));
  }

  @Test
  void documentVisit_shouldDocumentBothProgrammesAtOneVisit() {
    clinic.asDoctor(
        () -> {
          var stored = document(TestData.STARTED, initial(dm2), initial(khk));

          assertThat(stored).hasSize(2);
          assertThat(stored.get(0).getVisit().getId()).isEqualTo(stored.get(1).getVisit().getId());
          assertThat(stored).extracting(d -> d.getType()).containsOnly(DocumentType.ED);
          assertThat(stored).extracting(d -> d.getProgrammeVersion()).containsOnly("2025-1");

          var followUp = document(TestData.STARTED.plusMonths(3), followUp(dm2), followUp(khk));
          assertThat(followUp).extracting(d -> d.getType()).containsOnly(DocumentType.FD);
        });
  }

  @Test
  void documentVisit_shouldStoreNothingAndNameEveryFailingFieldOfEveryProgramme() {
    clinic.asDoctor(
        () -> {
          var badDm2 = initial(dm2);
          badDm2.put("hba1c", "42");
          badDm2.put("smoker", "");
          var badKhk = initial(khk);
          badKhk.put("ldl", "viel");

          assertThatThrownBy(() -> document(TestData.STARTED, badDm2, badKhk))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e -> {
                    assertThat(e.getErrorsByProgramme().get("DM2"))
                        .extracting(FieldError::label)
                        .containsExactlyInAnyOrder("HbA1c-Wert", "Raucher");
                    assertThat(e.getErrorsByProgramme().get("KHK"))
                        .extracting(FieldError::label)
                        .containsExactly("LDL-Cholesterin");
                  });
          assertThat(documentations.forEnrolment(dm2.getId())).isEmpty();
          assertThat(documentations.forEnrolment(khk.getId())).isEmpty();
          assertThat(followUps.forEnrolment(dm2.getId())).isEmpty();
        });
  }

  @Test
  void documentVisit_shouldRefuseADateInTheFuture() {
    clinic.asDoctor(
        () -> {
          assertThatThrownBy(
                  () ->
                      document(
                          LocalDate.now(ClockProducer.BERLIN).plusDays(2),
                          initial(dm2),
                          initial(khk)))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e ->
                      assertThat(e.getErrorsByProgramme().get("DM2"))
                          .singleElement()
                          .satisfies(
                              error -> {
                                assertThat(error.parameter()).isEqualTo("date");
                                assertThat(error.message()).isEqualTo("must not be in the future");
                                assertThat(error.message(Locale.GERMAN))
                                    .isEqualTo("darf nicht in der Zukunft liegen");
                              }));
          assertThat(documentations.forEnrolment(dm2.getId())).isEmpty();
        });
  }

  private de.dmp.documentation.entity.Documentation draft(
      LocalDate date, Map<String, String> dm2Values, Map<String, String> khkValues) {
    List<ProgrammeDocumentation> programmes = new ArrayList<>();
    programmes.add(new ProgrammeDocumentation(dm2.getId(), dm2Values));
    if (khkValues != null) {
      programmes.add(new ProgrammeDocumentation(khk.getId(), khkValues));
    }
    return documentations
        .saveDraft(new VisitDocumentation(dm2.getPatient().getId(), null, date, programmes))
        .get(0);
  }

  @Test
  void redraft_shouldDateTheDraftAnewAndRefuseADayInTheFuture() {
    LocalDate examined = TestData.STARTED.plusMonths(4);
    clinic.asDoctor(
        () -> {
          var draft = draft(TestData.STARTED, Map.of("hba1c", "7"), null);

          var moved =
              documentations.redraft(
                  draft.getId(), draft.getVersion(), examined, Map.of("hba1c", "7,4"));

          assertThat(moved.getDocumentedOn()).isEqualTo(examined);
          assertThat(moved.getVisit().getDate()).isEqualTo(examined);
          assertThatThrownBy(
                  () ->
                      documentations.redraft(
                          moved.getId(),
                          moved.getVersion(),
                          LocalDate.now(ClockProducer.BERLIN).plusDays(1),
                          Map.of()))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e ->
                      assertThat(e.getErrorsByProgramme().get("DM2"))
                          .extracting(FieldError::problem)
                          .containsExactly("inFuture"));
          var complete = documentations.correct(moved.getId(), moved.getVersion(), initial(dm2));
          assertThat(complete.getDocumentedOn()).isEqualTo(examined);
        });
  }

  @Test
  void redraft_shouldKeepTheDayOfAVisitWithFurtherDocumentations() {
    clinic.asDoctor(
        () -> {
          var draft = draft(TestData.STARTED, Map.of("hba1c", "7"), Map.of());

          assertThatThrownBy(
                  () ->
                      documentations.redraft(
                          draft.getId(),
                          draft.getVersion(),
                          TestData.STARTED.plusDays(1),
                          Map.of("hba1c", "7")))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e ->
                      assertThat(e.getErrorsByProgramme().get("DM2"))
                          .extracting(FieldError::problem)
                          .containsExactly("visitShared"));
        });
  }

  @Test
  void documentVisit_shouldRefuseADateBeforeTheEnrolmentStartedAndStoreNothing() {
    clinic.asDoctor(
        () -> {
          assertThatThrownBy(
                  () -> document(TestData.STARTED.minusDays(1), initial(dm2), initial(khk)))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e ->
                      assertThat(e.getErrorsByProgramme().get("DM2"))
                          .singleElement()
                          .satisfies(
                              error -> {
                                assertThat(error.parameter()).isEqualTo("date");
                                assertThat(error.message(Locale.ENGLISH))
                                    .isEqualTo("is before the enrolment started on 15 Jan 2025");
                                assertThat(error.message(Locale.GERMAN))
                                    .isEqualTo(
                                        "liegt vor dem Beginn der Einschreibung am 15.01.2025");
                              }));
          assertThat(documentations.forEnrolment(dm2.getId())).isEmpty();
        });
  }

  @Test
  void documentVisit_aSecondInTheQuarter_shouldBeRefusedNamingTheFirstAndStoreNothing() {
    LocalDate sameQuarter = LocalDate.of(2025, 3, 20);
    clinic.asDoctor(
        () -> {
          var first = document(TestData.STARTED, initial(dm2), initial(khk));

          assertThatThrownBy(
                  () ->
                      document(
                          sameQuarter,
                          data.sample(dm2, DocumentType.FD, sameQuarter),
                          data.sample(khk, DocumentType.FD, sameQuarter)))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e -> {
                    assertThat(e.getErrorsByProgramme().get("DM2"))
                        .singleElement()
                        .satisfies(
                            error -> {
                              assertThat(error.parameter()).isEqualTo("date");
                              assertThat(error.message(Locale.GERMAN))
                                  .isEqualTo(
                                      "für den Dokumentationszeitraum 1/2025 liegt bereits die"
                                          + " Erstdokumentation vom 15.01.2025 vor (Nr. "
                                          + first.get(0).getId()
                                          + "); eine Änderung bitte mit „Korrigieren“ an"
                                          + " dieser Dokumentation");
                            });
                    assertThat(e.getErrorsByProgramme().get("KHK"))
                        .singleElement()
                        .satisfies(
                            error ->
                                assertThat(error.message())
                                    .contains("(no. " + first.get(1).getId() + ")"));
                  });
          assertThat(documentations.forEnrolment(dm2.getId())).hasSize(1);
          assertThat(documentations.forEnrolment(khk.getId())).hasSize(1);
          assertThat(documentations.form(dm2.getId(), sameQuarter).periodDocumented())
              .as("the form says so before anything is typed")
              .satisfies(
                  documented ->
                      assertThat(documented.documentationId()).isEqualTo(first.get(0).getId()));
          assertThat(documentations.form(dm2.getId(), LocalDate.of(2025, 4, 1)).periodDocumented())
              .isNull();
        });
  }

  @Test
  void aDraftInTheQuarterOfACompleteOne_shouldBeKeptButNotCompletedWhileTheFirstIsCorrected() {
    LocalDate sameQuarter = LocalDate.of(2025, 2, 3);
    clinic.asDoctor(
        () -> {
          var first = document(TestData.STARTED, initial(dm2), initial(khk)).get(0);
          var draft =
              documentations
                  .saveDraft(
                      new VisitDocumentation(
                          dm2.getPatient().getId(),
                          null,
                          sameQuarter,
                          List.of(new ProgrammeDocumentation(dm2.getId(), Map.of("hba1c", "7,4")))))
                  .get(0);

          assertThatThrownBy(
                  () ->
                      documentations.correct(
                          draft.getId(),
                          draft.getVersion(),
                          data.sample(dm2, DocumentType.FD, sameQuarter)))
              .isInstanceOfSatisfying(
                  InvalidDocumentationException.class,
                  e ->
                      assertThat(e.getMessage())
                          .contains("already has the initial documentation of 15 Jan 2025"));
          assertThat(documentations.documentation(draft.getId()).getStatus())
              .isEqualTo(DocumentationStatus.DRAFT);

          var corrected = new HashMap<>(first.currentValues());
          corrected.put("hba1c", "7,4");
          assertThat(
                  documentations
                      .correct(first.getId(), first.getVersion(), corrected)
                      .getRevision())
              .isEqualTo(2);
        });
  }

  @Test
  void everySecondQuarter_shouldLeaveTheNextQuarterToTheDocumentationBeforeIt() {
    clinic.asDoctor(
        () -> {
          var dm2HalfYearly = initial(dm2);
          dm2HalfYearly.put("interval", "Jedes zweite Quartal");
          var khkHalfYearly = initial(khk);
          khkHalfYearly.put("interval", "Jedes zweite Quartal");
          document(TestData.STARTED, dm2HalfYearly, khkHalfYearly);
          LocalDate nextQuarter = LocalDate.of(2025, 5, 5);
          LocalDate quarterAfter = LocalDate.of(2025, 8, 5);

          assertThatThrownBy(
                  () ->
                      document(
                          nextQuarter,
                          data.sample(dm2, DocumentType.FD, nextQuarter),
                          data.sample(khk, DocumentType.FD, nextQuarter)))
              .isInstanceOf(InvalidDocumentationException.class)
              .hasMessageContaining("the documentation period 1/2025–2/2025 already has");
          assertThat(
                  document(
                      quarterAfter,
                      data.sample(dm2, DocumentType.FD, quarterAfter),
                      data.sample(khk, DocumentType.FD, quarterAfter)))
              .extracting(d -> d.getType())
              .containsOnly(DocumentType.FD);
        });
  }

  @Test
  void correct_shouldKeepTheEarlierRevision() {
    clinic.asDoctor(
        () -> {
          var stored = document(TestData.STARTED, initial(dm2), initial(khk));
          var original = stored.get(0);
          String first = original.currentValues().get("hba1c");
          var corrected = new HashMap<>(original.currentValues());
          corrected.put("hba1c", "6,9");

          var revised = documentations.correct(original.getId(), original.getVersion(), corrected);

          assertThat(revised.getRevision()).isEqualTo(2);
          assertThat(revised.currentValues()).containsEntry("hba1c", "6,9");
          assertThat(revised.valuesOf(1)).containsEntry("hba1c", first);
        });
  }

  @Test
  void correct_shouldRefuseAStaleVersionAndAnInvalidValue() {
    clinic.asDoctor(
        () -> {
          var original = document(TestData.STARTED, initial(dm2), initial(khk)).get(0);
          documentations.correct(original.getId(), original.getVersion(), initial(dm2));

          assertThatThrownBy(
                  () ->
                      documentations.correct(original.getId(), original.getVersion(), initial(dm2)))
              .isInstanceOf(ConcurrentChangeException.class);
          var invalid = initial(dm2);
          invalid.put("bp-systolic", "120");
          invalid.put("bp-diastolic", "150");
          long current = documentations.documentation(original.getId()).getVersion();
          assertThatThrownBy(() -> documentations.correct(original.getId(), current, invalid))
              .isInstanceOf(InvalidDocumentationException.class);
          assertThat(documentations.documentation(original.getId()).getRevision()).isEqualTo(2);
        });
  }

  @Test
  void documentVisit_shouldPlanTheNextDocumentationAndTheExaminations() {
    clinic.asDoctor(
        () -> {
          document(TestData.STARTED, initial(dm2), initial(khk));

          List<Appointment> planned = followUps.forEnrolment(dm2.getId());
          assertThat(planned)
              .filteredOn(a -> a.getKind() == AppointmentKind.DOCUMENTATION)
              .singleElement()
              .satisfies(a -> assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2025, 4, 1)));
          assertThat(planned)
              .filteredOn(a -> a.getKind() == AppointmentKind.EXAMINATION)
              .extracting(Appointment::getCode)
              .containsExactlyInAnyOrder("foot-inspection", "eye-exam", "egfr");

          document(TestData.STARTED.plusMonths(3), followUp(dm2), followUp(khk));
          assertThat(followUps.forEnrolment(dm2.getId()))
              .filteredOn(a -> a.getKind() == AppointmentKind.DOCUMENTATION)
              .extracting(Appointment::getStatus)
              .containsExactly(AppointmentStatus.DONE, AppointmentStatus.PLANNED);
        });
  }

  @Test
  void draft_shouldKeepWhatWasTypedAndCountOnlyOnceCompleted() {
    clinic.asDoctor(
        () -> {
          var partial = Map.of("hba1c", "7,4");
          var drafts =
              documentations.saveDraft(
                  new VisitDocumentation(
                      dm2.getPatient().getId(),
                      null,
                      TestData.STARTED,
                      List.of(new ProgrammeDocumentation(dm2.getId(), partial))));
          var draft = drafts.get(0);
          assertThat(draft.getStatus()).isEqualTo(DocumentationStatus.DRAFT);
          assertThat(draft.currentValues()).containsEntry("hba1c", "7,4");
          assertThat(followUps.forEnrolment(dm2.getId())).isEmpty();

          var wrong = initial(dm2);
          wrong.put("hba1c", "42");
          assertThatThrownBy(() -> documentations.correct(draft.getId(), draft.getVersion(), wrong))
              .isInstanceOf(InvalidDocumentationException.class);
          assertThat(documentations.documentation(draft.getId()).getStatus())
              .isEqualTo(DocumentationStatus.DRAFT);

          var completed =
              documentations.correct(
                  draft.getId(),
                  documentations.documentation(draft.getId()).getVersion(),
                  initial(dm2));
          assertThat(completed.getStatus()).isEqualTo(DocumentationStatus.COMPLETE);
          assertThat(followUps.forEnrolment(dm2.getId())).isNotEmpty();
        });
  }

  @Test
  void history_shouldGiveThePracticeEveryRevisionAndTheInsurerTheCheckedOnes() {
    Insurer insurer = data.insurer();
    long id =
        clinic.doctor(
            () -> {
              var enrolment =
                  data.enrol(data.insuredPatient(insurer), clinic.practice(), "DM2", "E11.9");
              var draft =
                  documentations
                      .saveDraft(
                          new VisitDocumentation(
                              enrolment.getPatient().getId(),
                              null,
                              TestData.STARTED,
                              List.of(
                                  new ProgrammeDocumentation(
                                      enrolment.getId(), Map.of("hba1c", "7,4")))))
                      .get(0);
              documentations.correct(draft.getId(), draft.getVersion(), initial(enrolment));
              return draft.getId();
            });

    var practiceSees = clinic.doctor(() -> documentations.history(id));
    var insurerSees = TestData.as(TestData.userOf(insurer), () -> documentations.history(id));

    assertThat(practiceSees)
        .extracting(d -> d.getRevision(), d -> d.getStatus())
        .containsExactly(
            tuple(2, DocumentationStatus.COMPLETE), tuple(1, DocumentationStatus.DRAFT));
    assertThat(practiceSees.get(1).currentValues()).containsExactly(Map.entry("hba1c", "7,4"));
    assertThat(insurerSees).extracting(d -> d.getRevision()).containsExactly(2);
  }

  @Test
  void record_shouldShowWhoChangedWhatInEachRevisionAndOnlyToThePractice() {
    var stored = clinic.doctor(() -> document(TestData.STARTED, initial(dm2), initial(khk))).get(0);
    var corrected = new HashMap<>(stored.currentValues());
    corrected.put("hba1c", "6,9");
    clinic.asDoctor(() -> documentations.correct(stored.getId(), stored.getVersion(), corrected));

    var record = clinic.doctor(() -> documentations.record(stored.getId()));

    assertThat(record.values()).containsEntry("hba1c", "6,9");
    assertThat(record.correctable()).isTrue();
    assertThat(record.author()).isEqualTo(clinic.doctor());
    assertThat(record.revisions())
        .extracting(
            DocumentationRecord.Revision::number,
            DocumentationRecord.Revision::recordedBy,
            DocumentationRecord.Revision::changed)
        .containsExactly(
            tuple(2, clinic.doctor(), List.of("HbA1c-Wert")), tuple(1, clinic.doctor(), List.of()));
    var otherPractice = data.clinic();
    assertThatThrownBy(() -> otherPractice.doctor(() -> documentations.record(stored.getId())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> otherPractice.doctor(() -> documentations.correctionForm(stored.getId())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void record_shouldNameThePersonUsingTheAccountAsAuthorAndAtEachRevision() {
    TestData.as(
        DemoData.ADMIN,
        () ->
            users.name(
                users.all().stream()
                    .filter(account -> account.username().equals(clinic.doctor()))
                    .findFirst()
                    .orElseThrow()
                    .id(),
                "Anna Weber"));
    var stored = clinic.doctor(() -> document(TestData.STARTED, initial(dm2), initial(khk))).get(0);

    var record = clinic.doctor(() -> documentations.record(stored.getId()));

    assertThat(record.author()).isEqualTo("Anna Weber");
    assertThat(record.revisions())
        .extracting(DocumentationRecord.Revision::recordedBy)
        .containsOnly("Anna Weber");
  }

  @Test
  void record_shouldShowOfTheDraftsKeptWhileTypingOnlyTheLast() {
    var record =
        clinic.doctor(
            () -> {
              var draft =
                  documentations
                      .saveDraft(
                          new VisitDocumentation(
                              dm2.getPatient().getId(),
                              null,
                              TestData.STARTED,
                              List.of(
                                  new ProgrammeDocumentation(dm2.getId(), Map.of("hba1c", "7")))))
                      .get(0);
              var typed =
                  documentations.redraft(
                      draft.getId(), draft.getVersion(), TestData.STARTED, Map.of("hba1c", "7,4"));
              documentations.correct(typed.getId(), typed.getVersion(), initial(dm2));
              return documentations.record(draft.getId());
            });

    assertThat(record.revisions())
        .extracting(DocumentationRecord.Revision::number, DocumentationRecord.Revision::status)
        .containsExactly(tuple(2, "COMPLETE"), tuple(1, "DRAFT"));
  }

  /** The documentations of both enrolments made today, so within the deadlines. */
  private List<de.dmp.documentation.entity.Documentation> documentToday(DocumentType type) {
    LocalDate today = LocalDate.now(ClockProducer.BERLIN);
    return document(today, data.sample(dm2, type, today), data.sample(khk, type, today));
  }

  @Test
  void correctionForm_shouldOfferTheCurrentAnswersOfASentDocumentationUntilItsCorrectionDeadline() {
    var today = clinic.doctor(() -> documentToday(DocumentType.ED)).get(0);
    TestData.as(
        clinic.staff(), () -> documentations.markSent(List.of(today.getId()), LocalDate.now()));

    assertThat(clinic.doctor(() -> documentations.correctionForm(today.getId())).storedValues())
        .isEqualTo(today.currentValues());
    var record = clinic.doctor(() -> documentations.record(today.getId()));
    assertThat(record.correctable()).isTrue();
    assertThat(record.correctionDeadline())
        .isEqualTo(Quarter.of(LocalDate.now(ClockProducer.BERLIN)).correctionDeadline());
  }

  @Test
  void correctionForm_shouldOfferTheCurrentAnswersUntilTheDocumentationIsSent() {
    var stored = clinic.doctor(() -> document(TestData.STARTED, initial(dm2), initial(khk))).get(0);

    var form = clinic.doctor(() -> documentations.correctionForm(stored.getId()));
    assertThat(form.correcting()).isTrue();
    assertThat(form.type()).isEqualTo(DocumentType.ED);
    assertThat(form.documentationId()).isEqualTo(stored.getId());
    assertThat(form.storedValues()).isEqualTo(stored.currentValues());

    TestData.as(
        clinic.staff(), () -> documentations.markSent(List.of(stored.getId()), LocalDate.now()));
    assertThatThrownBy(() -> clinic.doctor(() -> documentations.correctionForm(stored.getId())))
        .as("sent, and the correction deadline of its quarter (1/2025) has passed")
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.message(Locale.GERMAN)).contains("nur bis zum 22.05.2025 an"));
    assertThat(clinic.doctor(() -> documentations.record(stored.getId())).correctable()).isFalse();
  }

  @Test
  void form_ofAFollowUp_shouldStartWithWhatTheProgrammeCarriesOverFromTheLastDocumentation() {
    clinic.asDoctor(
        () -> {
          var initial = document(TestData.STARTED, initial(dm2), initial(khk)).get(0);

          var form = documentations.form(dm2.getId(), TestData.STARTED.plusMonths(3));

          assertThat(form.type()).isEqualTo(DocumentType.FD);
          assertThat(form.documentationId()).isNull();
          assertThat(form.storedValues())
              .containsEntry("body-height", initial.currentValues().get("body-height"))
              .containsEntry("interval", initial.currentValues().get("interval"))
              .doesNotContainKeys("hba1c", "body-weight", "bp-systolic");
        });
  }

  @Test
  void draft_shouldRefuseParametersTheProgrammeLacks() {
    clinic.asDoctor(
        () ->
            assertThatThrownBy(
                    () ->
                        documentations.saveDraft(
                            new VisitDocumentation(
                                dm2.getPatient().getId(),
                                null,
                                TestData.STARTED,
                                List.of(
                                    new ProgrammeDocumentation(
                                        dm2.getId(), Map.of("ghost", "1"))))))
                .isInstanceOf(InvalidDocumentationException.class)
                .hasMessageContaining("ghost"));
  }

  @Test
  void markSent_shouldRecordTheDeliveryAndACorrectionShouldAskForItAgain() {
    var stored = clinic.doctor(() -> document(TestData.STARTED, initial(dm2), initial(khk))).get(0);

    var sent =
        TestData.as(
                clinic.staff(),
                () -> documentations.markSent(List.of(stored.getId()), LocalDate.now()))
            .get(0);
    assertThat(sent.getStatus()).isEqualTo(DocumentationStatus.SENT);
    assertThat(sent.getSentOn()).isEqualTo(LocalDate.now());
    assertThatThrownBy(
            () ->
                TestData.as(
                    clinic.staff(),
                    () -> documentations.markSent(List.of(stored.getId()), LocalDate.now())))
        .isInstanceOf(IllegalTransitionException.class);

    assertThatThrownBy(
            () ->
                clinic.doctor(
                    () -> documentations.correct(sent.getId(), sent.getVersion(), initial(dm2))))
        .as("past the correction deadline of 1/2025")
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e ->
                assertThat(e.message(Locale.ENGLISH))
                    .contains("only until 22 May 2025", "can no longer be corrected"));

    var today = clinic.doctor(() -> documentToday(DocumentType.FD)).get(0);
    var sentToday =
        TestData.as(
                clinic.staff(),
                () -> documentations.markSent(List.of(today.getId()), LocalDate.now()))
            .get(0);
    var corrected =
        clinic.doctor(
            () ->
                documentations.correct(
                    sentToday.getId(), sentToday.getVersion(), sentToday.currentValues()));
    assertThat(corrected.getStatus()).isEqualTo(DocumentationStatus.COMPLETE);
    assertThat(corrected.getSentOn()).isNull();
    assertThat(corrected.getPreviouslySentOn()).isEqualTo(sentToday.getSentOn());
    assertThat(corrected.isCorrectedAfterSending()).isTrue();
  }
}
