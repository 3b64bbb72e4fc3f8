package de.dmp.security.boundary;

import de.dmp.security.control.AccessTokenKeys;
import de.dmp.security.control.TokenSigner;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and checks the FHIR API's bearer tokens (OAuth 2.0 client credentials): a client proves
 * its password once per token instead of once per request. Callers establish who is logged in; this
 * only vouches for a name.
 */
@ApplicationScoped
public class AccessTokens {

  /** Short, as SMART Backend Services recommends; a client asks for a new one when it expires. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  /** A system client's: SMART Backend Services says expires_in should not exceed 300 seconds. */
  public static final Duration SYSTEM_LIFETIME = Duration.ofMinutes(5);

  @Inject private AccessTokenKeys keys;
  @Inject private Clock clock;

  /** Loaded on first use, not at start, so that a database still starting delays no deployment. */
  private volatile TokenSigner signer;

  /** A token for a user who has just proved their password. */
  public String issue(String holder) {
    return signer().sign(Bearer.person(holder), clock.instant(), LIFETIME);
  }

  /** A token for a system client, acting for its account within the scopes it was granted. */
  public String issue(Bearer client) {
    return signer().sign(client, clock.instant(), SYSTEM_LIFETIME);
  }

  /** Whose token this is, when this installation signed it and it is still valid. */
  public Optional<Bearer> holder(String token) {
    return signer().holder(token, Instant.now(clock));
  }

  private TokenSigner signer() {
    TokenSigner current = signer;
    if (current == null) {
      current = new TokenSigner(installationKey());
      signer = current;
    }
    return current;
  }

  private byte[] installationKey() {
    try {
      return keys.findOrCreate();
    } catch (EJBException anotherServerMadeItFirst) {
      return keys.findOrCreate();
    }
  }
}
