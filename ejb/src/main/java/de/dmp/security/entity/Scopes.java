package de.dmp.security.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes of a system client or of a token, as the space-separated list of OAuth 2.0 (RFC 6749
 * section 3.3). A token with scopes may do only what one of them permits, on top of its account's
 * role and the practice or insurer it belongs to.
 */
public record Scopes(Set<Scope> all) {

  public Scopes {
    all = Set.copyOf(all);
  }

  /** The scopes of a registration: every word must be a SMART system scope. */
  public static Scopes parseStrictly(String text) {
    List<String> unknown = new ArrayList<>();
    Set<Scope> scopes = new LinkedHashSet<>();
    for (String word : words(text)) {
      Scope.parse(word).ifPresentOrElse(scopes::add, () -> unknown.add(word));
    }
    if (!unknown.isEmpty() || scopes.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", unknown));
    }
    return new Scopes(scopes);
  }

  /**
   * The scopes a client asks for: words that are no system scope of this server (openid, launch,
   * patient/...) are left out, as a server may grant fewer than asked for.
   */
  public static Scopes parseRequested(String text) {
    Set<Scope> scopes = new LinkedHashSet<>();
    words(text).forEach(word -> Scope.parse(word).ifPresent(scopes::add));
    return new Scopes(scopes);
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
  }

  /** What is asked for and registered both: the scopes a token gets. */
  public Scopes grantedOf(Scopes requested) {
    Set<Scope> granted = new LinkedHashSet<>();
    for (Scope asked : requested.all) {
      for (Scope registered : all) {
        asked.intersection(registered).ifPresent(granted::add);
      }
    }
    return new Scopes(granted);
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Whether one scope lets the token do {@code permission} (one of cruds) with the type. */
  public boolean permits(String resourceType, char permission) {
    return all.stream().anyMatch(scope -> scope.permits(resourceType, permission));
  }

  @Override
  public String toString() {
    return all.stream().map(Scope::toString).sorted().collect(Collectors.joining(" "));
  }
}
