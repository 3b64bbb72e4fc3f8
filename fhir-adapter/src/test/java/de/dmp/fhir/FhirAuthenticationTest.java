package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FhirAuthenticationTest {

  private static String basic(String text) {
    return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
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
