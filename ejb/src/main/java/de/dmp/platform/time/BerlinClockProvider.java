package de.dmp.platform.time;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation reads "today" from for {@code @PastOrPresent} and its kin: German civil
 * time like the application's, not the server's zone, so that a documentation made after midnight
 * in Germany is not "in the future" on a server running in UTC. Named in META-INF/validation.xml
 * (ejb) and WEB-INF/validation.xml (web).
 */
public class BerlinClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(ClockProducer.BERLIN);
  }
}
