package de.dmp.security.boundary;

import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.control.PasswordHashing;
import de.dmp.security.control.UserAccounts;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/** Administrators manage the accounts: create, disable, set a new password. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Users {

  /** At least 12 characters: the only rule, as NIST SP 800-63B recommends. */
  static final int MIN_PASSWORD_LENGTH = 12;

  @PersistenceContext private EntityManager em;
  @Inject private UserAccounts accounts;
  @Inject private Clock clock;
  @Inject private Principal principal;

  public AppUser create(
      @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{dmp.security.username.pattern}")
          String username,
      @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200, message = "{dmp.security.password.size}")
          String password,
      @NotNull(message = "{dmp.security.role.required}") Role role,
      Long practiceId,
      Long insurerId) {
    return accounts.create(username, password.toCharArray(), role, practiceId, insurerId);
  }

  /** Every account, by user name, with its practice or insurer. */
  public List<AccountSummary> all() {
    return em.createQuery(
            "select u from AppUser u left join fetch u.practice left join fetch u.insurer"
                + " order by u.username",
            AppUser.class)
        .getResultStream()
        .map(AccountSummary::of)
        .toList();
  }

  /** Names the person who uses the account, as the records show it beside what the account did. */
  public AppUser name(
      long userId,
      @NotBlank(message = "{dmp.security.displayName.required}")
          @Size(max = 100, message = "{dmp.security.displayName.size}")
          String displayName) {
    AppUser user = Records.require(em, AppUser.class, userId, "user");
    user.setDisplayName(displayName.strip());
    return user;
  }

  public AppUser disable(long userId) {
    AppUser user = Records.require(em, AppUser.class, userId, "user");
    if (user.getUsername().equals(principal.getName())) {
      throw new IllegalTransitionException("user.disableOwn");
    }
    user.disable(clock.instant());
    return user;
  }

  public AppUser setPassword(
      long userId,
      @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 200, message = "{dmp.security.password.size}")
          String password) {
    AppUser user = Records.require(em, AppUser.class, userId, "user");
    user.setPassword(PasswordHashing.hash(password.toCharArray()));
    return user;
  }
}
