package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The texts the server writes, the rules' sentences and facts and the quality targets, in German
 * unless the request's Accept-Language prefers English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirLanguageIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(FhirLanguageIT.class);
  }

  @ArquillianResource private URL base;

  private Bundle read(String path, String acceptLanguage) {
    var request = Http.authenticated(Http.DOCTOR, Http.request(base, path).GET());
    var response =
        Http.send(
            acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  private List<String> taskTexts(String patientId, String acceptLanguage) {
    return read("fhir/Task?patient=Patient/" + patientId, acceptLanguage).getEntry().stream()
        .map(e -> (Task) e.getResource())
        .flatMap(
            task ->
                Stream.concat(
                    Stream.of(task.getCode().getText(), task.getDescription()),
                    task.getInput().stream().map(input -> input.getType().getText())))
        .toList();
  }

  @Test
  void tasks_shouldBeInGermanUnlessEnglishIsAskedFor() {
    String patientId = NewPatients.enrolledInDm2(base, NewPatients.firstInTheAlphabet());

    assertThat(taskTexts(patientId, "en-GB,en;q=0.9"))
        .contains("Initial documentation", "Enrolment (" + LocalDate.now() + ")")
        .noneMatch(text -> text.matches(".*\\b(Erstdokumentation|Einschreibung|Füße|fällig)\\b.*"));
    assertThat(taskTexts(patientId, null))
        .contains("Erstdokumentation", "Einschreibung (" + LocalDate.now() + ")");
    assertThat(taskTexts(patientId, "fr")).isEqualTo(taskTexts(patientId, "de"));
  }

  @Test
  void qualityTargets_shouldBeNamedInGermanUnlessEnglishIsAskedFor() {
    String path =
        "fhir/MeasureReport?subject=Organization/practice-1&measure=DM2&period="
            + LocalDate.now().minusMonths(3);

    assertThat(targets(read(path, "en")))
        .contains("High share of patients with HbA1c ≤ 8.5 %")
        .noneMatch(label -> label.contains("Anteil"));
    assertThat(targets(read(path, null))).contains("Hoher Anteil an Patienten mit HbA1c ≤ 8,5 %");
    assertThat(targets(read(path, "es, *"))).isEqualTo(targets(read(path, null)));
  }

  private static List<String> targets(Bundle reports) {
    return ((MeasureReport) reports.getEntryFirstRep().getResource())
        .getGroup().stream().map(g -> g.getCode().getCodingFirstRep().getDisplay()).toList();
  }
}
