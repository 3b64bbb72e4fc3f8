package de.dmp.security.control;

import static de.dmp.security.boundary.TokenRequestRefusedException.INVALID_CLIENT;
import static de.dmp.security.boundary.TokenRequestRefusedException.INVALID_GRANT;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.dmp.security.boundary.TokenRequestRefusedException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * The checks of SMART Backend Services (RFC 7523) on a client's signed assertion, with Nimbus
 * JOSE+JWT: algorithm, key, signature, issuer and subject, audience and expiry. Whether its jti was
 * seen before is the database's to say ({@link AssertionReplays}).
 */
public final class ClientAssertions {

  /** SMART's limit on how far ahead an assertion may expire. */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** How far the client's clock may be ahead of ours. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  static final int MAX_JTI_LENGTH = 200;

  static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  private ClientAssertions() {}

  /** The assertion as a signed JWT, or the refusal a client gets for anything else. */
  public static SignedJWT parse(String assertion) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      jwt.getJWTClaimsSet();
      return jwt;
    } catch (ParseException | RuntimeException e) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT, "client_assertion is not a signed JWT (header.claims.signature).");
    }
  }

  /** The issuer, who claims to be a registered client. */
  public static String issuer(SignedJWT assertion) {
    String issuer = claims(assertion).getIssuer();
    if (issuer == null || issuer.isBlank()) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT, "The assertion has no iss: set iss and sub to your client_id.");
    }
    return issuer;
  }

  /** Checks everything but the jti and gives the claims, for the jti and the expiry. */
  public static JWTClaimsSet verify(
      SignedJWT assertion, String clientId, JWKSet keys, String audience, Instant now) {
    verifySignature(assertion, keys);
    JWTClaimsSet claims = claims(assertion);
    if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT, "iss and sub must both be your client_id " + clientId + ".");
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT, "aud must be this token endpoint's URL: " + audience);
    }
    checkExpiry(claims.getExpirationTime(), now);
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank() || jti.length() > MAX_JTI_LENGTH) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT,
          "The assertion needs a jti of at most 200 characters, a value never used before.");
    }
    return claims;
  }

  private static void verifySignature(SignedJWT assertion, JWKSet keys) {
    JWSAlgorithm algorithm = assertion.getHeader().getAlgorithm();
    if (!ALGORITHMS.contains(algorithm)) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT, "Sign the assertion with RS384 or ES384, not " + algorithm + ".");
    }
    String kid = assertion.getHeader().getKeyID();
    JWK key = kid == null ? null : keys.getKeyByKeyId(kid);
    if (key == null) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT,
          "The assertion's kid "
              + kid
              + " names no key registered for this client; send the kid of a registered key or"
              + " ask the administrator to register the new public key.");
    }
    try {
      if (!assertion.verify(verifier(key, algorithm))) {
        throw badSignature();
      }
    } catch (JOSEException e) {
      throw badSignature();
    }
  }

  private static JWSVerifier verifier(JWK key, JWSAlgorithm algorithm) throws JOSEException {
    if (JWSAlgorithm.RS384.equals(algorithm) && key instanceof RSAKey rsa) {
      return new RSASSAVerifier(rsa);
    }
    if (JWSAlgorithm.ES384.equals(algorithm) && key instanceof ECKey ec) {
      return new ECDSAVerifier(ec);
    }
    throw new TokenRequestRefusedException(
        INVALID_CLIENT,
        "The key "
            + key.getKeyID()
            + " is a "
            + key.getKeyType()
            + " key; it cannot sign "
            + algorithm
            + ".");
  }

  private static TokenRequestRefusedException badSignature() {
    return new TokenRequestRefusedException(
        INVALID_CLIENT, "The assertion's signature does not verify with the key its kid names.");
  }

  private static void checkExpiry(Date expiry, Instant now) {
    if (expiry == null || !now.isBefore(expiry.toInstant())) {
      throw new TokenRequestRefusedException(
          INVALID_GRANT, "The assertion has expired or has no exp: sign a new one.");
    }
    if (expiry.toInstant().isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
      throw new TokenRequestRefusedException(
          INVALID_GRANT, "exp may be at most 5 minutes after the time the assertion is sent.");
    }
  }

  private static JWTClaimsSet claims(SignedJWT assertion) {
    try {
      return assertion.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenRequestRefusedException(INVALID_CLIENT, "The assertion's claims are no JSON.");
    }
  }
}
