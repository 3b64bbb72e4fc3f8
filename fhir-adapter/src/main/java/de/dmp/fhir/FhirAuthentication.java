package de.dmp.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates every FHIR request with HTTP Basic against the same Elytron domain as the UI (the
 * container's {@code request.login}); without valid credentials the answer is 401 with an
 * OperationOutcome. Each request stands alone: the login ends with the request. Mapped in
 * META-INF/web-fragment.xml, before {@link RequestBodyLimit}.
 */
public class FhirAuthentication extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String BASIC = "Basic ";

  static final String UNAUTHORIZED =
      "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"login\","
          + "\"diagnostics\":\"Log in with HTTP Basic: a DMP user name and password.\"}]}";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isCapabilityStatement(request)) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !loggedIn(request, credentials)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"DMP\", charset=\"UTF-8\"");
      response.setContentType("application/fhir+json;charset=UTF-8");
      response.getWriter().write(UNAUTHORIZED);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      request.logout();
    }
  }

  /** What the server can do is public, as FHIR clients expect to read it before logging in. */
  static boolean isCapabilityStatement(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) && "/metadata".equals(request.getPathInfo());
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

  private static boolean loggedIn(HttpServletRequest request, String[] credentials) {
    try {
      request.login(credentials[0], credentials[1]);
      return true;
    } catch (ServletException e) {
      return false;
    }
  }
}
