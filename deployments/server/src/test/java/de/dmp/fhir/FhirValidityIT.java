package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import de.dmp.demo.control.DemoPopulation;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the running server answers, one resource of every type it returns, read and searched, with
 * HAPI's instance validator against base R4 (the unit tests' {@link Conformance}): zero errors, and
 * a generated narrative on every resource (a Bundle carries one in each of its entries).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirValidityIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  /** Searched by patient, each in the first demo patient that has one. */
  private static final Map<String, String> BY_PATIENT =
      Map.ofEntries(
          Map.entry("EpisodeOfCare", "patient"),
          Map.entry("Condition", "patient"),
          Map.entry("Task", "patient"),
          Map.entry("Consent", "patient"),
          Map.entry("CarePlan", "patient"),
          Map.entry("Goal", "patient"),
          Map.entry("MedicationStatement", "patient"),
          Map.entry("ServiceRequest", "patient"),
          Map.entry("Appointment", "patient"),
          Map.entry("Coverage", "beneficiary"),
          Map.entry("QuestionnaireResponse", "patient"),
          Map.entry("Observation", "patient"),
          Map.entry("Encounter", "patient"),
          Map.entry("DocumentReference", "patient"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(FhirValidityIT.class);
  }

  @ArquillianResource private URL base;

  /** Per answer read ("GET Patient/1"), the validator's errors and any missing narrative. */
  private final Map<String, List<String>> problems = new TreeMap<>();

  @Test
  void everyTypeTheServerReturns_shouldValidateWithZeroErrors() {
    check(Http.DOCTOR, "metadata", 200);
    List<String> patients = ids(check(Http.DOCTOR, "Patient?_count=50", 200));
    check(Http.DOCTOR, "Patient/" + patients.get(0), 200);
    check(Http.DOCTOR, "Patient/" + patients.get(0) + "/$everything", 200);
    Map<String, String> found = new TreeMap<>();
    BY_PATIENT.forEach(
        (type, parameter) ->
            firstFound(type, parameter, patients).ifPresent(id -> found.put(type, id)));
    assertThat(found).as("a demo patient with each type").containsOnlyKeys(BY_PATIENT.keySet());
    found.forEach((type, id) -> check(Http.DOCTOR, type + "/" + id, 200));
    String documentation = found.get("QuestionnaireResponse");
    check(Http.DOCTOR, "QuestionnaireResponse/" + documentation + "/_history", 200);
    QuestionnaireResponse response =
        JSON.parseResource(
            QuestionnaireResponse.class,
            Http.get(base, "fhir/QuestionnaireResponse/" + documentation).body());
    String doctor = response.getAuthor().getReference();
    check(Http.DOCTOR, doctor, 200);
    check(Http.DOCTOR, doctor.replace("Practitioner/", "PractitionerRole/"), 200);
    String form = response.getQuestionnaire().split("\\|")[0];
    String programme = form.substring(form.lastIndexOf(':') + 1).split("-")[0];
    check(Http.DOCTOR, "Questionnaire?url=" + form, 200);
    check(Http.DOCTOR, "PlanDefinition?url=urn:dmp-records:PlanDefinition:" + programme, 200);
    check(Http.DOCTOR, "Measure?url=urn:dmp-records:Measure:" + programme, 200);
    check(Http.DOCTOR, "MeasureReport?subject=Organization/practice-1&measure=" + programme, 200);
    check(Http.DOCTOR, "Organization?_count=5", 200);
    check(Http.DOCTOR, "Organization/practice-1", 200);
    check("admin", "AuditEvent?_count=3", 200);
    check(Http.DOCTOR, "Patient/999999999", 404);
    answered(
        "POST Patient (422)",
        Http.postJson(base, "fhir/Patient", "{\"resourceType\":\"Patient\",\"photo\":[{}]}"),
        422);

    assertThat(problems).as("what the validator found").isEmpty();
  }

  @Test
  void theLinesOfAnInsurersBulkExport_shouldValidateWithZeroErrors() throws Exception {
    var insurer = BulkData.Login.as(DemoPopulation.INSURER_USER);
    JsonNode manifest =
        BulkData.manifest(
            insurer, BulkData.started(DemoPopulation.INSURER_USER, base, "fhir/$export"));

    Map<String, List<String>> files = BulkData.lines(insurer, manifest);

    assertThat(files)
        .containsKeys(
            "Patient",
            "Coverage",
            "EpisodeOfCare",
            "Condition",
            "Encounter",
            "QuestionnaireResponse",
            "Observation");
    files.forEach(
        (type, lines) -> {
          for (int i = 0; i < lines.size(); i += sampleStep(lines)) {
            List<String> found = Conformance.errors(lines.get(i));
            if (!found.isEmpty()) {
              problems.put(type + ".ndjson line " + (i + 1), found);
            }
          }
        });
    assertThat(problems).as("what the validator found in the export's files").isEmpty();
  }

  /**
   * Every line of a type's file would take the validator minutes (the demo's export has thousands
   * of observations); lines spread over the whole file, about 60 per type, meet every patient's
   * kind of resource alike.
   */
  private static int sampleStep(List<String> lines) {
    return Math.max(1, lines.size() / 60);
  }

  /**
   * A task of the missed-trainings rule, whose inputs are the days of the missed trainings (it once
   * failed R4's Task.input.value[x] 1..1), read and searched as a doctor of its practice.
   */
  @Test
  void aMissedTrainingsTask_shouldValidateWithZeroErrors() {
    Task task = null;
    String doctor = null;
    for (var practice : DemoPopulation.PRACTICES) {
      doctor = practice.doctor();
      task = taskWithADayAsInput(doctor).orElse(null);
      if (task != null) {
        break;
      }
    }
    assertThat(task).as("a demo patient's task of missed trainings").isNotNull();

    check(doctor, "Task?patient=" + task.getFor().getReference(), 200);
    check(doctor, "Task/" + task.getIdPart(), 200);

    assertThat(problems).as("what the validator found").isEmpty();
  }

  /**
   * The first task among the doctor's patients with a day as an input's value: a missed training.
   */
  private Optional<Task> taskWithADayAsInput(String doctor) {
    for (String patient : ids(check(doctor, "Patient?_count=100", 200))) {
      Optional<Task> found =
          JSON
              .parseResource(
                  Bundle.class, Http.getAs(doctor, base, "fhir/Task?patient=" + patient).body())
              .getEntry()
              .stream()
              .map(entry -> (Task) entry.getResource())
              .filter(
                  task ->
                      task.getInput().stream()
                          .anyMatch(input -> input.getValue() instanceof DateType))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The first of the patients whose search of the type finds one, by the id of that one. */
  private Optional<String> firstFound(String type, String parameter, List<String> patients) {
    for (String patient : patients) {
      HttpResponse<String> search =
          Http.get(base, "fhir/" + type + "?" + parameter + "=Patient/" + patient);
      if (search.statusCode() == 200) {
        List<String> ids = ids(JSON.parseResource(Bundle.class, search.body()));
        if (!ids.isEmpty()) {
          validate("GET " + type + "?" + parameter + "=Patient/" + patient, search.body());
          return Optional.of(ids.get(0));
        }
      }
    }
    return Optional.empty();
  }

  private Bundle check(String user, String path, int status) {
    HttpResponse<String> answer = Http.getAs(user, base, "fhir/" + path);
    Resource resource = answered("GET " + path, answer, status);
    return resource instanceof Bundle bundle ? bundle : new Bundle();
  }

  private Resource answered(String request, HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(request + ": " + answer.body()).isEqualTo(status);
    return validate(request, answer.body());
  }

  private Resource validate(String request, String body) {
    var resource = (Resource) JSON.parseResource(body);
    List<String> found = new ArrayList<>(Conformance.errors(resource));
    narratives(resource, found);
    if (!found.isEmpty()) {
      problems.put(request, found);
    }
    return resource;
  }

  /** Each resource, alone or in a Bundle, carries its generated narrative. */
  private static void narratives(Resource resource, List<String> found) {
    List<Resource> all =
        resource instanceof Bundle bundle
            ? bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList()
            : List.of(resource);
    all.stream()
        .filter(DomainResource.class::isInstance)
        .map(DomainResource.class::cast)
        .filter(
            one ->
                one.getText().getStatus() != NarrativeStatus.GENERATED
                    || one.getText().getDiv().isEmpty())
        .forEach(one -> found.add(one.fhirType() + "/" + one.getIdPart() + ": no narrative"));
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(entry -> entry.getResource().getIdElement().getIdPart())
        .toList();
  }
}
