package de.dmp.quality.control;

import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.Criterion;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.QualityTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a programme's documented population for a quarter in two queries: the enrolments with a
 * complete documentation in the quarter, and the values the targets need over their look-back (the
 * longest window of their criteria, at least 12 months). The counting itself is the targets' own
 * criteria, the same code the unit tests check.
 */
@Dependent
public class QualityEvaluation {

  private static final String PRACTICE = " and e.practice.id = :practiceId";

  private static final String POPULATION =
      "select distinct e.id, e.practice.id, e.patient.id from Documentation d join d.enrolment e"
          + " where e.programmeCode = :programme and d.status <> :draft"
          + " and d.documentedOn between :from and :to";

  private static final String VALUES =
      "select e.id, d.id, d.documentedOn, v.parameter, v.value"
          + " from Documentation d join d.enrolment e join d.values v"
          + " where e.programmeCode = :programme and d.status <> :draft"
          + " and d.documentedOn > :from and d.documentedOn <= :to and v.revision = d.revision";

  private static final String ORDER = " order by e.id, d.documentedOn, d.id";

  @Inject private EntityManager em;

  /** The population, one practice's or (practiceId null) every practice's. */
  public List<DocumentedPopulation> population(
      ProgrammeDefinition programme, Quarter quarter, Long practiceId) {
    String practice = practiceId == null ? "" : PRACTICE;
    Map<Long, long[]> enrolments = new LinkedHashMap<>();
    restrict(em.createQuery(POPULATION + practice, Object[].class), programme, practiceId)
        .setParameter("from", quarter.start())
        .setParameter("to", quarter.end())
        .getResultStream()
        .forEach(row -> enrolments.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]}));
    Map<Long, Map<Long, Documented>> documented = new HashMap<>();
    Map<LocalDate, List<String>> windows = windows(programme, quarter);
    List<LocalDate> starts = List.copyOf(windows.keySet());
    StringBuilder parameters = new StringBuilder(" and (");
    for (int i = 0; i < starts.size(); i++) {
      parameters.append(i == 0 ? "" : " or ");
      parameters.append(
          "(v.parameter in :parameters" + i + " and d.documentedOn > :from" + i + ")");
    }
    var values =
        restrict(
                em.createQuery(VALUES + parameters + ")" + practice + ORDER, Object[].class),
                programme,
                practiceId)
            .setParameter("from", starts.stream().min(LocalDate::compareTo).orElseThrow())
            .setParameter("to", quarter.end());
    for (int i = 0; i < starts.size(); i++) {
      values.setParameter("parameters" + i, windows.get(starts.get(i)));
      values.setParameter("from" + i, starts.get(i));
    }
    values
        .getResultStream()
        .filter(row -> enrolments.containsKey((Long) row[0]))
        .forEach(
            row ->
                documented
                    .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                    .computeIfAbsent(
                        (Long) row[1], id -> new Documented((LocalDate) row[2], new HashMap<>()))
                    .values()
                    .put((String) row[3], (String) row[4]));
    List<DocumentedPopulation> population = new ArrayList<>();
    enrolments.forEach(
        (id, practiceAndPatient) ->
            population.add(
                new DocumentedPopulation(
                    id,
                    practiceAndPatient[0],
                    practiceAndPatient[1],
                    List.copyOf(documented.getOrDefault(id, Map.of()).values()))));
    return population;
  }

  private static <T> TypedQuery<T> restrict(
      TypedQuery<T> query, ProgrammeDefinition programme, Long practiceId) {
    query
        .setParameter("programme", programme.code())
        .setParameter("draft", DocumentationStatus.DRAFT)
        .setHint("org.hibernate.readOnly", true)
        .setHint("org.hibernate.fetchSize", 1000);
    return practiceId == null ? query : query.setParameter("practiceId", practiceId);
  }

  /**
   * The parameters the quality targets read, by the day after which their values count: the start
   * of the longest window of a criterion on the parameter, or the quarter for the latest value.
   */
  static Map<LocalDate, List<String>> windows(ProgrammeDefinition programme, Quarter quarter) {
    Map<String, LocalDate> from = new HashMap<>();
    for (QualityTarget target : programme.qualityTargets()) {
      for (Criterion criterion : target.criteria()) {
        LocalDate start =
            criterion.withinMonths() == null
                ? quarter.start().minusDays(1)
                : quarter.end().minusMonths(criterion.withinMonths());
        from.merge(criterion.parameter(), start, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<LocalDate, List<String>> windows = new TreeMap<>();
    from.forEach(
        (parameter, start) ->
            windows.computeIfAbsent(start, s -> new ArrayList<>()).add(parameter));
    windows.values().forEach(list -> list.sort(null));
    return windows;
  }
}
