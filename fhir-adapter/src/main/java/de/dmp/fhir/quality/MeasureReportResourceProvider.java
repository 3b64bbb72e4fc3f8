package de.dmp.fhir.quality;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import de.dmp.fhir.Language;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.platform.time.Quarter;
import de.dmp.quality.boundary.QualityTargets;
import de.dmp.quality.entity.QualityReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hl7.fhir.r4.model.MeasureReport;

/**
 * FHIR MeasureReport: a practice's quality targets of one programme for the quarter that contains
 * {@code period} (today's quarter without it), for the practice's doctors and staff.
 */
@ApplicationScoped
public class MeasureReportResourceProvider implements IResourceProvider {

  @Inject private QualityTargets quality;
  @Inject private Clock clock;

  @Override
  public Class<MeasureReport> getResourceType() {
    return MeasureReport.class;
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = MeasureReport.SP_SUBJECT) ReferenceParam subject,
      @RequiredParam(name = MeasureReport.SP_MEASURE) TokenParam measure,
      @OptionalParam(name = MeasureReport.SP_PERIOD) DateParam period,
      RequestDetails request) {
    long practiceId =
        OrganizationTranslator.practiceId(subject.getIdPart())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "MeasureReport?subject needs a practice, e.g."
                            + " subject=Organization/practice-1."));
    LocalDate day =
        period == null
            ? LocalDate.now(clock)
            : period.getValue().toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
    QualityReport report = quality.forPractice(practiceId, measure.getValue(), Quarter.of(day));
    return PagedSearch.of(
        report.practices().stream()
            .map(
                practice ->
                    MeasureReportTranslator.toFhirResource(report, practice, Language.of(request)))
            .toList(),
        request);
  }
}
