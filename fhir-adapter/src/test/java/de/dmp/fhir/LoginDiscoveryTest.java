package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.junit.jupiter.api.Test;

/** What clients read before they log in: where and how to get a token. */
class LoginDiscoveryTest {

  @Test
  void theCapabilityStatement_shouldNameBothWaysInAndTheTokenEndpoint() {
    var statement =
        new CapabilityStatement()
            .setStatus(Enumerations.PublicationStatus.ACTIVE)
            .setDate(new Date())
            .setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
            .setFhirVersion(Enumerations.FHIRVersion._4_0_1)
            .addFormat("json");
    statement.getImplementation().setDescription("DMP records system");
    statement.getRestFirstRep().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
    LoginInCapabilityStatement.describe(
        statement.getRestFirstRep().getSecurity(), "https://dmp.example/dmp/fhir");

    var security = statement.getRestFirstRep().getSecurity();
    assertThat(security.getService())
        .extracting(service -> service.getCodingFirstRep().getCode())
        .containsExactly("OAuth", "Basic");
    assertThat(security.getDescription()).contains("https://dmp.example/dmp/fhir/token");
    assertThat(Conformance.errors(statement)).isEmpty();
  }

  @Test
  void theSmartConfiguration_shouldOfferASecretAndASignedAssertion() {
    assertThat(SmartConfiguration.document("https://dmp.example/dmp/fhir/token"))
        .startsWith(
            "{\"token_endpoint\":\"https://dmp.example/dmp/fhir/token\","
                + "\"grant_types_supported\":[\"client_credentials\"],"
                + "\"token_endpoint_auth_methods_supported\":"
                + "[\"client_secret_basic\",\"private_key_jwt\"],"
                + "\"token_endpoint_auth_signing_alg_values_supported\":[\"RS384\",\"ES384\"],")
        .contains("\"scopes_supported\":[\"system/*.read\"", "\"client-confidential-asymmetric\"");
  }

  @Test
  void theTokenEndpoint_shouldTellAMissingGrantFromAnUnsupportedOne() {
    assertThat(AccessTokenEndpoint.refusal(null)).contains("\"error\":\"invalid_request\"");
    assertThat(AccessTokenEndpoint.refusal(" ")).contains("\"error\":\"invalid_request\"");
    assertThat(AccessTokenEndpoint.refusal("password"))
        .contains("\"error\":\"unsupported_grant_type\"", "grant_type=client_credentials");
  }
}
