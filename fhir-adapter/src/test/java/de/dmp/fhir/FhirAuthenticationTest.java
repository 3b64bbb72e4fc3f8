package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;

class FhirAuthenticationTest {

  private static String basic(String text) {
    return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void clientDisabled_shouldBeAnOperationOutcomeNamingTheClient() {
    var outcome =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(
                OperationOutcome.class, FhirAuthentication.clientDisabled("aok-export.v2_1"));

    assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.SECURITY);
    assertThat(outcome.getIssueFirstRep().getDiagnostics())
        .contains("system client aok-export.v2_1 has been disabled", "new client id");
  }

  @Test
  void credentials_shouldReadUserAndPasswordWithColonsInThePassword() {
    assertThat(FhirAuthentication.credentials(basic("dr.weber:pa:ss")))
        .containsExactly("dr.weber", "pa:ss");
  }

  @Test
  void credentials_shouldRefuseMissingOrMalformedHeaders() {
    assertThat(FhirAuthentication.credentials(null)).isNull();
    assertThat(FhirAuthentication.credentials("Bearer abc")).isNull();
    assertThat(FhirAuthentication.credentials("Basic ###")).isNull();
    assertThat(FhirAuthentication.credentials(basic("no-colon"))).isNull();
    assertThat(FhirAuthentication.credentials(basic(":password"))).isNull();
  }
}
