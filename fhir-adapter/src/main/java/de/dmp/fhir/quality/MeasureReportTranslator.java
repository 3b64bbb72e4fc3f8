package de.dmp.fhir.quality;

import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.English;
import de.dmp.quality.entity.PracticeQuality;
import de.dmp.quality.entity.QualityReport;
import de.dmp.quality.entity.TargetResult;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * A practice's quality targets of one programme and quarter as a summary MeasureReport: one group
 * per target with its initial population (the quarter's documented patients), denominator,
 * numerator and achieved share, and the regional contract's share as an extension. The targets are
 * named in the language asked for (the G-BA's German, or the definition's English label).
 */
public final class MeasureReportTranslator {

  public static final String MEASURE_BASE = "urn:dmp-records:Measure:";
  public static final String TARGET_SHARE_EXTENSION = "urn:dmp-records:extension:target-share";
  public static final String POPULATIONS =
      "http://terminology.hl7.org/CodeSystem/measure-population";
  public static final String TARGETS = "urn:dmp-records:quality-target";

  private MeasureReportTranslator() {}

  public static MeasureReport toFhirResource(
      QualityReport report, PracticeQuality practice, Locale language) {
    Quarter quarter = report.quarter();
    var measureReport = new MeasureReport();
    measureReport.setId(
        OrganizationTranslator.PRACTICE_PREFIX
            + practice.practiceId()
            + "-"
            + report.programmeCode()
            + "-"
            + quarter.year()
            + "Q"
            + quarter.number());
    measureReport.setStatus(MeasureReportStatus.COMPLETE);
    measureReport.setType(MeasureReportType.SUMMARY);
    measureReport.setMeasure(
        MEASURE_BASE + report.programmeCode() + "|" + report.programmeVersion());
    var organization =
        new Reference(OrganizationTranslator.practiceReference(practice.practiceId()))
            .setDisplay(practice.practiceName());
    measureReport.setSubject(organization);
    measureReport.setReporter(organization.copy());
    measureReport.setPeriod(
        new Period()
            .setStartElement(new DateTimeType(quarter.start().toString()))
            .setEndElement(new DateTimeType(quarter.end().toString())));
    for (TargetResult target : practice.targets()) {
      measureReport.addGroup(group(target, practice.patients(), language));
    }
    return measureReport;
  }

  private static MeasureReportGroupComponent group(
      TargetResult target, int documented, Locale language) {
    var group = new MeasureReportGroupComponent();
    group.setCode(
        new CodeableConcept(
            new Coding(
                TARGETS,
                target.code(),
                English.choose(target.label(), target.labelEn(), language))));
    population(group, "initial-population", documented);
    population(group, "denominator", target.denominator());
    population(group, "numerator", target.numerator());
    if (target.share() != null) {
      group.setMeasureScore(new Quantity().setValue(target.share()).setUnit("1"));
    }
    if (target.targetShare() != null) {
      group.addExtension(TARGET_SHARE_EXTENSION, new DecimalType(target.targetShare()));
    }
    return group;
  }

  private static void population(MeasureReportGroupComponent group, String code, long count) {
    group
        .addPopulation()
        .setCode(new CodeableConcept(new Coding(POPULATIONS, code, null)))
        .setCount(Math.toIntExact(count));
  }
}
