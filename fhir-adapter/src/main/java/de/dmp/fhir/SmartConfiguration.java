package de.dmp.fhir;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How a client logs in, in the discovery document of SMART App Launch 2 that Bulk Data clients
 * read: the token endpoint, its one grant, and its two client authentications: a password (HTTP
 * Basic) for people's scripts, a signed assertion (SMART Backend Services) for system clients.
 */
@WebServlet(urlPatterns = SmartConfiguration.PATH)
public class SmartConfiguration extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/fhir/.well-known/smart-configuration";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(document(tokenEndpoint(request)));
  }

  static String document(String tokenEndpoint) {
    return "{\"token_endpoint\":\""
        + tokenEndpoint
        + "\",\"grant_types_supported\":[\""
        + AccessTokenEndpoint.GRANT
        + "\"],\"token_endpoint_auth_methods_supported\":"
        + "[\"client_secret_basic\",\"private_key_jwt\"],"
        + "\"token_endpoint_auth_signing_alg_values_supported\":[\"RS384\",\"ES384\"],"
        + "\"scopes_supported\":[\"system/*.read\",\"system/*.rs\",\"system/*.write\","
        + "\"system/*.cud\",\"system/*.*\",\"system/*.cruds\"],"
        + "\"capabilities\":[\"client-confidential-symmetric\","
        + "\"client-confidential-asymmetric\",\"permission-v1\",\"permission-v2\"]}";
  }

  /** Where this request came in, so that the answer holds behind a proxy that keeps the host. */
  static String tokenEndpoint(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - PATH.length()) + AccessTokenEndpoint.PATH;
  }
}
