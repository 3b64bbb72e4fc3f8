package de.dmp.security.boundary;

import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.control.JwksFetcher;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import de.dmp.security.entity.Scopes;
import de.dmp.security.entity.SystemClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Administrators register the insurers' and vendors' software that logs in with SMART Backend
 * Services: its client id, the account it acts for, its public keys and its scopes.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SystemClients {

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private JwksFetcher fetcher;

  /**
   * Registers a client with its public keys, given either as a JWK Set ({@code jwks}) or as the
   * https URL the client publishes it at ({@code jwksUrl}), which is fetched now.
   */
  public SystemClientSummary register(
      String clientId, String username, String jwks, String jwksUrl, String scopes) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalTransitionException("client.idInvalid");
    }
    if (em.find(SystemClient.class, clientId) != null) {
      throw new AlreadyRegisteredException("client.taken", clientId);
    }
    boolean byUrl = jwksUrl != null && !jwksUrl.isBlank();
    if (byUrl == (jwks != null && !jwks.isBlank())) {
      throw new IllegalTransitionException("client.jwksOrUrl");
    }
    AppUser account = actingAccount(username);
    Scopes granted = scopesOf(scopes);
    Instant now = clock.instant();
    SystemClient client =
        byUrl
            ? SystemClient.byUrl(
                clientId, account, jwksUrl.strip(), fetcher.fetch(jwksUrl), granted, now)
            : new SystemClient(clientId, account, jwks, granted, now);
    em.persist(client);
    return SystemClientSummary.of(client);
  }

  /**
   * From now on the client gets no token, and the tokens it holds are refused at their next request
   * ({@link ClientTokens#accepts}). For good: a disabled client is not enabled again.
   */
  public SystemClientSummary disable(String clientId) {
    SystemClient client = Records.require(em, SystemClient.class, clientId, "system client");
    client.disable(clock.instant());
    return SystemClientSummary.of(client);
  }

  public List<SystemClientSummary> all() {
    return em.createQuery(
            "select c from SystemClient c join fetch c.account order by c.clientId",
            SystemClient.class)
        .getResultStream()
        .map(SystemClientSummary::of)
        .toList();
  }

  private AppUser actingAccount(String username) {
    AppUser account =
        em.createNamedQuery(AppUser.FIND_ACTIVE_BY_USERNAME, AppUser.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new IllegalTransitionException("client.accountUnknown", username));
    if (account.getRole() == Role.ADMIN) {
      throw new IllegalTransitionException("client.accountNotSystem", username);
    }
    return account;
  }

  private static Scopes scopesOf(String text) {
    try {
      return Scopes.parseStrictly(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalTransitionException("client.scopesInvalid", e.getMessage());
    }
  }
}
