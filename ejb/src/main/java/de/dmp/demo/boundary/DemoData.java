package de.dmp.demo.boundary;

import de.dmp.demo.control.DemoPopulation;
import de.dmp.demo.control.DemoPopulation.DemoPractice;
import de.dmp.security.boundary.FirstAdministrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Loads the demo population into a fresh installation when the server runs with {@code
 * -Ddmp.demo-data=true} (the README's run command does), never otherwise. It works like the people
 * it stands for: it creates the demo administrator, logs in as that administrator for the registry
 * and accounts, then as each practice's doctor for the patients. Each boundary call is a
 * transaction of its own.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  static final String SWITCH = "dmp.demo-data";

  /** The password of every demo account (README); demo data is never loaded in production. */
  public static final String PASSWORD = "dmp-demo-2026";

  public static final String ADMIN = "admin";

  private static final Logger LOGGER = Logger.getLogger(DemoData.class.getName());

  @Inject private FirstAdministrator firstAdministrator;
  @Inject private DemoPopulation population;

  @PostConstruct
  void loadIfRequested() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    if (firstAdministrator.createIfNone(ADMIN, PASSWORD).isEmpty()) {
      LOGGER.info("Demo data not loaded: this installation has accounts already.");
      return;
    }
    long started = System.nanoTime();
    as(ADMIN, () -> population.registry(PASSWORD));
    for (DemoPractice practice : DemoPopulation.PRACTICES) {
      as(practice.doctor(), () -> population.patientsOf(practice));
    }
    LOGGER.info(
        () -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000_000 + " s.");
  }

  private static void as(String username, Runnable work) {
    try {
      SecurityDomain.getCurrent()
          .authenticate(username, new PasswordGuessEvidence(PASSWORD.toCharArray()))
          .runAs(work);
    } catch (RealmUnavailableException e) {
      throw new IllegalStateException("The user database is not reachable", e);
    }
  }
}
