package de.dmp.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: German civil time, since quarters are German quarters. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(BERLIN);
  }
}
