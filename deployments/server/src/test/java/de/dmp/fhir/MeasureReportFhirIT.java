package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quality targets as MeasureReport over HTTP, on the demo practice that documents every quarter
 * (Hausarztpraxis am Dom, practice-1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeasureReportFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String DM2_LAST_QUARTER =
      "fhir/MeasureReport?subject=Organization/practice-1&measure=DM2&period=";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(MeasureReportFhirIT.class);
  }

  @ArquillianResource private URL base;

  private static String lastQuarterDay() {
    return LocalDate.now().minusMonths(3).toString();
  }

  @Test
  void practiceDoctor_shouldGetTheQuartersTargetsWithPopulations() {
    HttpResponse<String> response = Http.get(base, DM2_LAST_QUARTER + lastQuarterDay());

    assertThat(response.statusCode()).isEqualTo(200);
    var report =
        (MeasureReport)
            JSON.parseResource(Bundle.class, response.body()).getEntryFirstRep().getResource();
    assertThat(report.getSubject().getReference()).isEqualTo("Organization/practice-1");
    assertThat(report.getGroup()).hasSize(4);
    assertThat(report.getGroupFirstRep().getPopulation()).hasSize(3);
    assertThat(report.getGroupFirstRep().getPopulationFirstRep().getCount()).isPositive();
  }

  @Test
  void measureOfAReport_shouldBePublishedWithTheProgrammesProtocol() {
    var report =
        (MeasureReport)
            JSON.parseResource(
                    Bundle.class, Http.get(base, DM2_LAST_QUARTER + lastQuarterDay()).body())
                .getEntryFirstRep()
                .getResource();
    String[] canonical = report.getMeasure().split("\\|");

    Bundle measures =
        JSON.parseResource(Bundle.class, Http.get(base, "fhir/Measure?url=" + canonical[0]).body());
    HttpResponse<String> protocol =
        Http.getAs("kasse.demo", base, "fhir/PlanDefinition/DM2-" + canonical[1]);

    var measure = (org.hl7.fhir.r4.model.Measure) measures.getEntryFirstRep().getResource();
    assertThat(measure.getVersion()).isEqualTo(canonical[1]);
    assertThat(measure.getGroup())
        .extracting(g -> g.getCode().getCodingFirstRep().getCode())
        .containsAll(
            report.getGroup().stream()
                .map(g -> g.getCode().getCodingFirstRep().getCode())
                .toList());
    assertThat(protocol.statusCode()).isEqualTo(200);
    assertThat(Http.get(base, "fhir/PlanDefinition/XX-1").statusCode()).isEqualTo(404);
  }

  @Test
  void anotherPractice_shouldBeRefused() {
    assertThat(Http.getAs("dr.aydin", base, DM2_LAST_QUARTER + lastQuarterDay()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void unknownProgrammeOrSubject_shouldBe400() {
    HttpResponse<String> programme =
        Http.get(base, "fhir/MeasureReport?subject=Organization/practice-1&measure=XX");
    HttpResponse<String> subject =
        Http.get(base, "fhir/MeasureReport?subject=Patient/1&measure=DM2");

    assertThat(programme.statusCode()).isEqualTo(400);
    assertThat(programme.body()).contains("There is no programme 'XX'");
    assertThat(subject.statusCode()).isEqualTo(400);
  }
}
