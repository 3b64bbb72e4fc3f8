package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.demo.boundary.DemoData;
import de.dmp.demo.control.DemoPopulation;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.TestData;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.boundary.SystemClients;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMART Backend Services over HTTP, as an insurer's bulk client logs in: a client registered with
 * the public half of an RS384 (or ES384) key pair signs an assertion, gets a scoped token, exports
 * and downloads the files with it; a token limited to some types posts a kick-off of those types
 * only; replays, foreign audiences, expired assertions and unknown keys are refused, a read-only
 * token cannot write, which is audited, and disabling a client revokes the tokens it holds.
 */
@ExtendWith(ArquillianExtension.class)
class SmartBackendServicesFhirIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(SmartBackendServicesFhirIT.class)
        .addAsLibrary(
            Deployments.testLibrary(
                SmartBackendServicesFhirIT.class,
                Http.class,
                BulkData.class,
                BulkData.Login.class));
  }

  @Inject private TestData data;
  @Inject private SystemClients clients;
  @Inject private AuditLog auditLog;

  @ArquillianResource private URL base;

  private RSAKey key;
  private String clientId;

  @BeforeEach
  void anInsurersClientWithItsKeyPair() throws JOSEException {
    key = new RSAKeyGenerator(2048).keyID("k-" + TestData.digits(6)).generate();
    clientId = register(TestData.userOf(data.insurer()), "system/*.read");
  }

  private String register(String account, String scopes) {
    return register(account, scopes, key);
  }

  /** Registers a client with the public half of the key. */
  private String register(String account, String scopes, JWK keyPair) {
    String id = "it-" + TestData.digits(8);
    TestData.as(
        DemoData.ADMIN,
        () ->
            clients.register(
                id, account, new JWKSet(keyPair.toPublicJWK()).toString(), null, scopes));
    return id;
  }

  @Test
  void aClientRegisteredByJwksUrl_shouldGetATokenAndAnUnreachableUrlBeRefused() throws Exception {
    String set = new JWKSet(key.toPublicJWK()).toString();
    // the server's welcome content plays the client's web server, which the JWK Set is fetched from
    Path published =
        Path.of(
            System.getProperty("jboss.home.dir"), "welcome-content", "it-jwks-" + key.getKeyID());
    Files.writeString(published, set);
    try {
      String url = new URL(base, "/" + published.getFileName()).toString();
      String account = TestData.userOf(data.insurer());
      String byUrl = "it-" + TestData.digits(8);
      TestData.as(
          DemoData.ADMIN, () -> clients.register(byUrl, account, null, url, "system/*.read"));

      HttpResponse<String> token = askForToken(fresh(byUrl), "system/Patient.rs");

      assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
      assertThat(refusal(account, null, url + "-gone")).contains("could not be fetched", url);
      assertThat(refusal(account, set, url)).contains("exactly one way");
    } finally {
      Files.delete(published);
    }
  }

  /** Why registering a client with these keys is refused. */
  private String refusal(String account, String jwks, String jwksUrl) {
    String id = "it-" + TestData.digits(8);
    try {
      TestData.as(
          DemoData.ADMIN, () -> clients.register(id, account, jwks, jwksUrl, "system/*.read"));
    } catch (IllegalTransitionException refused) {
      return refused.getMessage();
    }
    throw new AssertionError("registered " + id + " with " + jwksUrl);
  }

  private String tokenUrl() {
    return base + "fhir/token";
  }

  private String assertion(String client, String audience, Instant expiry) throws JOSEException {
    return assertion(client, audience, expiry, key);
  }

  /** An assertion signed with the key: RS384 with an RSA key, ES384 with a P-384 one. */
  private static String assertion(String client, String audience, Instant expiry, JWK signer)
      throws JOSEException {
    boolean ec = signer instanceof ECKey;
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(ec ? JWSAlgorithm.ES384 : JWSAlgorithm.RS384)
                .keyID(signer.getKeyID())
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(client)
                .subject(client)
                .audience(audience)
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .build());
    jwt.sign(ec ? new ECDSASigner(signer.toECKey()) : new RSASSASigner(signer.toRSAKey()));
    return jwt.serialize();
  }

  private String fresh(String client) throws JOSEException {
    return assertion(client, tokenUrl(), Instant.now().plus(Duration.ofMinutes(4)));
  }

  private HttpResponse<String> askForToken(String assertion, String scope) {
    return Http.send(
        Http.formPost(
            base,
            "fhir/token",
            "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode(JWT_BEARER, StandardCharsets.UTF_8)
                + "&client_assertion="
                + assertion
                + "&scope="
                + URLEncoder.encode(scope, StandardCharsets.UTF_8)));
  }

  private static String tokenOf(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return MAPPER.readTree(answer.body()).get("access_token").asText();
  }

  @Test
  void aClientWithAnRs384Key_shouldGetAScopedTokenAndExport() throws Exception {
    // the demo insurer's, whose members have consented: its export has files to download
    String demoInsurers = register(DemoPopulation.INSURER_USER, "system/*.read");
    HttpResponse<String> answer = askForToken(fresh(demoInsurers), "system/*.read openid");
    JsonNode token = MAPPER.readTree(answer.body());
    assertThat(token.get("scope").asText()).isEqualTo("system/*.read");
    assertThat(token.get("expires_in").asInt()).isEqualTo(300);

    BulkData.Login bearer = BulkData.Login.bearer(tokenOf(answer));
    HttpResponse<String> accepted =
        Http.send(
            bearer.apply(
                Http.request(base, "fhir/$export?_type=Patient,Coverage")
                    .header("Prefer", "respond-async")));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode manifest =
        BulkData.manifest(bearer, accepted.headers().firstValue("Content-Location").orElseThrow());
    Map<String, List<String>> files = BulkData.lines(bearer, manifest);

    assertThat(files.keySet()).containsExactly("Coverage", "Patient");
    assertThat(files.get("Patient"))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("{\"resourceType\":\"Patient\""));
    String file = manifest.get("output").get(0).get("url").asText();
    assertThat(BulkData.poll(BulkData.Login.bearer("no-token"), file).statusCode()).isEqualTo(401);
  }

  @Test
  void aClientWithAnEs384Key_shouldGetAScopedTokenAndRead() throws Exception {
    ECKey ecKey = new ECKeyGenerator(Curve.P_384).keyID("ec-" + TestData.digits(6)).generate();
    String ecClient = register(TestData.userOf(data.insurer()), "system/Patient.rs", ecKey);

    String token =
        tokenOf(
            askForToken(
                assertion(ecClient, tokenUrl(), Instant.now().plus(Duration.ofMinutes(4)), ecKey),
                "system/Patient.rs"));

    HttpResponse<String> read =
        Http.send(Http.withToken(token, Http.request(base, "fhir/Patient?_count=1")));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"resourceType\":\"Bundle\"");
  }

  @Test
  void aTypeLimitedToken_shouldPostAKickOffOfItsTypesOnly() throws Exception {
    String scopes = "system/Patient.rs system/Observation.rs";
    String limited = register(TestData.userOf(data.insurer()), scopes);
    BulkData.Login bearer = BulkData.Login.bearer(tokenOf(askForToken(fresh(limited), scopes)));

    HttpResponse<String> accepted = postKickOff(bearer, "Patient,Observation");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode manifest =
        BulkData.manifest(bearer, accepted.headers().firstValue("Content-Location").orElseThrow());
    assertThat(manifest.get("output"))
        .extracting(output -> output.get("type").asText())
        .isSubsetOf("Patient", "Observation");

    HttpResponse<String> beyond = postKickOff(bearer, "Patient,Condition");
    assertThat(beyond.statusCode()).isEqualTo(403);
    assertThat(beyond.body())
        .contains("OperationOutcome", "reading Condition", "system/Condition.read")
        .doesNotContain("system/Patient.read");
    HttpResponse<String> everything = postKickOff(bearer, null);
    assertThat(everything.statusCode()).isEqualTo(403);
    assertThat(everything.body()).contains("all resource types", "system/*.read");
    assertThat(TestData.as(DemoData.ADMIN, () -> auditLog.events(0, 50)))
        .anySatisfy(
            event ->
                assertThat(event.getDetail())
                    .isEqualTo("outside the token's scopes: POST /fhir/$export"));
  }

  /** A system-level kick-off with its types in a Parameters body; all types without. */
  private HttpResponse<String> postKickOff(BulkData.Login login, String types) {
    String parameters =
        types == null
            ? "{\"resourceType\":\"Parameters\"}"
            : "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"_type\","
                + "\"valueString\":\""
                + types
                + "\"}]}";
    return Http.send(
        login.apply(
            Http.request(base, "fhir/$export")
                .header("Prefer", "respond-async")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(parameters))));
  }

  @Test
  void aReplayedAssertion_shouldBeRefused() throws Exception {
    String once = fresh(clientId);
    tokenOf(askForToken(once, "system/*.read"));

    HttpResponse<String> replayed = askForToken(once, "system/*.read");

    assertThat(replayed.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(replayed.body()).get("error").asText()).isEqualTo("invalid_grant");
    assertThat(replayed.body()).contains("jti was used before");
  }

  @Test
  void aWrongAudienceAnExpiredAssertionAndAnUnknownKey_shouldBeRefused() throws Exception {
    Instant soon = Instant.now().plus(Duration.ofMinutes(4));
    HttpResponse<String> elsewhere =
        askForToken(assertion(clientId, "https://other.example/token", soon), "system/*.read");
    assertThat(elsewhere.statusCode()).isEqualTo(401);
    assertThat(elsewhere.body()).contains("invalid_client", "aud must be", tokenUrl());

    HttpResponse<String> expired =
        askForToken(
            assertion(clientId, tokenUrl(), Instant.now().minusSeconds(60)), "system/*.read");
    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("invalid_grant", "expired");

    RSAKey stranger = new RSAKeyGenerator(2048).keyID("unknown-kid").generate();
    HttpResponse<String> unknownKey =
        askForToken(assertion(clientId, tokenUrl(), soon, stranger), "system/*.read");
    assertThat(unknownKey.statusCode()).isEqualTo(401);
    assertThat(unknownKey.body()).contains("invalid_client", "unknown-kid");

    HttpResponse<String> noScope = askForToken(fresh(clientId), "system/Patient.write");
    assertThat(noScope.statusCode()).isEqualTo(400);
    assertThat(noScope.body()).contains("invalid_scope", "system/*.read");
  }

  @Test
  void aReadOnlyToken_shouldNotWriteNorReachTypesOutsideItsScopes() throws Exception {
    String doctor = data.clinic().doctor();
    String practiceClient = register(doctor, "system/*.read");
    String readOnly = tokenOf(askForToken(fresh(practiceClient), "system/Patient.read"));

    HttpResponse<String> read =
        Http.send(Http.withToken(readOnly, Http.request(base, "fhir/Patient")));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

    HttpResponse<String> write =
        Http.send(
            Http.withToken(
                readOnly,
                Http.request(base, "fhir/Patient")
                    .header("Content-Type", "application/fhir+json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Scoped\"}],"
                                + "\"birthDate\":\"1960-01-01\",\"gender\":\"female\"}"))));
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.body()).contains("OperationOutcome", "do not permit this create of Patient");
    assertThat(TestData.as(DemoData.ADMIN, () -> auditLog.events(0, 50)))
        .anySatisfy(
            event -> {
              assertThat(event.getUsername()).isEqualTo(doctor);
              assertThat(event.getOutcome()).isEqualTo(AuditEvent.Outcome.DENIED);
              assertThat(event.getDetail())
                  .isEqualTo("outside the token's scopes: POST /fhir/Patient");
            });

    HttpResponse<String> otherType =
        Http.send(Http.withToken(readOnly, Http.request(base, "fhir/Observation")));
    assertThat(otherType.statusCode()).isEqualTo(403);
  }

  @Test
  void aDisabledClientsToken_shouldBeRefusedBeforeItExpires() throws Exception {
    String token = tokenOf(askForToken(fresh(clientId), "system/Patient.rs"));
    HttpResponse<String> before =
        Http.send(Http.withToken(token, Http.request(base, "fhir/Patient?_count=1")));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

    TestData.as(DemoData.ADMIN, () -> clients.disable(clientId));

    HttpResponse<String> after =
        Http.send(Http.withToken(token, Http.request(base, "fhir/Patient?_count=1")));
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body())
        .contains("OperationOutcome", "system client " + clientId + " has been disabled");
    assertThat(after.headers().allValues("WWW-Authenticate"))
        .anySatisfy(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
    HttpResponse<String> newToken = askForToken(fresh(clientId), "system/Patient.rs");
    assertThat(newToken.statusCode()).isEqualTo(401);
    assertThat(newToken.body()).contains("invalid_client", "No active client");
  }

  @Test
  void theSmartConfiguration_shouldAdvertiseSignedAssertions() {
    HttpResponse<String> smart = Http.getAnonymously(base, "fhir/.well-known/smart-configuration");

    assertThat(smart.body())
        .contains(
            "\"private_key_jwt\"",
            "\"token_endpoint_auth_signing_alg_values_supported\":[\"RS384\",\"ES384\"]",
            "\"client-confidential-asymmetric\"",
            "system/*.read");
  }
}
