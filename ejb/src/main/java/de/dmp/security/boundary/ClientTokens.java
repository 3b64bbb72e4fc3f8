package de.dmp.security.boundary;

import static de.dmp.security.boundary.TokenRequestRefusedException.INVALID_CLIENT;
import static de.dmp.security.boundary.TokenRequestRefusedException.INVALID_GRANT;
import static de.dmp.security.boundary.TokenRequestRefusedException.INVALID_SCOPE;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.control.AssertionReplays;
import de.dmp.security.control.ClientAssertions;
import de.dmp.security.control.JwksFetcher;
import de.dmp.security.entity.Scopes;
import de.dmp.security.entity.SystemClient;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The token request of SMART Backend Services: a registered client proves who it is with a signed
 * assertion (RFC 7523) and gets a token for its account, limited to the scopes it asked for and was
 * registered with. Nobody is logged in yet when this runs; the assertion is the login.
 */
@Stateless
@PermitAll
public class ClientTokens {

  private static final Logger LOGGER = Logger.getLogger(ClientTokens.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AssertionReplays replays;
  @Inject private AccessTokens tokens;
  @Inject private Clock clock;
  @Inject private JwksFetcher fetcher;

  /** The token and its scopes; {@code audience} is the URL the request was sent to. */
  public Grant issue(String assertion, String scope, String audience) {
    SignedJWT jwt = ClientAssertions.parse(assertion);
    SystemClient client = activeClient(ClientAssertions.issuer(jwt));
    Instant now = clock.instant();
    refreshKeys(client, jwt.getHeader().getKeyID(), now);
    JWTClaimsSet claims =
        ClientAssertions.verify(jwt, client.getClientId(), client.keys(), audience, now);
    if (!firstUse(client, claims, now)) {
      throw new TokenRequestRefusedException(
          INVALID_GRANT,
          "This assertion's jti was used before: sign a new assertion for each token.");
    }
    Scopes granted = client.scopes().grantedOf(Scopes.parseRequested(scope));
    if (granted.isEmpty()) {
      throw new TokenRequestRefusedException(
          INVALID_SCOPE,
          "Ask for scopes this client is registered for, separated by spaces: " + client.scopes());
    }
    return new Grant(
        tokens.issue(new Bearer(client.getAccount().getUsername(), client.getClientId(), granted)),
        granted);
  }

  /**
   * Whether tokens issued to the client are still accepted: checked on each of its requests, so
   * that disabling a client (or its account) revokes the tokens it holds at once, not when they
   * expire. Neither is ever enabled again, so a state check suffices and no list of revoked tokens
   * is kept (docs/fhir.md).
   */
  public boolean accepts(String clientId) {
    SystemClient client = em.find(SystemClient.class, clientId);
    return client != null && client.isActive();
  }

  /**
   * Fetches the set of a client registered by URL again when it is old or lacks the assertion's
   * key; when the URL fails now, the set fetched before stays (and the assertion is checked against
   * it).
   */
  private void refreshKeys(SystemClient client, String kid, Instant now) {
    if (client.needsFreshKeys(kid, now)) {
      try {
        client.refreshKeys(fetcher.fetch(client.getJwksUrl()), now);
      } catch (IllegalTransitionException unreachableOrInvalid) {
        LOGGER.warning(
            "The JWK Set of client "
                + client.getClientId()
                + " could not be fetched again: "
                + unreachableOrInvalid.getMessage());
      }
    }
  }

  private SystemClient activeClient(String clientId) {
    SystemClient client = em.find(SystemClient.class, clientId);
    if (client == null || !client.isActive()) {
      throw new TokenRequestRefusedException(
          INVALID_CLIENT,
          "No active client is registered as " + clientId + ": iss must be your client_id.");
    }
    return client;
  }

  private boolean firstUse(SystemClient client, JWTClaimsSet claims, Instant now) {
    try {
      return replays.firstUse(
          client.getClientId(), claims.getJWTID(), claims.getExpirationTime().toInstant(), now);
    } catch (EJBException sameJtiOnAnotherServerAtOnce) {
      return false;
    }
  }

  /** An access token and the scopes it carries. */
  public record Grant(String accessToken, Scopes scopes) {}
}
