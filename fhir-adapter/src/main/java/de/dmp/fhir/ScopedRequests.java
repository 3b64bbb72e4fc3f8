package de.dmp.fhir;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditAction;
import de.dmp.security.entity.Scope;
import de.dmp.security.entity.Scopes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a system client's token may do, by the letters of SMART v2 scopes: a read of one resource
 * needs {@code r}, a search {@code s}, a create {@code c}, an update {@code u}, a delete {@code d}
 * on its type. What reaches other types than the one named needs the permission on all types
 * ({@code system/*.read}): a transaction, {@code _include}, {@code $everything}, and a {@code
 * $export} without {@code _type}. Checked before the request runs, on top of the account's role; a
 * POST kick-off, whose {@code _type} is in its body, passes here and is checked by the export once
 * HAPI has read that body ({@link #refuseExportBeyondScopes}).
 */
public final class ScopedRequests {

  /** The request attribute with a scoped token's scopes, for the check of a POST kick-off. */
  static final String SCOPES = Scopes.class.getName();

  private static final String BASE = "/fhir/";
  private static final int MAX_TYPE_LENGTH = 40;
  private static final int MAX_AUDITED_PATH = 400;
  private static final List<String> OTHER_TYPES = List.of("_include", "_revinclude", "_has");
  private static final List<String> EXPORT_FOLLOW_UPS =
      List.of("$export-poll-status", "$export-download");

  private ScopedRequests() {}

  /** Why the scopes do not cover the request, or nothing when they do. */
  static Optional<String> refusal(HttpServletRequest request, Scopes scopes) {
    return refusal(
        request.getMethod(), FhirAuthentication.path(request), request::getParameter, scopes);
  }

  /** The same for a method, a path within the application and the request's parameters. */
  static Optional<String> refusal(
      String method, String path, UnaryOperator<String> parameter, Scopes scopes) {
    List<String> segments = segments(path);
    String operation =
        segments.stream().filter(segment -> segment.startsWith("$")).findFirst().orElse(null);
    if (operation != null && EXPORT_FOLLOW_UPS.contains(operation)) {
      return Optional.empty();
    }
    if ("$export".equals(operation)) {
      return "POST".equals(method) ? Optional.empty() : export(parameter.apply("_type"), scopes);
    }
    boolean otherTypes =
        segments.get(0).isEmpty()
            || segments.get(0).startsWith("$")
            || "$everything".equals(operation)
            || OTHER_TYPES.stream().anyMatch(name -> parameter.apply(name) != null);
    String type = otherTypes ? Scope.ALL_TYPES : segments.get(0);
    String needed = permissions(method, segments, operation);
    return needed
        .chars()
        .filter(permission -> !scopes.permits(type, (char) permission))
        .mapToObj(permission -> refusal(scopes, (char) permission, type, otherTypes))
        .findFirst();
  }

  private static String refusal(Scopes scopes, char permission, String type, boolean otherTypes) {
    return "The token's scopes ("
        + scopes
        + ") do not permit this "
        + name(permission)
        + (otherTypes ? " that reaches all resource types" : " of " + type)
        + ": ask /fhir/token for a scope such as system/"
        + type
        + "."
        + permission
        + ", if the client is registered for it.";
  }

  private static List<String> segments(String path) {
    return path.startsWith(BASE)
        ? Arrays.asList(path.substring(BASE.length()).split("/"))
        : List.of("");
  }

  /** The type a request names, for the audit trail; "system" at the base. */
  static String resourceType(String path) {
    String first = segments(path).get(0);
    return first.isEmpty() || first.startsWith("$")
        ? "system"
        : first.substring(0, Math.min(first.length(), MAX_TYPE_LENGTH));
  }

  /** What a refused request would have done, for the audit trail. */
  static AuditAction action(String method) {
    return switch (method) {
      case "POST" -> AuditAction.CREATE;
      case "PUT", "PATCH" -> AuditAction.UPDATE;
      case "DELETE" -> AuditAction.DELETE;
      default -> AuditAction.READ;
    };
  }

  /** Which of cruds the request needs: a transaction or batch at the base creates and updates. */
  static String permissions(String method, List<String> segments, String operation) {
    boolean base = segments.get(0).isEmpty();
    boolean search = segments.size() == 1 || segments.contains("_search") || base;
    return switch (method) {
      case "GET", "HEAD" -> search && operation == null ? "s" : "r";
      case "POST" -> segments.contains("_search") ? "s" : base ? "cu" : "c";
      case "PUT", "PATCH" -> "u";
      case "DELETE" -> "d";
      default -> "c";
    };
  }

  /**
   * Refuses a kick-off, 403, when the request's token may not read every type its {@code _type}
   * names (null or blank: all types), and records the refusal like those made before a request
   * runs; for a POST, whose {@code _type} is in its body, this is the only check. A request without
   * a scoped token passes.
   */
  public static void refuseExportBeyondScopes(
      HttpServletRequest request, String typeList, AuditLog auditLog) {
    if (request.getAttribute(SCOPES) instanceof Scopes scopes) {
      Optional<String> refusal = export(typeList, scopes);
      if (refusal.isPresent()) {
        audit(request, auditLog);
        throw new ForbiddenOperationException(refusal.get());
      }
    }
  }

  /** A request outside the token's scopes is a refusal like any other: on the audit trail. */
  static void audit(HttpServletRequest request, AuditLog auditLog) {
    String path = FhirAuthentication.path(request);
    auditLog.roleRefused(
        action(request.getMethod()),
        resourceType(path),
        null,
        null,
        "outside the token's scopes: "
            + request.getMethod()
            + " "
            + (path.length() > MAX_AUDITED_PATH ? path.substring(0, MAX_AUDITED_PATH) : path));
  }

  /**
   * An export reads every type it holds: those named in _type, else all; the refusal names the
   * scopes that are missing.
   */
  private static Optional<String> export(String typeList, Scopes scopes) {
    List<String> types =
        typeList == null || typeList.isBlank()
            ? List.of(Scope.ALL_TYPES)
            : Arrays.stream(typeList.split(",")).map(String::strip).toList();
    List<String> refused = types.stream().filter(type -> !scopes.permits(type, 'r')).toList();
    return refused.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "The token's scopes ("
                + scopes
                + ") do not permit reading "
                + (types.contains(Scope.ALL_TYPES)
                    ? "all resource types, which an export without _type holds"
                    : String.join(", ", refused))
                + ": the export needs "
                + refused.stream()
                    .map(type -> "system/" + type + ".read")
                    .collect(Collectors.joining(", "))
                + ". Name in _type only types the token may read, or ask /fhir/token for the"
                + " missing scopes, if the client is registered for them.");
  }

  private static String name(char permission) {
    return switch (permission) {
      case 's' -> "search";
      case 'r' -> "read";
      case 'u' -> "update";
      case 'd' -> "delete";
      default -> "create";
    };
  }
}
