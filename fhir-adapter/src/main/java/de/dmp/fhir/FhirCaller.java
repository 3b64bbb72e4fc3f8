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

/**
 * The holder of a valid access token, logged in to the application's Elytron domain without a
 * password: the domain still loads the account, so that a disabled user or a changed role counts at
 * once, and the EJBs see the caller as after a password login.
 */
final class TokenHolder {

  private final SecurityIdentity identity;

  private TokenHolder(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The account of that name when it exists and may log in. */
  static Optional<TokenHolder> authorize(String username) throws RealmUnavailableException {
    ServerAuthenticationContext context =
        SecurityDomain.getCurrent().createNewAuthenticationContext();
    context.setAuthenticationName(username);
    return context.authorize()
        ? Optional.of(new TokenHolder(context.getAuthorizedIdentity()))
        : Optional.empty();
  }

  /** Runs the rest of the request as this user, with the request saying so too. */
  void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      identity.runAs(
          (PrivilegedExceptionAction<Void>)
              () -> {
                chain.doFilter(new Authenticated(request, identity), response);
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

    Authenticated(HttpServletRequest request, SecurityIdentity identity) {
      super(request);
      this.identity = identity;
    }

    @Override
    public String getAuthType() {
      return "Bearer";
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
