package de.dmp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

class BerlinClockProviderTest {

  /** The ejb module's validation.xml is what a container's validator reads too. */
  @Test
  void validationXml_shouldGiveBeanValidationGermanCivilTime() {
    var factory = Validation.buildDefaultValidatorFactory();

    assertThat(factory.getClockProvider()).isInstanceOf(BerlinClockProvider.class);
    assertThat(factory.getClockProvider().getClock().getZone()).isEqualTo(ClockProducer.BERLIN);
  }
}
