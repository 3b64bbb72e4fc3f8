package de.dmp.security.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART system scope: a resource type (or {@code *} for all) and what may be done with it, as
 * the letters of SMART v2 ({@code c}reate, {@code r}ead, {@code u}pdate, {@code d}elete, {@code
 * s}earch). SMART v1's {@code read}, {@code write} and {@code *} are the same as {@code rs}, {@code
 * cud} and {@code cruds}, and a scope is written back the way it was asked for.
 */
public record Scope(String type, String permissions, boolean v1) {

  public static final String ALL_TYPES = "*";
  static final String ORDER = "cruds";

  private static final Pattern SYNTAX =
      Pattern.compile("system/(\\*|[A-Z][A-Za-z]{1,63})\\.(read|write|\\*|c?r?u?d?s?)");

  /** The scope a text names, or nothing when it is no SMART system scope this server knows. */
  public static Optional<Scope> parse(String text) {
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches() || matcher.group(2).isEmpty()) {
      return Optional.empty();
    }
    String action = matcher.group(2);
    return Optional.of(
        switch (action) {
          case "read" -> new Scope(matcher.group(1), "rs", true);
          case "write" -> new Scope(matcher.group(1), "cud", true);
          case "*" -> new Scope(matcher.group(1), ORDER, true);
          default -> new Scope(matcher.group(1), action, false);
        });
  }

  /** Whether this scope lets a token do {@code permission} (one of cruds) with the type. */
  public boolean permits(String resourceType, char permission) {
    return (ALL_TYPES.equals(type) || type.equals(resourceType))
        && permissions.indexOf(permission) >= 0;
  }

  /** What both scopes allow, in the syntax of this one when it is all of this one. */
  public Optional<Scope> intersection(Scope other) {
    String commonType =
        ALL_TYPES.equals(type) ? other.type : ALL_TYPES.equals(other.type) ? type : null;
    if (commonType == null && !type.equals(other.type)) {
      return Optional.empty();
    }
    StringBuilder common = new StringBuilder();
    for (char permission : ORDER.toCharArray()) {
      if (permissions.indexOf(permission) >= 0 && other.permissions.indexOf(permission) >= 0) {
        common.append(permission);
      }
    }
    String both = common.toString();
    return both.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Scope(
                commonType == null ? type : commonType, both, v1 && both.equals(permissions)));
  }

  @Override
  public String toString() {
    String action =
        !v1
            ? permissions
            : switch (permissions) {
              case "rs" -> "read";
              case "cud" -> "write";
              default -> "*";
            };
    return "system/" + type + "." + action;
  }
}
