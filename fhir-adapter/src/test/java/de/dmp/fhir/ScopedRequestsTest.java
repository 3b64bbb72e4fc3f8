package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.audit.entity.AuditAction;
import de.dmp.security.entity.Scopes;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests a system client's scopes let through, before the request runs. */
class ScopedRequestsTest {

  private static final Scopes PATIENT_READ = Scopes.parseStrictly("system/Patient.read");
  private static final Scopes ALL_READ = Scopes.parseStrictly("system/*.read");

  private static Optional<String> refusal(
      String method, String path, Map<String, String> parameters, Scopes scopes) {
    return ScopedRequests.refusal(method, path, parameters::get, scopes);
  }

  @Test
  void aReadScope_shouldPermitReadAndSearchOfItsTypeOnly() {
    assertThat(refusal("GET", "/fhir/Patient/12", Map.of(), PATIENT_READ)).isEmpty();
    assertThat(refusal("GET", "/fhir/Patient", Map.of("family", "m"), PATIENT_READ)).isEmpty();
    assertThat(refusal("POST", "/fhir/Patient/_search", Map.of(), PATIENT_READ)).isEmpty();
    assertThat(refusal("GET", "/fhir/Observation/3", Map.of(), PATIENT_READ))
        .get()
        .asString()
        .contains("do not permit this read of Observation", "system/Observation.r");
  }

  @Test
  void aReadScope_shouldRefuseEveryWrite() {
    assertThat(refusal("POST", "/fhir/Patient", Map.of(), ALL_READ))
        .get()
        .asString()
        .contains("create");
    assertThat(refusal("PUT", "/fhir/Patient/12", Map.of(), ALL_READ)).isPresent();
    assertThat(refusal("DELETE", "/fhir/Patient/12", Map.of(), ALL_READ)).isPresent();
    assertThat(refusal("POST", "/fhir/", Map.of(), ALL_READ)).isPresent();
    assertThat(refusal("POST", "/fhir/Patient", Map.of(), Scopes.parseStrictly("system/*.c")))
        .isEmpty();
  }

  @Test
  void whatReachesOtherTypes_shouldNeedReadOfAllTypes() {
    assertThat(refusal("GET", "/fhir/Patient", Map.of("_include", "x"), PATIENT_READ)).isPresent();
    assertThat(refusal("GET", "/fhir/Patient/12/$everything", Map.of(), PATIENT_READ)).isPresent();
    assertThat(refusal("GET", "/fhir/Patient/12/$everything", Map.of(), ALL_READ)).isEmpty();
  }

  @Test
  void anExport_shouldNeedReadOfEveryTypeItHolds() {
    Scopes two = Scopes.parseStrictly("system/Patient.rs system/Observation.rs");
    assertThat(refusal("GET", "/fhir/$export", Map.of("_type", "Patient,Observation"), two))
        .isEmpty();
    assertThat(refusal("GET", "/fhir/Group/i/$export", Map.of("_type", "Patient,Task"), two))
        .get()
        .asString()
        .contains("reading Task", "needs system/Task.read");
    assertThat(refusal("GET", "/fhir/$export", Map.of(), two))
        .get()
        .asString()
        .contains("all resource types", "system/*.read");
    // a POST names its types in its body, which the export checks once HAPI has read it
    assertThat(refusal("POST", "/fhir/$export", Map.of(), two)).isEmpty();
    assertThat(refusal("GET", "/fhir/$export-poll-status", Map.of("_jobId", "a"), two)).isEmpty();
  }

  @Test
  void aRefusal_shouldBeAuditedWithTheTypeAndWhatItWouldHaveDone() {
    assertThat(ScopedRequests.resourceType("/fhir/Patient/12")).isEqualTo("Patient");
    assertThat(ScopedRequests.resourceType("/fhir/$export")).isEqualTo("system");
    assertThat(ScopedRequests.resourceType("/fhir/" + "X".repeat(60))).hasSize(40);
    assertThat(ScopedRequests.action("POST")).isEqualTo(AuditAction.CREATE);
    assertThat(ScopedRequests.action("GET")).isEqualTo(AuditAction.READ);
  }
}
