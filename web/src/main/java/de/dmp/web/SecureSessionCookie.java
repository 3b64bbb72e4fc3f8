package de.dmp.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Behind a reverse proxy that terminates TLS ({@code -Ddmp.behind-proxy=true}) the session cookie
 * is sent over HTTPS only; web.xml's cookie-config leaves WildFly's own setting no say, so the
 * application sets it before the first session.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    event
        .getServletContext()
        .getSessionCookieConfig()
        .setSecure(Boolean.getBoolean("dmp.behind-proxy"));
  }
}
