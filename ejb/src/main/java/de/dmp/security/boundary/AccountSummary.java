package de.dmp.security.boundary;

import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import java.io.Serializable;

/** An account as administrators list it: no password hash leaves the boundary. */
public record AccountSummary(
    long id, String username, Role role, String practiceName, String insurerName, boolean disabled)
    implements Serializable {

  static AccountSummary of(AppUser user) {
    return new AccountSummary(
        user.getId(),
        user.getUsername(),
        user.getRole(),
        user.getPractice() == null ? null : user.getPractice().getName(),
        user.getInsurer() == null ? null : user.getInsurer().getName(),
        user.isDisabled());
  }
}
