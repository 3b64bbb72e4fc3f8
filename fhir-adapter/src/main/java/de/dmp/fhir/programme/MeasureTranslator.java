package de.dmp.fhir.programme;

import de.dmp.fhir.quality.MeasureReportTranslator;
import de.dmp.programme.entity.Criterion;
import de.dmp.programme.entity.Improvement;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.programme.entity.QualityTarget;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.Measure.MeasureGroupComponent;

/**
 * A programme version's quality targets as the Measure its MeasureReports refer to: one group per
 * target with the G-BA's wording of numerator and denominator and the machine criteria the engine
 * applies (as the definition file writes them), so that insurers see the rules behind the figures.
 */
public final class MeasureTranslator {

  static final String SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  static final String IMPROVEMENT =
      "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

  private MeasureTranslator() {}

  public static Measure toFhirResource(ProgrammeDefinition programme) {
    var measure = new Measure();
    measure.setId(ProgrammeIds.id(programme));
    measure.setUrl(MeasureReportTranslator.MEASURE_BASE + programme.code());
    measure.setVersion(programme.version());
    measure.setName(programme.code());
    measure.setTitle(programme.title() + ": Qualitätsziele");
    measure.setStatus(PublicationStatus.ACTIVE);
    measure
        .getEffectivePeriod()
        .setStartElement(new DateTimeType(programme.validFrom().toString()));
    measure.setScoring(new CodeableConcept(new Coding(SCORING, "proportion", "Proportion")));
    measure.setDescription(
        "The share of a practice's documented patients that meets each target, per quarter; the"
            + " share to reach comes from the regional contract.");
    programme.qualityTargets().forEach(target -> measure.addGroup(group(target)));
    return measure;
  }

  /**
   * One target: its code and, as text, the G-BA's wording and the machine criteria. R4 wants a
   * population's criteria in CQL or FHIRPath, which these are not, so the group has no populations;
   * the MeasureReports count initial population, denominator and numerator by the usual codes.
   */
  private static MeasureGroupComponent group(QualityTarget target) {
    var group = new MeasureGroupComponent();
    group.setCode(
        new CodeableConcept(
            new Coding(MeasureReportTranslator.TARGETS, target.code(), target.label())));
    group.setDescription(
        target.label()
            + " ("
            + (target.improvement() == Improvement.HIGHER ? "higher" : "lower")
            + " is better; "
            + target.source()
            + "). Denominator: "
            + target.denominator()
            + " ["
            + criteria(target.denominatorWhen())
            + "]. Numerator: "
            + target.numerator()
            + " ["
            + criteria(target.numeratorWhen())
            + "].");
    return group;
  }

  private static String criteria(List<Criterion> criteria) {
    return criteria.isEmpty()
        ? "documented in the quarter"
        : criteria.stream().map(MeasureTranslator::written).collect(Collectors.joining(" and "));
  }

  /** A criterion as the definition file states it, e.g. {@code hba1c LATEST max 8.5}. */
  static String written(Criterion criterion) {
    var text = new StringBuilder(criterion.parameter()).append(' ').append(criterion.over());
    if (criterion.withinMonths() != null) {
      text.append(" within ").append(criterion.withinMonths()).append(" months");
    }
    if (!criterion.in().isEmpty()) {
      text.append(" in ").append(criterion.in());
    }
    append(text, "min", criterion.min());
    append(text, "max", criterion.max());
    append(text, "below", criterion.below());
    append(text, "above", criterion.above());
    return text.toString();
  }

  private static void append(StringBuilder text, String test, java.math.BigDecimal bound) {
    if (bound != null) {
      text.append(' ').append(test).append(' ').append(bound.toPlainString());
    }
  }
}
