package de.dmp.security.boundary;

import de.dmp.security.entity.Scopes;
import java.util.Optional;

/**
 * The holder of a valid access token: the account it acts for and, for a system client's token, the
 * client it was issued to and the scopes it was granted. A token from a password has neither and
 * keeps the account's role rights.
 */
public record Bearer(String username, String clientId, Scopes scopes) {

  /** A person who proved their password. */
  public static Bearer person(String username) {
    return new Bearer(username, null, null);
  }

  public Optional<Scopes> scoped() {
    return Optional.ofNullable(scopes);
  }

  /** The system client whose token this is, checked on every request (it may be disabled since). */
  public Optional<String> client() {
    return Optional.ofNullable(clientId);
  }
}
