package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.INTERFACES;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.edmp.entity.InterfaceVersion;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InterfaceCatalogueTest {

  @Test
  void load_shouldShipTheVersionsForQ3AndQ4Of2026() {
    assertThat(INTERFACES.all())
        .extracting(InterfaceVersion::toString)
        .containsExactlyInAnyOrder(
            "DM2 6.07",
            "DM2 6.08",
            "DM1 5.07",
            "DM1 5.08",
            "ASTHMA 4.46",
            "ASTHMA 4.47",
            "COPD 4.07",
            "HI 1.04",
            "KHK 4.17");
  }

  @Test
  void inForce_shouldChangeVersionOnTheFirstOfOctober() {
    assertThat(INTERFACES.inForce("DM2", LocalDate.of(2026, 9, 30)))
        .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo("6.07"));
    assertThat(INTERFACES.inForce("DM2", LocalDate.of(2026, 10, 1)))
        .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo("6.08"));
    assertThat(INTERFACES.inForce("ASTHMA", LocalDate.of(2026, 12, 31)))
        .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo("4.47"));
  }

  @Test
  void inForce_shouldHaveNoneBeforeTheFirstShippedVersion() {
    assertThat(INTERFACES.inForce("COPD", LocalDate.of(2026, 9, 30))).isEmpty();
    assertThat(INTERFACES.inForce("KHK", LocalDate.of(2026, 9, 30))).isEmpty();
    assertThat(INTERFACES.inForce("BRUST", LocalDate.of(2026, 11, 1))).isEmpty();
  }
}
