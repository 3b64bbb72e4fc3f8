package de.dmp.security.boundary;

import de.dmp.security.control.UserAccounts;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Creates the first administrator of an installation that has none, from {@code DMP_ADMIN_PASSWORD}
 * at start-up (see {@code SecurityBootstrap}); never a default password.
 */
@Stateless
@PermitAll
public class FirstAdministrator {

  @PersistenceContext private EntityManager em;
  @Inject private UserAccounts accounts;

  /** Creates the administrator unless any administrator exists already. */
  public Optional<AppUser> createIfNone(
      @NotBlank String username,
      @Size(min = 12, message = "{dmp.security.password.size}") String password) {
    long administrators =
        em.createQuery("select count(u) from AppUser u where u.role = :role", Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (administrators > 0) {
      return Optional.empty();
    }
    return Optional.of(accounts.create(username, password.toCharArray(), Role.ADMIN, null, null));
  }
}
