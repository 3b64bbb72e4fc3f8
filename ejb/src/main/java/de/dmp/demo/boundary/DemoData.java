package de.dmp.demo.boundary;

import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Sex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads a small demo population into an empty database when the server runs with {@code
 * -Ddmp.demo-data=true} (the README's run command does). Never active otherwise.
 */
@Startup
@Singleton
public class DemoData {

  static final String SWITCH = "dmp.demo-data";

  private static final Logger LOGGER = Logger.getLogger(DemoData.class.getName());

  private static final List<NewPatient> PATIENTS =
      List.of(
          new NewPatient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE),
          new NewPatient("Schmidt", "Peter", LocalDate.of(1949, 11, 2), Sex.MALE),
          new NewPatient("Schneider", "Fatma", LocalDate.of(1971, 7, 28), Sex.FEMALE),
          new NewPatient("Fischer", "Jonas", LocalDate.of(2008, 1, 19), Sex.MALE),
          new NewPatient("Weber", "Alex", LocalDate.of(1983, 5, 6), Sex.DIVERSE),
          new NewPatient("Meyer", "Hildegard", LocalDate.of(1938, 9, 30), Sex.FEMALE));

  @EJB private Patients patients;

  @PostConstruct
  void loadIfRequested() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    if (patients.countByFamilyPrefix("") > 0) {
      LOGGER.info("Demo data not loaded: the database already holds patients.");
      return;
    }
    PATIENTS.forEach(patients::register);
    LOGGER.info(() -> "Demo data loaded: " + PATIENTS.size() + " patients.");
  }
}
