package de.dmp.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.dmp.security.boundary.Bearer;
import de.dmp.security.entity.Scopes;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens as JSON Web Tokens signed with HMAC-SHA256: checking one costs microseconds where a
 * bcrypt password check costs a tenth of a second. A token names its holder and when it expires;
 * what the holder may do is looked up on every request, so that a disabled account stops at once.
 */
public final class TokenSigner {

  static final String ISSUER = "urn:dmp-records";
  static final String SCOPE = "scope";

  /** RFC 9068's claim: the system client the token was issued to. */
  static final String CLIENT_ID = "client_id";

  private final MACSigner signer;
  private final MACVerifier verifier;

  public TokenSigner(byte[] secret) {
    try {
      signer = new MACSigner(secret);
      verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("An access token key has at least 256 bits.", e);
    }
  }

  /**
   * A token for the holder; with the client and its scopes for a system client, without for a
   * person's password.
   */
  public String sign(Bearer holder, Instant issuedAt, Duration lifetime) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .claim(SCOPE, holder.scoped().map(Scopes::toString).orElse(null))
            .claim(CLIENT_ID, holder.clientId())
            .issuer(ISSUER)
            .subject(holder.username())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(lifetime)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      token.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
    return token.serialize();
  }

  /** The holder of a token this installation signed that has not expired at {@code now}. */
  public Optional<Bearer> holder(String token, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expiry = claims.getExpirationTime();
      boolean current =
          ISSUER.equals(claims.getIssuer()) && expiry != null && now.isBefore(expiry.toInstant());
      String scope = claims.getStringClaim(SCOPE);
      return current && claims.getSubject() != null
          ? Optional.of(
              new Bearer(
                  claims.getSubject(),
                  claims.getStringClaim(CLIENT_ID),
                  scope == null ? null : Scopes.parseStrictly(scope)))
          : Optional.empty();
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }
}
