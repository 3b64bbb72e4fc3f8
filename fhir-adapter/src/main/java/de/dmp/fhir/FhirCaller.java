package de.dmp.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * A FHIR client logged in to the application's Elytron domain for one request, with a password or
 * with a valid access token. The identity lives only while the request runs: unlike the servlet
 * API's {@code request.login}, nothing is kept in an HTTP session, so API requests leave none
 * behind. The domain loads the account each time, so that a disabled user or a changed role counts
 * at once, and the EJBs see the caller as after the UI's form login.
 */
final class FhirCaller {

  private final SecurityIdentity identity;
  private final String authType;

  private FhirCaller(SecurityIdentity identity, String authType) {
    this.identity = identity;
    this.authType = authType;
  }

  /** The holder of a valid access token: the account of that name when it may still log in. */
  static Optional<FhirCaller> withToken(String username) throws RealmUnavailableException {
    ServerAuthenticationContext context = authenticationOf(username);
    return authorized(context, "Bearer");
  }

  /** HTTP Basic: the account when the password is its own and it may log in. */
  static Optional<FhirCaller> withPassword(String username, String password)
      throws RealmUnavailableException {
    ServerAuthenticationContext context = authenticationOf(username);
    return context.verifyEvidence(new PasswordGuessEvidence(password.toCharArray()))
        ? authorized(context, "BASIC")
        : Optional.empty();
  }

  private static ServerAuthenticationContext authenticationOf(String username)
      throws RealmUnavailableException {
    ServerAuthenticationContext context =
        SecurityDomain.getCurrent().createNewAuthenticationContext();
    context.setAuthenticationName(username);
    return context;
  }

  private static Optional<FhirCaller> authorized(
      ServerAuthenticationContext context, String authType) throws RealmUnavailableException {
    return context.authorize()
        ? Optional.of(new FhirCaller(context.getAuthorizedIdentity(), authType))
        : Optional.empty();
  }

  /** Runs some work as this user, e.g. recording a refusal under their name. */
  void runAs(Runnable work) {
    identity.runAs(work);
  }

  /** Runs the rest of the request as this user, with the request saying so too. */
  void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      identity.runAs(
          (PrivilegedExceptionAction<Void>)
              () -> {
                chain.doFilter(new Authenticated(request, identity, authType), response);
                return null;
              });
    } catch (PrivilegedActionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof ServletException servlet
          ? servlet
          : new ServletException(e.getCause());
    }
  }

  /** What the servlet API tells about the caller, from the Elytron identity. */
  private static final class Authenticated extends HttpServletRequestWrapper {

    private final SecurityIdentity identity;
    private final String authType;

    Authenticated(HttpServletRequest request, SecurityIdentity identity, String authType) {
      super(request);
      this.identity = identity;
      this.authType = authType;
    }

    @Override
    public String getAuthType() {
      return authType;
    }

    @Override
    public String getRemoteUser() {
      return identity.getPrincipal().getName();
    }

    @Override
    public Principal getUserPrincipal() {
      return identity.getPrincipal();
    }

    @Override
    public boolean isUserInRole(String role) {
      return identity.getRoles().contains(role);
    }
  }
}
