package de.dmp.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
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
import de.dmp.security.boundary.TokenRequestRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks of SMART Backend Services on a client's signed assertion. */
class ClientAssertionsTest {

  private static final String CLIENT = "kasse-export";
  private static final String TOKEN_URL = "https://dmp.example/dmp/fhir/token";
  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  private static RSAKey rsa;
  private static ECKey ec;
  private static JWKSet registered;

  @BeforeAll
  static void keys() throws JOSEException {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    registered = new JWKSet(List.<JWK>of(rsa.toPublicJWK(), ec.toPublicJWK()));
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(CLIENT)
        .subject(CLIENT)
        .audience(TOKEN_URL)
        .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(4))))
        .jwtID("a1");
  }

  private static SignedJWT signed(
      JWSAlgorithm algorithm, String kid, JWSSigner signer, JWTClaimsSet claims)
      throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
    jwt.sign(signer);
    return ClientAssertions.parse(jwt.serialize());
  }

  private static SignedJWT rs384(JWTClaimsSet claims) throws JOSEException {
    return signed(JWSAlgorithm.RS384, "rsa-1", new RSASSASigner(rsa), claims);
  }

  private static void assertRefused(SignedJWT assertion, String error, String description) {
    assertThatThrownBy(() -> ClientAssertions.verify(assertion, CLIENT, registered, TOKEN_URL, NOW))
        .isInstanceOfSatisfying(
            TokenRequestRefusedException.class,
            refused -> {
              assertThat(refused.error()).isEqualTo(error);
              assertThat(refused.getMessage()).contains(description);
            });
  }

  @Test
  void anRs384OrEs384Assertion_shouldBeAccepted() throws JOSEException {
    SignedJWT byRsa = rs384(claims().build());
    SignedJWT byEc = signed(JWSAlgorithm.ES384, "ec-1", new ECDSASigner(ec), claims().build());

    assertThat(ClientAssertions.issuer(byRsa)).isEqualTo(CLIENT);
    assertThat(ClientAssertions.verify(byRsa, CLIENT, registered, TOKEN_URL, NOW).getJWTID())
        .isEqualTo("a1");
    assertThat(ClientAssertions.verify(byEc, CLIENT, registered, TOKEN_URL, NOW).getSubject())
        .isEqualTo(CLIENT);
  }

  @Test
  void anAssertionForAnotherAudience_shouldBeRefused() throws JOSEException {
    assertRefused(
        rs384(claims().audience("https://other.example/token").build()),
        "invalid_client",
        "aud must be this token endpoint's URL: " + TOKEN_URL);
  }

  @Test
  void anExpiredOrTooLongAssertion_shouldBeRefused() throws JOSEException {
    assertRefused(
        rs384(claims().expirationTime(Date.from(NOW)).build()), "invalid_grant", "expired");
    assertRefused(
        rs384(claims().expirationTime(Date.from(NOW.plus(Duration.ofMinutes(10)))).build()),
        "invalid_grant",
        "at most 5 minutes");
  }

  @Test
  void anUnknownKeyOrAlgorithm_shouldBeRefused() throws JOSEException {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
    assertRefused(
        signed(JWSAlgorithm.RS384, "rsa-2", new RSASSASigner(stranger), claims().build()),
        "invalid_client",
        "kid rsa-2 names no key");
    assertRefused(
        signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(rsa), claims().build()),
        "invalid_client",
        "RS384 or ES384");
  }

  @Test
  void aSignatureByAnotherKeyWithARegisteredKid_shouldBeRefused() throws JOSEException {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    assertRefused(
        signed(JWSAlgorithm.RS384, "rsa-1", new RSASSASigner(stranger), claims().build()),
        "invalid_client",
        "signature does not verify");
  }

  @Test
  void anAssertionWhoseSubjectIsNotTheClient_shouldBeRefused() throws JOSEException {
    assertRefused(rs384(claims().subject("other").build()), "invalid_client", "iss and sub");
    assertRefused(rs384(claims().jwtID(null).build()), "invalid_client", "jti");
  }

  @Test
  void somethingElseThanAJwt_shouldBeRefused() {
    assertThatThrownBy(() -> ClientAssertions.parse("not.a-jwt"))
        .isInstanceOf(TokenRequestRefusedException.class)
        .hasMessageContaining("not a signed JWT");
  }
}
