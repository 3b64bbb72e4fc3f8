package de.dmp.fhir;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.security.boundary.AccessTokens;
import de.dmp.security.boundary.Bearer;
import de.dmp.security.boundary.ClientTokens;
import de.dmp.security.entity.Scopes;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;

/**
 * Authenticates every FHIR request against the same Elytron domain as the UI: with an access token
 * from {@link AccessTokenEndpoint} (a signature check and one account lookup), or with HTTP Basic
 * (a bcrypt check, a tenth of a second). Without either the answer is 401 with an OperationOutcome.
 * Each request stands alone: the login ends with the request and leaves no HTTP session. Mapped in
 * META-INF/web-fragment.xml, before {@link RequestBodyLimit}.
 */
public class FhirAuthentication extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  static final String UNAUTHORIZED =
      outcome(
          "login",
          "Log in with an access token from /fhir/token (OAuth 2.0 client credentials) or with"
              + " HTTP Basic: a DMP user name and password.");
  static final String INVALID_TOKEN =
      outcome(
          "expired",
          "The access token is invalid or has expired, or its account is disabled: ask"
              + " /fhir/token for a new one.");
  static final String DIRECTORY_UNAVAILABLE =
      outcome("transient", "The user directory cannot be reached just now; try again shortly.");

  @Inject private AccessTokens tokens;
  @Inject private ClientTokens clients;
  @Inject private AuditLog auditLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPublic(request)) {
      chain.doFilter(request, response);
      return;
    }
    String header = Objects.requireNonNullElse(request.getHeader("Authorization"), "");
    boolean bearer = header.startsWith(BEARER) && !AccessTokenEndpoint.PATH.equals(path(request));
    Optional<Bearer> holder =
        bearer ? tokens.holder(header.substring(BEARER.length()).strip()) : Optional.empty();
    if (refusedAsDisabledClient(holder, response)) {
      return;
    }
    Optional<FhirCaller> caller;
    try {
      caller = bearer ? holderOf(holder) : basic(header);
    } catch (RealmUnavailableException e) {
      refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DIRECTORY_UNAVAILABLE, null);
      return;
    }
    if (caller.isEmpty()) {
      refuse(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          bearer ? INVALID_TOKEN : UNAUTHORIZED,
          bearer ? ", error=\"invalid_token\"" : "");
      return;
    }
    Optional<Scopes> scopes = holder.flatMap(Bearer::scoped);
    Optional<String> outOfScope = scopes.flatMap(scoped -> ScopedRequests.refusal(request, scoped));
    if (outOfScope.isPresent()) {
      caller.get().runAs(() -> ScopedRequests.audit(request, auditLog));
      refuse(
          response, HttpServletResponse.SC_FORBIDDEN, outcome("forbidden", outOfScope.get()), null);
      return;
    }
    scopes.ifPresent(scoped -> request.setAttribute(ScopedRequests.SCOPES, scoped));
    caller.get().proceed(request, response, chain);
  }

  /**
   * A system client's token is refused once the client is disabled, however long it would still
   * last: the token names its client, and the client is looked up on every request.
   */
  private boolean refusedAsDisabledClient(Optional<Bearer> holder, HttpServletResponse response)
      throws IOException {
    Optional<String> disabled =
        holder.flatMap(Bearer::client).filter(client -> !clients.accepts(client));
    if (disabled.isPresent()) {
      refuse(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          clientDisabled(disabled.get()),
          ", error=\"invalid_token\"");
    }
    return disabled.isPresent();
  }

  /** The client ids are letters, digits, '.', '_' and '-' only (SystemClients): no escaping. */
  static String clientDisabled(String clientId) {
    return outcome(
        "security",
        "The system client "
            + clientId
            + " has been disabled, or the account it acts for, and its tokens are no longer"
            + " accepted. An administrator registers the software again under a new client id"
            + " (System clients).");
  }

  private static Optional<FhirCaller> holderOf(Optional<Bearer> holder)
      throws RealmUnavailableException {
    return holder.isPresent() ? FhirCaller.withToken(holder.get().username()) : Optional.empty();
  }

  private static Optional<FhirCaller> basic(String header) throws RealmUnavailableException {
    String[] credentials = credentials(header);
    return credentials == null
        ? Optional.empty()
        : FhirCaller.withPassword(credentials[0], credentials[1]);
  }

  /**
   * What the server can do and how to log in are public, as FHIR clients read them before logging
   * in; a token request with a signed assertion carries its own proof, checked by the endpoint.
   */
  static boolean isPublic(HttpServletRequest request) {
    String path = path(request);
    if ("POST".equals(request.getMethod()) && AccessTokenEndpoint.PATH.equals(path)) {
      return AccessTokenEndpoint.isAssertion(request);
    }
    return "GET".equals(request.getMethod())
        && ("/fhir/metadata".equals(path) || SmartConfiguration.PATH.equals(path));
  }

  /** The path within the application, whichever servlet answers it. */
  static String path(HttpServletRequest request) {
    return request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
  }

  /** user name and password from a Basic header, or null when there is none or it is malformed. */
  static String[] credentials(String header) {
    if (header == null || !header.startsWith(BASIC)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A refusal as FHIR clients read it; a 401 names both ways in (RFC 6750 and RFC 7617). */
  private static void refuse(
      HttpServletResponse response, int status, String outcome, String bearerError)
      throws IOException {
    response.setStatus(status);
    if (bearerError != null) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"DMP\"" + bearerError);
      response.addHeader("WWW-Authenticate", "Basic realm=\"DMP\", charset=\"UTF-8\"");
    }
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getWriter().write(outcome);
  }

  static String outcome(String code, String diagnostics) {
    return "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
        + code
        + "\",\"diagnostics\":\""
        + diagnostics
        + "\"}]}";
  }
}
