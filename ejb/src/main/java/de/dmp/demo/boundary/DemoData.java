package de.dmp.demo.boundary;

import de.dmp.demo.control.DemoPopulation;
import de.dmp.patient.boundary.Patients;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads the demo population into an empty database when the server runs with {@code
 * -Ddmp.demo-data=true} (the README's run command does). Never active otherwise. Each boundary call
 * is its own transaction, so a failure leaves what was loaded before it.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  static final String SWITCH = "dmp.demo-data";

  private static final Logger LOGGER = Logger.getLogger(DemoData.class.getName());

  @Inject private Patients patients;
  @Inject private DemoPopulation population;

  @PostConstruct
  void loadIfRequested() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    if (patients.countByFamilyPrefix("") > 0) {
      LOGGER.info("Demo data not loaded: the database already holds patients.");
      return;
    }
    long started = System.nanoTime();
    population.load();
    LOGGER.info(
        () -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000_000 + " s.");
  }
}
