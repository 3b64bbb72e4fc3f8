package de.dmp.fhir;

import de.dmp.security.boundary.AccessTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The OAuth 2.0 token endpoint for the client credentials grant (RFC 6749 section 4.4): the client
 * authenticates with HTTP Basic, checked by {@link FhirAuthentication} before this runs, and gets a
 * bearer token for {@link AccessTokens#LIFETIME}. There are no scopes: a token may do what its
 * user's role may do.
 */
@WebServlet(urlPatterns = AccessTokenEndpoint.PATH)
public class AccessTokenEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/fhir/token";
  static final String GRANT = "client_credentials";

  @Inject private AccessTokens tokens;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    String grant = request.getParameter("grant_type");
    if (!GRANT.equals(grant)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.getWriter().write(refusal(grant));
      return;
    }
    response
        .getWriter()
        .write(
            "{\"access_token\":\""
                + tokens.issue(request.getRemoteUser())
                + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + AccessTokens.LIFETIME.toSeconds()
                + "}");
  }

  /** The error of RFC 6749 section 5.2, with what to send instead. */
  static String refusal(String grant) {
    String error = grant == null || grant.isBlank() ? "invalid_request" : "unsupported_grant_type";
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\"Send grant_type=client_credentials as a form parameter;"
        + " authenticate with HTTP Basic.\"}";
  }
}
