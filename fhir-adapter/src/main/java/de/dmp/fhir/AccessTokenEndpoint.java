package de.dmp.fhir;

import de.dmp.security.boundary.AccessTokens;
import de.dmp.security.boundary.ClientTokens;
import de.dmp.security.boundary.TokenRequestRefusedException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The OAuth 2.0 token endpoint for the client credentials grant (RFC 6749 section 4.4), in two
 * ways: a person's script authenticates with HTTP Basic, checked by {@link FhirAuthentication}
 * before this runs, and gets a token with its account's role rights; a system client of SMART
 * Backend Services sends a signed assertion (RFC 7523) instead and gets a token limited to its
 * scopes. They last {@link AccessTokens#LIFETIME} and {@link AccessTokens#SYSTEM_LIFETIME}.
 */
@WebServlet(urlPatterns = AccessTokenEndpoint.PATH)
public class AccessTokenEndpoint extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/fhir/token";
  static final String GRANT = "client_credentials";
  static final String ASSERTION_TYPE = "client_assertion_type";
  static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  @Inject private AccessTokens tokens;
  @Inject private ClientTokens clientTokens;

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
    if (isAssertion(request)) {
      answerAssertion(request, response);
      return;
    }
    response
        .getWriter()
        .write(token(tokens.issue(request.getRemoteUser()), AccessTokens.LIFETIME, null));
  }

  /** Whether the client authenticates with a signed assertion rather than a password. */
  static boolean isAssertion(HttpServletRequest request) {
    return request.getParameter(ASSERTION_TYPE) != null;
  }

  private void answerAssertion(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String assertion = request.getParameter("client_assertion");
    if (!JWT_BEARER.equals(request.getParameter(ASSERTION_TYPE))
        || assertion == null
        || assertion.isBlank()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response
          .getWriter()
          .write(
              error(
                  TokenRequestRefusedException.INVALID_REQUEST,
                  "Send client_assertion_type="
                      + JWT_BEARER
                      + " and the signed JWT as client_assertion."));
      return;
    }
    try {
      ClientTokens.Grant grant =
          clientTokens.issue(
              assertion, request.getParameter("scope"), request.getRequestURL().toString());
      response
          .getWriter()
          .write(
              token(grant.accessToken(), AccessTokens.SYSTEM_LIFETIME, grant.scopes().toString()));
    } catch (EJBException e) {
      if (!(e.getCause() instanceof TokenRequestRefusedException refused)) {
        throw e;
      }
      refuse(response, refused);
    } catch (TokenRequestRefusedException refused) {
      refuse(response, refused);
    }
  }

  private static void refuse(HttpServletResponse response, TokenRequestRefusedException refused)
      throws IOException {
    response.setStatus(refused.status());
    response.getWriter().write(error(refused.error(), refused.getMessage()));
  }

  static String token(String accessToken, Duration lifetime, String scope) {
    return "{\"access_token\":\""
        + accessToken
        + "\",\"token_type\":\"bearer\",\"expires_in\":"
        + lifetime.toSeconds()
        + (scope == null ? "" : ",\"scope\":\"" + scope + "\"")
        + "}";
  }

  /** The error of RFC 6749 section 5.2, with what to send instead. */
  static String refusal(String grant) {
    String error = grant == null || grant.isBlank() ? "invalid_request" : "unsupported_grant_type";
    return error(
        error,
        "Send grant_type=client_credentials as a form parameter; authenticate with HTTP Basic or"
            + " with a signed client_assertion (SMART Backend Services).");
  }

  static String error(String error, String description) {
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\""
        + description.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}";
  }
}
