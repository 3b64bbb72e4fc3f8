package de.dmp.identity.control;

import de.dmp.identity.entity.Caller;
import de.dmp.security.entity.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.Optional;

/**
 * The logged-in user's account, looked up once per request: a use case asks for its caller in every
 * check and audit record, and each asking used to query the account again. Kept per principal name,
 * because a FHIR request logs in after the request has begun.
 */
@RequestScoped
public class CurrentCaller {

  @Inject private EntityManager em;
  @Inject private Principal principal;

  private Caller caller;

  /** The caller, or empty for a principal without an active account (looked up again next time). */
  public Optional<Caller> find() {
    String username = principal.getName();
    if (caller == null || !caller.username().equals(username)) {
      caller = lookUp(username);
    }
    return Optional.ofNullable(caller);
  }

  private Caller lookUp(String username) {
    return em.createNamedQuery(AppUser.FIND_ACTIVE_BY_USERNAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(CurrentCaller::caller)
        .orElse(null);
  }

  private static Caller caller(AppUser user) {
    return new Caller(
        user.getUsername(),
        user.getRole(),
        user.getPractice() == null ? null : user.getPractice().getId(),
        user.getInsurer() == null ? null : user.getInsurer().getId());
  }
}
