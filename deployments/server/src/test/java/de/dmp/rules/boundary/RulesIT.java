package de.dmp.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.enrolment.entity.StatusChange;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.rules.entity.RuleKind;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules on the real database: a patient whose only documentation is the initial one of {@link
 * TestData#STARTED} (long past two missing follow-ups), and one documented today.
 */
@ExtendWith(ArquillianExtension.class)
class RulesIT {

  private static final String MISSING = "DM2.missing-documentations";

  private static final WorklistQuery CLOSE =
      new WorklistQuery(WorklistCategory.CLOSE_TO_EXCLUSION, null, WorklistOrder.DUE_DATE, 0, 50);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(RulesIT.class);
  }

  @Inject private TestData data;
  @Inject private Worklists worklists;
  @Inject private Verdicts verdicts;
  @Inject private ExpectedDocumentations expected;
  @Inject private Documentations documentations;
  @Inject private Enrolments enrolments;
  @Inject private FollowUps followUps;
  @Inject private Clock clock;

  private Clinic clinic;
  private Enrolment lapsed;
  private Enrolment current;
  private LocalDate today;

  @BeforeEach
  void twoDiabetics() {
    today = LocalDate.now(clock);
    clinic = data.clinic();
    clinic.asDoctor(
        () -> {
          lapsed = data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
          data.documentInitially(lapsed);
          current = data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
          data.documentInitially(current);
          document(
              current, today, Map.of("pulse-status", "Unauffällig", "sensitivity", "Unauffällig"));
        });
  }

  private Documentation document(Enrolment enrolment, LocalDate day, Map<String, String> values) {
    Map<String, String> all = data.sample(enrolment, DocumentType.FD, day);
    all.putAll(values);
    return documentations
        .documentVisit(
            new VisitDocumentation(
                enrolment.getPatient().getId(),
                null,
                day,
                List.of(new ProgrammeDocumentation(enrolment.getId(), all))))
        .get(0);
  }

  private WorklistPage worklist(WorklistQuery query) {
    return clinic.doctor(() -> worklists.worklist(clinic.practice().getId(), query));
  }

  @Test
  void worklist_shouldShowTheProposedExclusionWithItsRuleAndFacts() {
    List<WorklistEntry> close = worklist(CLOSE).entries();

    assertThat(close)
        .filteredOn(e -> e.verdict().kind() == RuleKind.DOCUMENTATION)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.enrolmentId()).isEqualTo(lapsed.getId());
              assertThat(entry.verdict().status()).isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
              assertThat(entry.verdict().ruleId()).isEqualTo("DM2.missing-documentations");
              assertThat(entry.verdict().exclusionEffectiveOn()).isEqualTo(TestData.STARTED);
              assertThat(entry.verdict().facts()).isNotEmpty();
            });
  }

  /** A patient enrolled in DM2 today: the initial documentation is due, nothing else yet. */
  private Enrolment enrolledToday() {
    return clinic.doctor(
        () -> {
          var patient = data.insuredPatient();
          return enrolments.enrol(
              new EnrolmentRequest(
                  patient.getId(),
                  clinic.practice().getId(),
                  "DM2",
                  "E11.9",
                  TestData.DIAGNOSED,
                  today,
                  DocumentationInterval.QUARTERLY,
                  today));
        });
  }

  private static List<String> items(List<WorklistEntry> entries) {
    return entries.stream().map(e -> e.enrolmentId() + " " + e.verdict().ruleId()).toList();
  }

  @Test
  void dueFilter_shouldSelectWhatIsDueNotWhatIsOverdueOrFuture() {
    Enrolment fresh = enrolledToday();
    WorklistQuery due =
        new WorklistQuery(WorklistCategory.DUE, null, WorklistOrder.URGENCY, 0, 100);
    WorklistQuery all =
        new WorklistQuery(WorklistCategory.ALL, null, WorklistOrder.URGENCY, 0, 100);

    List<WorklistEntry> selected = worklist(due).entries();
    List<WorklistEntry> everything = worklist(all).entries();

    assertThat(items(selected))
        .as("the new enrolment's initial documentation, due this quarter")
        .contains(fresh.getId() + " DM2.initial-documentation")
        .as("not the lapsed one's proposed exclusion, nor its foot inspection overdue since 2026")
        .doesNotContain(lapsed.getId() + " " + MISSING)
        .doesNotContain(lapsed.getId() + " DM2.examination.foot-inspection")
        .as("not the new enrolment's examinations, due a year from now")
        .noneMatch(item -> item.startsWith(fresh.getId() + " DM2.examination."));
    assertThat(selected)
        .extracting(e -> e.verdict().status())
        .as("what is due today, or due later this week (OK today)")
        .isSubsetOf(VerdictStatus.DUE, VerdictStatus.OK)
        .contains(VerdictStatus.DUE);
    assertThat(everything)
        .as("ALL holds the overdue and proposed ones the filter leaves out")
        .extracting(e -> e.verdict().status())
        .contains(VerdictStatus.OVERDUE, VerdictStatus.EXCLUSION_PROPOSED);
  }

  @Test
  void worklistByUrgency_shouldPutExclusionsFirstAndLongOverdueExaminationsAfterWhatIsDue() {
    Enrolment fresh = enrolledToday();

    List<WorklistEntry> entries =
        worklist(new WorklistQuery(WorklistCategory.ALL, null, WorklistOrder.URGENCY, 0, 100))
            .entries();

    assertThat(entries.get(0).verdict().status()).isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
    List<String> items = items(entries);
    int initial = items.indexOf(fresh.getId() + " DM2.initial-documentation");
    int footOverdue = items.indexOf(lapsed.getId() + " DM2.examination.foot-inspection");
    assertThat(initial).isPositive();
    assertThat(footOverdue)
        .as("the foot inspection overdue since 2026 after this quarter's documentation")
        .isGreaterThan(initial);
    int lastDue = 0;
    int firstOverdueExamination = entries.size();
    for (int i = 0; i < entries.size(); i++) {
      Verdict verdict = entries.get(i).verdict();
      if (verdict.status() == VerdictStatus.DUE) {
        lastDue = i;
      }
      if (verdict.status() == VerdictStatus.OVERDUE && verdict.kind() == RuleKind.EXAMINATION) {
        firstOverdueExamination = Math.min(firstOverdueExamination, i);
      }
    }
    assertThat(lastDue)
        .as("everything due comes before any examination long overdue: " + items)
        .isLessThan(firstOverdueExamination);
  }

  @Test
  void worklist_shouldFilterByProgrammeAndCountAllPages() {
    WorklistQuery all = new WorklistQuery(WorklistCategory.ALL, null, WorklistOrder.PATIENT, 0, 1);
    WorklistQuery khk =
        new WorklistQuery(WorklistCategory.ALL, "KHK", WorklistOrder.PATIENT, 0, 50);

    WorklistPage first = worklist(all);

    assertThat(first.entries()).hasSize(1);
    assertThat(first.total()).isGreaterThan(1);
    long counted = clinic.doctor(() -> worklists.count(clinic.practice().getId(), all));
    assertThat(counted).isEqualTo(first.total());
    assertThat(worklist(khk).total()).isZero();
  }

  @Test
  void worklist_ofAnotherPractice_shouldBeRefused() {
    Clinic other = data.clinic();

    assertThatThrownBy(
            () -> other.doctor(() -> worklists.worklist(clinic.practice().getId(), CLOSE)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void confirmExclusion_shouldExcludeBackdatedAndRecordTheRule() {
    Enrolment excluded =
        clinic.doctor(
            () -> verdicts.confirmExclusion(lapsed.getId(), "DM2.missing-documentations"));

    assertThat(excluded.getStatus()).isEqualTo(EnrolmentStatus.EXCLUDED);
    StatusChange last = excluded.getHistory().get(excluded.getHistory().size() - 1);
    assertThat(last.getEffectiveOn()).isEqualTo(TestData.STARTED);
    assertThat(last.getReason()).startsWith("Regel DM2.missing-documentations (2025-1): ");
    assertThat(worklist(CLOSE).entries()).noneMatch(e -> e.enrolmentId() == lapsed.getId());
  }

  @Test
  void confirmExclusion_withoutAProposal_shouldBeRefusedAndChangeNothing() {
    assertThatThrownBy(
            () ->
                clinic.doctor(
                    () -> verdicts.confirmExclusion(current.getId(), "DM2.missing-documentations")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("proposes no exclusion");
    assertThat(clinic.doctor(() -> enrolments.enrolment(current.getId())).getStatus())
        .isEqualTo(EnrolmentStatus.ACTIVE);
  }

  @Test
  void confirmExclusion_byStaff_shouldBeRefused() {
    assertThatThrownBy(
            () ->
                TestData.as(
                    clinic.staff(),
                    () -> verdicts.confirmExclusion(lapsed.getId(), "DM2.missing-documentations")))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void dismissExclusion_shouldKeepThePatientEnrolledAndProposeNoMoreForTheSameFacts() {
    Enrolment kept =
        clinic.doctor(
            () ->
                verdicts.dismissExclusion(
                    lapsed.getId(), MISSING, "Patient war im Ausland, Termin vereinbart"));

    assertThat(kept.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(documentationVerdict(lapsed, today).status()).isEqualTo(VerdictStatus.WARNING);
    assertThat(worklist(CLOSE).entries())
        .filteredOn(e -> e.enrolmentId() == lapsed.getId())
        .noneMatch(e -> e.verdict().status() == VerdictStatus.EXCLUSION_PROPOSED);
    assertThatThrownBy(
            () -> clinic.doctor(() -> verdicts.confirmExclusion(lapsed.getId(), MISSING)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("proposes no exclusion");
  }

  @Test
  void dismissExclusion_withoutAProposal_shouldBeRefused() {
    assertThatThrownBy(
            () -> clinic.doctor(() -> verdicts.dismissExclusion(current.getId(), MISSING, "ok")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("proposes no exclusion");
  }

  @Test
  void dismissExclusion_ofAnUnknownRule_shouldBeRefusedAndLeaveTheProposalOpen() {
    assertThatThrownBy(
            () ->
                clinic.doctor(
                    () -> verdicts.dismissExclusion(lapsed.getId(), "DM2.nonsense", "ok")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("has no rule DM2.nonsense");
    assertThat(documentationVerdict(lapsed, today).status())
        .isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
  }

  @Test
  void dismissExclusion_withoutAReason_shouldBeRefusedAndLeaveTheProposalOpen() {
    assertThatThrownBy(
            () -> clinic.doctor(() -> verdicts.dismissExclusion(lapsed.getId(), MISSING, " ")))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            refused -> assertThat(refused.getConstraintViolations()).hasSize(1));
    assertThat(documentationVerdict(lapsed, today).status())
        .isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
  }

  @Test
  void dismissExclusion_byAnotherPractice_shouldBeRefusedAndLeaveTheProposalOpen() {
    Clinic other = data.clinic();

    assertThatThrownBy(
            () -> other.doctor(() -> verdicts.dismissExclusion(lapsed.getId(), MISSING, "ok")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(documentationVerdict(lapsed, today).status())
        .isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
  }

  @Test
  void dismissExclusion_byStaff_shouldBeRefused() {
    assertThatThrownBy(
            () ->
                TestData.as(
                    clinic.staff(), () -> verdicts.dismissExclusion(lapsed.getId(), MISSING, "ok")))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void verdicts_ofAPastDay_shouldUseWhatWasKnownThen() {
    Verdict then = documentationVerdict(lapsed, LocalDate.of(2025, 3, 1));
    Verdict now = documentationVerdict(lapsed, today);

    assertThat(then.status()).isEqualTo(VerdictStatus.OK);
    assertThat(then.sentence().in(Locale.GERMAN)).contains("Quartal 2/2025");
    assertThat(now.status()).isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
  }

  private Verdict documentationVerdict(Enrolment enrolment, LocalDate day) {
    return clinic.doctor(() -> verdicts.forEnrolment(enrolment.getId(), day)).stream()
        .filter(v -> v.kind() == RuleKind.DOCUMENTATION)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void twoMissedTrainings_shouldProposeAnExclusionOnTheWorklist() {
    clinic.asStaff(
        () -> {
          for (LocalDate due : List.of(today.minusDays(100), today.minusDays(10))) {
            followUps.markMissed(
                followUps.planTraining(current.getId(), "diabetes-training", due).getId());
          }
        });

    assertThat(worklist(CLOSE).entries())
        .filteredOn(e -> e.enrolmentId() == current.getId())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.verdict().kind()).isEqualTo(RuleKind.TRAINING);
              assertThat(e.verdict().status()).isEqualTo(VerdictStatus.EXCLUSION_PROPOSED);
            });
  }

  @Test
  void overview_shouldShowDueCompleteSentAndDraftDocumentations() {
    Enrolment drafted =
        clinic.doctor(
            () -> {
              Enrolment enrolment =
                  data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
              data.documentInitially(enrolment);
              documentations.saveDraft(
                  new VisitDocumentation(
                      enrolment.getPatient().getId(),
                      null,
                      today,
                      List.of(
                          new ProgrammeDocumentation(enrolment.getId(), Map.of("hba1c", "7.1")))));
              return enrolment;
            });
    Quarter quarter = Quarter.of(today);

    List<ExpectedDocumentation> overview =
        clinic.doctor(() -> expected.overview(clinic.practice().getId()));

    assertThat(stateOf(overview, lapsed, quarter)).isEqualTo(DocumentationState.DUE);
    assertThat(stateOf(overview, current, quarter)).isEqualTo(DocumentationState.COMPLETE);
    assertThat(stateOf(overview, current, quarter.plus(1))).isEqualTo(DocumentationState.DUE);
    assertThat(stateOf(overview, drafted, quarter)).isEqualTo(DocumentationState.DRAFT);
    assertTheGlanceCountsTheOverview(overview, quarter);
    assertThat(overview)
        .filteredOn(row -> row.enrolmentId() == drafted.getId())
        .first()
        .satisfies(row -> assertThat(row.errors()).isPositive())
        .satisfies(row -> assertThat(row.deliveryDeadline()).isEqualTo(quarter.deliveryDeadline()));

    Long sentId =
        overview.stream()
            .filter(r -> r.enrolmentId() == current.getId() && r.quarter().equals(quarter))
            .findFirst()
            .orElseThrow()
            .documentationId();
    clinic.asStaff(() -> documentations.markSent(List.of(sentId), today));

    assertThat(
            stateOf(
                clinic.doctor(() -> expected.overview(clinic.practice().getId())),
                current,
                quarter))
        .isEqualTo(DocumentationState.SENT);
  }

  @Test
  void aDraftBesideTheQuartersCompleteDocumentation_shouldNotRaiseTheExpectedCount() {
    QuarterGlance before = clinic.doctor(() -> expected.glance(clinic.practice().getId()));

    clinic.doctor(
        () ->
            documentations.saveDraft(
                new VisitDocumentation(
                    current.getPatient().getId(),
                    null,
                    today,
                    List.of(new ProgrammeDocumentation(current.getId(), Map.of("hba1c", "7.1"))))));

    QuarterGlance after = clinic.doctor(() -> expected.glance(clinic.practice().getId()));
    assertThat(after.expected()).isEqualTo(before.expected());
    assertThat(after.complete()).isEqualTo(before.complete()).isPositive();
    assertThat(after.drafts()).isEqualTo(before.drafts());
  }

  /** The worklist's counts of the quarter agree with the overview's rows. */
  private void assertTheGlanceCountsTheOverview(
      List<ExpectedDocumentation> overview, Quarter quarter) {
    Map<DocumentationState, Long> rows =
        overview.stream()
            .filter(row -> row.quarter().equals(quarter))
            .collect(Collectors.groupingBy(ExpectedDocumentation::state, Collectors.counting()));
    QuarterGlance glance = clinic.doctor(() -> expected.glance(clinic.practice().getId()));
    assertThat(glance.quarter()).isEqualTo(quarter);
    assertThat(glance.due()).isEqualTo(rows.getOrDefault(DocumentationState.DUE, 0L)).isPositive();
    assertThat(glance.drafts())
        .isEqualTo(
            rows.getOrDefault(DocumentationState.DRAFT, 0L)
                + rows.getOrDefault(DocumentationState.COMPLETE_WITH_ERRORS, 0L))
        .isPositive();
    assertThat(glance.complete())
        .isEqualTo(rows.getOrDefault(DocumentationState.COMPLETE, 0L))
        .isPositive();
    assertThat(glance.sent()).isEqualTo(rows.getOrDefault(DocumentationState.SENT, 0L));
  }

  private static DocumentationState stateOf(
      List<ExpectedDocumentation> overview, Enrolment enrolment, Quarter quarter) {
    return overview.stream()
        .filter(r -> r.enrolmentId() == enrolment.getId() && r.quarter().equals(quarter))
        .map(ExpectedDocumentation::state)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row for " + enrolment.getId() + " in " + quarter));
  }

  @Test
  void recall_shouldListPlannedFollowUpsWithTheOverdueFlagged() {
    List<RecallEntry> recall =
        TestData.as(clinic.staff(), () -> worklists.recall(clinic.practice().getId(), 120));

    assertThat(recall)
        .filteredOn(r -> r.patientId() == lapsed.getPatient().getId())
        .anySatisfy(
            r -> {
              assertThat(r.overdue()).isTrue();
              assertThat(r.familyName()).isEqualTo(lapsed.getPatient().getFamilyName());
            });
    assertThat(recall).allMatch(r -> !r.dueOn().isAfter(today.plusDays(120)));
  }
}
