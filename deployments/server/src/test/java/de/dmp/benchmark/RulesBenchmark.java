package de.dmp.benchmark;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import de.dmp.quality.boundary.QualityTargets;
import de.dmp.rules.boundary.WorklistCategory;
import de.dmp.rules.boundary.WorklistOrder;
import de.dmp.rules.boundary.WorklistQuery;
import de.dmp.rules.boundary.Worklists;
import de.dmp.rules.control.CareSchedule;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules engine's figures on a generated population (deployments/benchmark), through the real
 * boundaries in the server: the largest practices' worklists, the quality targets of every
 * programme across all practices, and one patient's evaluation after a documentation. Prints a
 * Markdown table and writes it to {@code target/benchmarks/rules.md}.
 */
@ExtendWith(ArquillianExtension.class)
class RulesBenchmark {

  private static final String PASSWORD = "bench-2026";
  private static final int PRACTICES = 10;
  private static final int CALLS_PER_PRACTICE = 10;
  private static final int EVALUATIONS = 300;
  private static final int DOCUMENTATIONS = 50;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(RulesBenchmark.class)
        .addAsLibrary(
            Deployments.testLibrary(
                RulesBenchmark.class, Results.class, Timings.class, FollowUpBundle.class));
  }

  @Inject private Worklists worklists;
  @Inject private QualityTargets quality;
  @Inject private CareSchedule schedule;
  @Inject private Documentations documentations;
  @Inject private TestData data;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;
  @Inject private Clock clock;

  @Test
  void rules() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("| measurement | calls | median ms | p95 ms | max ms |");
    lines.add("| --- | --- | --- | --- | --- |");
    lines.addAll(worklists());
    lines.addAll(qualityTargets());
    lines.addAll(evaluations());
    String table = String.join("\n", lines);
    Results.save("rules", table);
  }

  /** The largest practices (by patients), as their doctors: the whole list and one category. */
  private List<String> worklists() {
    List<Object[]> practices =
        em.createQuery(
                "select r.practice.id, r.practice.bsnr, count(r) from CareRelation r"
                    + " group by r.practice.id, r.practice.bsnr order by count(r) desc",
                Object[].class)
            .setMaxResults(PRACTICES)
            .getResultList();
    Timings all =
        new Timings(
            "worklist, all due (page of 50 with total), practice of "
                + practices.get(0)[2]
                + " patients");
    Timings close = new Timings("worklist, close to exclusion (page of 50 with total)");
    for (Object[] practice : practices) {
      long id = (Long) practice[0];
      TestData.as(
          "doc-" + practice[1],
          PASSWORD,
          () -> {
            for (int i = 0; i < CALLS_PER_PRACTICE + 2; i++) {
              var query =
                  new WorklistQuery(WorklistCategory.ALL, null, WorklistOrder.DUE_DATE, 0, 50);
              var closeQuery =
                  new WorklistQuery(
                      WorklistCategory.CLOSE_TO_EXCLUSION, null, WorklistOrder.DUE_DATE, 0, 50);
              if (i < 2) {
                worklists.worklist(id, query);
                continue;
              }
              all.time(() -> worklists.worklist(id, query));
              close.time(() -> worklists.worklist(id, closeQuery));
            }
            return null;
          });
    }
    return List.of(all.toString(), close.toString());
  }

  /** Every programme's targets across all practices, for the current quarter, as administrator. */
  private List<String> qualityTargets() {
    Quarter quarter = Quarter.of(LocalDate.now(clock)).plus(-1);
    List<String> lines = new ArrayList<>();
    for (String programme : List.of("DM2", "DM1", "ASTHMA", "COPD", "KHK", "HI", "BRUST")) {
      Timings timings =
          new Timings("quality targets " + programme + " " + quarter + ", all practices");
      TestData.as(
          "admin",
          PASSWORD,
          () -> {
            for (int i = 0; i < 3; i++) {
              timings.time(() -> quality.acrossPractices(programme, quarter));
            }
            return null;
          });
      lines.add(timings.toString());
    }
    return lines;
  }

  /**
   * One enrolment's facts loaded, rules evaluated and deadlines stored; then whole documentations.
   */
  private List<String> evaluations() throws Exception {
    List<Long> ids =
        em.createQuery(
                "select e.id from Enrolment e where e.status = 'ACTIVE' order by e.id", Long.class)
            .getResultList();
    Timings refresh =
        new Timings("evaluate one enrolment after a documentation (load, rules, store)");
    for (int i = 0; i < EVALUATIONS; i++) {
      long id = ids.get((int) ((i * 7919L) % ids.size()));
      transaction.begin();
      Enrolment enrolment = em.find(Enrolment.class, id);
      refresh.time(
          () -> {
            schedule.refresh(enrolment);
            return null;
          });
      transaction.commit();
    }
    Timings save = new Timings("documentation saved (checked, stored, follow-ups, rules, audit)");
    LocalDate today = LocalDate.now(clock);
    // Enrolments without a documentation in today's period: a second one would be refused.
    List<Long> undocumented =
        em.createQuery(
                "select e.id from Enrolment e where e.status = 'ACTIVE' and"
                    + FollowUpBundle.UNDOCUMENTED
                    + " order by e.id",
                Long.class)
            .setParameter("since", FollowUpBundle.undocumentedSince(today))
            .getResultList();
    for (int i = 0; i < DOCUMENTATIONS; i++) {
      long id = undocumented.get((int) ((i * 104729L) % undocumented.size()));
      transaction.begin();
      Enrolment enrolment = em.find(Enrolment.class, id);
      String doctor = "doc-" + enrolment.getPractice().getBsnr();
      long patientId = enrolment.getPatient().getId();
      var values = data.sample(enrolment, DocumentType.FD, today);
      transaction.commit();
      TestData.as(
          doctor,
          PASSWORD,
          () ->
              save.time(
                  () ->
                      documentations.documentVisit(
                          new VisitDocumentation(
                              patientId,
                              null,
                              today,
                              List.of(new ProgrammeDocumentation(id, values))))));
    }
    return List.of(refresh.toString(), save.toString());
  }
}
