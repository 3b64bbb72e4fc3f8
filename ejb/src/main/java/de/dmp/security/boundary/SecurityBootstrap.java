package de.dmp.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * On a fresh installation, creates the administrator "admin" with the password in the environment
 * variable (or system property) {@code DMP_ADMIN_PASSWORD}; without it, no account exists and
 * nobody can log in until one is created.
 */
@Startup
@Singleton
public class SecurityBootstrap {

  static final String PASSWORD_VARIABLE = "DMP_ADMIN_PASSWORD";
  private static final Logger LOGGER = Logger.getLogger(SecurityBootstrap.class.getName());

  @Inject private FirstAdministrator firstAdministrator;

  @PostConstruct
  void createAdministratorIfConfigured() {
    String password = System.getProperty(PASSWORD_VARIABLE, System.getenv(PASSWORD_VARIABLE));
    if (password == null || password.isBlank()) {
      return;
    }
    firstAdministrator
        .createIfNone("admin", password)
        .ifPresent(admin -> LOGGER.info("Created the first administrator 'admin'."));
  }
}
