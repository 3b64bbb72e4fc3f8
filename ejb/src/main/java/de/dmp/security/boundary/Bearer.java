package de.dmp.security.boundary;

import de.dmp.security.entity.Scopes;
import java.util.Optional;

/**
 * The holder of a valid access token: the account it acts for and, for a system client's token, the
 * scopes it was granted. A token from a password has none and keeps the account's role rights.
 */
public record Bearer(String username, Scopes scopes) {

  public Optional<Scopes> scoped() {
    return Optional.ofNullable(scopes);
  }
}
