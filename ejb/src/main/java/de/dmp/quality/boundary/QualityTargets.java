package de.dmp.quality.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.QualityTarget;
import de.dmp.quality.control.DocumentedPopulation;
import de.dmp.quality.control.QualityEvaluation;
import de.dmp.quality.entity.Contract;
import de.dmp.quality.entity.PracticeQuality;
import de.dmp.quality.entity.QualityMember;
import de.dmp.quality.entity.QualityReport;
import de.dmp.quality.entity.TargetResult;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme's quality targets per practice and quarter, against the share the practice's
 * regional contract sets. Practices see their own results and the patients behind them;
 * administrators see every practice's figures, never patients.
 */
@Stateless
public class QualityTargets {

  private static final String RESOURCE = "QualityReport";

  @PersistenceContext private EntityManager em;
  @Inject private Programmes programmes;
  @Inject private Contracts contracts;
  @Inject private QualityEvaluation evaluation;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;

  /** One practice's results. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public QualityReport forPractice(
      long practiceId, @NotBlank String programmeCode, @NotNull Quarter quarter) {
    Caller caller =
        access.requirePractice(
            practiceId,
            RESOURCE,
            practiceId,
            null,
            "read the quality targets of practice " + practiceId);
    QualityReport report = report(programmeCode, quarter, practiceId);
    audit.record(
        caller, AuditAction.READ, RESOURCE, practiceId, null, programmeCode + " " + quarter);
    return report;
  }

  /** Every practice's results, figures only. */
  @RolesAllowed(Role.ADMIN_NAME)
  public QualityReport acrossPractices(@NotBlank String programmeCode, @NotNull Quarter quarter) {
    QualityReport report = report(programmeCode, quarter, null);
    audit.record(
        access.caller(), AuditAction.READ, RESOURCE, null, null, programmeCode + " " + quarter);
    return report;
  }

  /** The patients in a target's denominator, those in the numerator marked. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public List<QualityMember> members(
      long practiceId,
      @NotBlank String programmeCode,
      @NotNull Quarter quarter,
      @NotBlank String targetCode) {
    Caller caller =
        access.requirePractice(
            practiceId, RESOURCE, practiceId, null, "list the patients of a quality target");
    ProgrammeDefinition programme = programmes.current(programmeCode, quarter.end());
    QualityTarget target =
        programme.qualityTargets().stream()
            .filter(t -> t.code().equals(targetCode))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("quality target of " + programmeCode, targetCode));
    List<DocumentedPopulation> denominator =
        denominator(target, quarter, evaluation.population(programme, quarter, practiceId));
    Map<Long, Patient> patients =
        byId(
            Patient.class,
            Patient::getId,
            denominator.stream().map(DocumentedPopulation::patientId).toList());
    List<QualityMember> members =
        denominator.stream()
            .map(
                e ->
                    new QualityMember(
                        e.patientId(),
                        patients.get(e.patientId()).getFamilyName(),
                        patients.get(e.patientId()).getGivenName(),
                        e.enrolmentId(),
                        target.meetsNumerator(e.documented(), quarter.end())))
            .sorted(Comparator.comparing(QualityMember::familyName))
            .toList();
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        practiceId,
        null,
        programmeCode + " " + quarter + " " + targetCode + ", " + members.size() + " results");
    return members;
  }

  private QualityReport report(String programmeCode, Quarter quarter, Long practiceId) {
    ProgrammeDefinition programme = programmes.current(programmeCode, quarter.end());
    Map<Long, List<DocumentedPopulation>> byPractice =
        evaluation.population(programme, quarter, practiceId).stream()
            .collect(Collectors.groupingBy(DocumentedPopulation::practiceId));
    Map<Long, Practice> practices =
        byId(
            Practice.class,
            Practice::getId,
            practiceId == null ? List.copyOf(byPractice.keySet()) : List.of(practiceId));
    List<PracticeQuality> results =
        practices.values().stream()
            .sorted(Comparator.comparing(Practice::getName))
            .map(
                practice ->
                    results(
                        programme,
                        quarter,
                        practice,
                        byPractice.getOrDefault(practice.getId(), List.of())))
            .toList();
    return new QualityReport(programme.code(), programme.version(), quarter, results);
  }

  private PracticeQuality results(
      ProgrammeDefinition programme,
      Quarter quarter,
      Practice practice,
      List<DocumentedPopulation> population) {
    Optional<Contract> contract = contracts.inForce(practice.getRegion(), quarter.end());
    List<TargetResult> targets = new ArrayList<>();
    for (QualityTarget target : programme.qualityTargets()) {
      List<DocumentedPopulation> denominator = denominator(target, quarter, population);
      long numerator =
          denominator.stream()
              .filter(e -> target.meetsNumerator(e.documented(), quarter.end()))
              .count();
      targets.add(
          TargetResult.of(
              target.code(),
              target.label(),
              target.labelEn(),
              target.improvement(),
              numerator,
              denominator.size(),
              contract.flatMap(c -> c.share(programme.code(), target.code())).orElse(null),
              contract.map(Contract::version).orElse(null)));
    }
    return new PracticeQuality(
        practice.getId(), practice.getName(), practice.getRegion(), population.size(), targets);
  }

  /** The enrolments of the population that the target counts. */
  private static List<DocumentedPopulation> denominator(
      QualityTarget target, Quarter quarter, List<DocumentedPopulation> population) {
    return population.stream()
        .filter(e -> target.inDenominator(e.documented(), quarter.end()))
        .toList();
  }

  /** The records with the given ids, in one query. */
  private <T> Map<Long, T> byId(Class<T> type, Function<T, Long> id, List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select r from " + type.getSimpleName() + " r where r.id in :ids", type)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(id, Function.identity()));
  }
}
