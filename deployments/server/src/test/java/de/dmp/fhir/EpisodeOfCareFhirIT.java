package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolments as EpisodeOfCare and practices as Organization over HTTP, with dr.weber's demo
 * patients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EpisodeOfCareFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(EpisodeOfCareFhirIT.class);
  }

  @ArquillianResource private URL base;

  private String patientId;
  private Bundle episodes;

  /** The first of dr.weber's demo patients who is enrolled. */
  @BeforeEach
  void findAnEnrolledPatient() {
    Bundle patients = JSON.parseResource(Bundle.class, Http.get(base, "fhir/Patient").body());
    for (var entry : patients.getEntry()) {
      String id = entry.getResource().getIdElement().getIdPart();
      Bundle found = bundle(Http.get(base, "fhir/EpisodeOfCare?patient=Patient/" + id));
      if (!found.getEntry().isEmpty()) {
        patientId = id;
        episodes = found;
        return;
      }
    }
    throw new AssertionError("no enrolled patient among dr.weber's first patients");
  }

  private static Bundle bundle(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  @Test
  void search_shouldGiveThePatientsEnrolmentsAtThePractice() {
    assertThat(episodes.getEntry())
        .allSatisfy(
            entry -> {
              var episode = (EpisodeOfCare) entry.getResource();
              assertThat(episode.getPatient().getReference()).isEqualTo("Patient/" + patientId);
              assertThat(episode.getManagingOrganization().getDisplay())
                  .isEqualTo("Hausarztpraxis am Dom");
              assertThat(episode.getTypeFirstRep().getCodingFirstRep().getSystem())
                  .isEqualTo("https://fhir.kbv.de/CodeSystem/KBV_CS_SFHIR_KBV_DMP");
            });
  }

  @Test
  void read_shouldGiveTheEnrolmentAndRefuseAnotherPractice() {
    String id = episodes.getEntryFirstRep().getResource().getIdElement().getIdPart();

    HttpResponse<String> own = Http.get(base, "fhir/EpisodeOfCare/" + id);
    HttpResponse<String> other = Http.getAs("dr.aydin", base, "fhir/EpisodeOfCare/" + id);

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(EpisodeOfCare.class, own.body()).getIdElement().getIdPart())
        .isEqualTo(id);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("Patient/" + patientId);
  }

  @Test
  void searchOfAnotherPracticesPatient_shouldBeRefused() {
    HttpResponse<String> other =
        Http.getAs("dr.aydin", base, "fhir/EpisodeOfCare?patient=Patient/" + patientId);

    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.parseResource(OperationOutcome.class, other.body()).getIssue()).isNotEmpty();
  }

  @Test
  void searchByStatus_shouldKeepOnlyThatStatus() {
    Bundle active =
        bundle(Http.get(base, "fhir/EpisodeOfCare?status=active&patient=Patient/" + patientId));

    assertThat(active.getEntry())
        .allSatisfy(
            e ->
                assertThat(((EpisodeOfCare) e.getResource()).getStatus().toCode())
                    .isEqualTo("active"));
  }

  @Test
  void includePatient_shouldAddThePatientOnceAsAnInclude() {
    Bundle withPatient =
        bundle(
            Http.get(
                base,
                "fhir/EpisodeOfCare?patient=Patient/"
                    + patientId
                    + "&_include=EpisodeOfCare:patient"));
    HttpResponse<String> unknown =
        Http.get(
            base,
            "fhir/EpisodeOfCare?patient=Patient/"
                + patientId
                + "&_include=EpisodeOfCare:care-manager");

    assertThat(withPatient.getEntry())
        .filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
        .singleElement()
        .satisfies(
            e -> assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(patientId));
    assertThat(withPatient.getEntry())
        .filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
        .hasSameSizeAs(episodes.getEntry());
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void everything_shouldHoldThePatientsWholeRecordForThePracticeOnly() {
    Bundle everything = bundle(Http.get(base, "fhir/Patient/" + patientId + "/$everything"));
    HttpResponse<String> other =
        Http.getAs("dr.aydin", base, "fhir/Patient/" + patientId + "/$everything");

    assertThat(everything.getEntry())
        .extracting(e -> e.getResource().fhirType())
        .contains("Patient", "EpisodeOfCare", "Condition")
        .filteredOn("EpisodeOfCare"::equals)
        .hasSameSizeAs(episodes.getEntry());
    assertThat(everything.getTotal()).isEqualTo(everything.getEntry().size());
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("EpisodeOfCare");
  }

  @Test
  void therapyPlans_shouldBeReadableWithTheirPartsByThePracticeOnly() {
    String withPlan = null;
    Bundle plans = null;
    for (var entry : bundle(Http.get(base, "fhir/Patient?_count=50")).getEntry()) {
      String id = entry.getResource().getIdElement().getIdPart();
      plans = bundle(Http.get(base, "fhir/CarePlan?patient=Patient/" + id));
      if (!plans.getEntry().isEmpty()) {
        withPlan = id;
        break;
      }
    }
    assertThat(withPlan).as("a demo patient of dr. Weber with a therapy plan").isNotNull();
    var plan = (org.hl7.fhir.r4.model.CarePlan) plans.getEntryFirstRep().getResource();

    assertThat(Http.get(base, "fhir/CarePlan/" + plan.getIdElement().getIdPart()).statusCode())
        .isEqualTo(200);
    for (var goal : plan.getGoal()) {
      assertThat(Http.get(base, "fhir/" + goal.getReference()).statusCode())
          .as(goal.getReference())
          .isEqualTo(200);
    }
    for (String type : java.util.List.of("Goal", "MedicationStatement", "ServiceRequest")) {
      assertThat(Http.get(base, "fhir/" + type + "?patient=Patient/" + withPlan).statusCode())
          .as(type)
          .isEqualTo(200);
    }
    assertThat(
            Http.getAs("dr.aydin", base, "fhir/CarePlan?patient=Patient/" + withPlan).statusCode())
        .isEqualTo(403);
    assertThat(
            Http.getAs("kasse.demo", base, "fhir/CarePlan/" + plan.getIdElement().getIdPart())
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.get(base, "fhir/Goal/" + plan.getIdElement().getIdPart() + "-g99").statusCode())
        .isEqualTo(404);
    assertThat(Http.get(base, "fhir/CarePlan/abc").statusCode()).isEqualTo(404);
  }

  @Test
  void consents_shouldBeThoseOfTheSignedEnrolments() {
    Bundle consents = bundle(Http.get(base, "fhir/Consent?patient=Patient/" + patientId));

    assertThat(consents.getEntry())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(episodes.getEntry().size());
    var consent = (org.hl7.fhir.r4.model.Consent) consents.getEntryFirstRep().getResource();
    assertThat(consent.getPatient().getReference()).isEqualTo("Patient/" + patientId);
    assertThat(Http.get(base, "fhir/Consent/" + consent.getIdElement().getIdPart()).statusCode())
        .isEqualTo(200);
    assertThat(
            Http.getAs("dr.aydin", base, "fhir/Consent?patient=Patient/" + patientId).statusCode())
        .isEqualTo(403);
  }

  @Test
  void tasks_shouldBeWhatTheRulesAskOfThePracticeToday() {
    Bundle tasks = bundle(Http.get(base, "fhir/Task?patient=Patient/" + patientId));

    assertThat(tasks.getEntry())
        .allSatisfy(
            e -> {
              var task = (org.hl7.fhir.r4.model.Task) e.getResource();
              assertThat(task.getFor().getReference()).isEqualTo("Patient/" + patientId);
              assertThat(task.getCode().getCodingFirstRep().getCode()).isNotBlank();
              assertThat(
                      Http.get(base, "fhir/Task/" + task.getIdElement().getIdPart()).statusCode())
                  .isEqualTo(200);
            });
    assertThat(Http.getAs("dr.aydin", base, "fhir/Task?patient=Patient/" + patientId).statusCode())
        .isEqualTo(403);
    assertThat(
            Http.getAs("kasse.demo", base, "fhir/Task?patient=Patient/" + patientId).statusCode())
        .isEqualTo(403);
    assertThat(Http.get(base, "fhir/Task/abc").statusCode()).isEqualTo(404);
  }

  @Test
  void searchWithoutAUsablePatient_shouldBe400() {
    HttpResponse<String> malformed = Http.get(base, "fhir/EpisodeOfCare?patient=Patient/abc");
    HttpResponse<String> missing = Http.get(base, "fhir/EpisodeOfCare");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("needs a patient id");
    assertThat(missing.statusCode()).isEqualTo(400);
  }

  @Test
  void managingOrganization_shouldBeTheReadablePracticeWithItsBsnr() {
    var episode = (EpisodeOfCare) episodes.getEntryFirstRep().getResource();

    HttpResponse<String> practice =
        Http.get(base, "fhir/" + episode.getManagingOrganization().getReference());
    HttpResponse<String> unknown = Http.get(base, "fhir/Organization/practice-abc");

    assertThat(practice.statusCode()).isEqualTo(200);
    assertThat(
            JSON.parseResource(Organization.class, practice.body())
                .getIdentifierFirstRep()
                .getValue())
        .isEqualTo("201234500");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  private Bundle organizations(String user, String query) {
    HttpResponse<String> response = Http.getAs(user, base, "fhir/Organization" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  private static List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }

  @Test
  void organizationSearch_shouldListPracticesAndInsurersByNameOrIdentifierToEveryReader() {
    Bundle all = organizations(Http.DOCTOR, "?_count=100");
    Bundle asInsurer = organizations("kasse.demo", "?_count=100");
    var practice =
        JSON.parseResource(
            Organization.class, Http.get(base, "fhir/Organization/practice-1").body());
    String name = practice.getName().substring(0, 4).toLowerCase(java.util.Locale.ROOT);

    assertThat(ids(all)).contains("practice-1");
    assertThat(all.getTotal()).isGreaterThanOrEqualTo(all.getEntry().size());
    assertThat(ids(asInsurer)).isEqualTo(ids(all));
    assertThat(ids(organizations(Http.DOCTOR, "?identifier=109900001")))
        .singleElement()
        .asString()
        .startsWith("insurer-");
    assertThat(
            ids(
                organizations(
                    Http.DOCTOR,
                    "?identifier=https://fhir.kbv.de/NamingSystem/KBV_NS_Base_BSNR%7C201234500")))
        .containsExactly("practice-1");
    assertThat(
            ids(
                organizations(
                    Http.DOCTOR,
                    "?name="
                        + java.net.URLEncoder.encode(
                            name, java.nio.charset.StandardCharsets.UTF_8))))
        .contains("practice-1");
    assertThat(ids(organizations(Http.DOCTOR, "?identifier=000000000"))).isEmpty();
    assertThat(ids(organizations(Http.DOCTOR, "?_count=1")))
        .hasSize(1)
        .containsExactly(ids(all).get(0));
  }

  @Test
  void demoDoctor_shouldBeReadableAsPractitionerAndRole() {
    HttpResponse<String> doctor = Http.get(base, "fhir/Practitioner/1");
    HttpResponse<String> role = Http.get(base, "fhir/PractitionerRole/1");

    assertThat(doctor.statusCode()).isEqualTo(200);
    assertThat(
            JSON.parseResource(Practitioner.class, doctor.body())
                .getIdentifierFirstRep()
                .getValue())
        .isEqualTo("100000101");
    assertThat(role.statusCode()).isEqualTo(200);
    assertThat(
            JSON.parseResource(PractitionerRole.class, role.body())
                .getOrganization()
                .getReference())
        .isEqualTo("Organization/practice-1");
    assertThat(Http.get(base, "fhir/Practitioner/abc").statusCode()).isEqualTo(404);
  }

  @Test
  void coverage_shouldCarryAMarkerForEachActiveProgrammeAndRefuseAnotherPractice() {
    Bundle coverages = bundle(Http.get(base, "fhir/Coverage?beneficiary=Patient/" + patientId));
    long active =
        episodes.getEntry().stream()
            .filter(
                e ->
                    ((EpisodeOfCare) e.getResource()).getStatus().toCode().matches("active|onhold"))
            .count();

    var coverage = (Coverage) coverages.getEntryFirstRep().getResource();
    assertThat(coverage.getBeneficiary().getReference()).isEqualTo("Patient/" + patientId);
    assertThat(
            coverage.getExtensionsByUrl("http://fhir.de/StructureDefinition/gkv/dmp-kennzeichen"))
        .hasSize((int) active);
    assertThat(Http.getAs("dr.aydin", base, "fhir/Coverage/" + patientId).statusCode())
        .isEqualTo(403);
  }

  @Test
  void diagnosis_shouldBeTheReadableConditionOfThePatient() {
    var episode = (EpisodeOfCare) episodes.getEntryFirstRep().getResource();

    HttpResponse<String> condition =
        Http.get(base, "fhir/" + episode.getDiagnosisFirstRep().getCondition().getReference());
    Bundle conditions = bundle(Http.get(base, "fhir/Condition?patient=Patient/" + patientId));

    assertThat(condition.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(Condition.class, condition.body()).getSubject().getReference())
        .isEqualTo("Patient/" + patientId);
    assertThat(conditions.getEntry()).hasSameSizeAs(episodes.getEntry());
  }
}
