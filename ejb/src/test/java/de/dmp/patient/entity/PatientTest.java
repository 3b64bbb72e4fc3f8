package de.dmp.patient.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientTest {

  @Test
  void new_shouldStripSurroundingBlanksFromNames() {
    var patient = new Patient("  Müller ", " Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);

    assertThat(patient.getFamilyName()).isEqualTo("Müller");
    assertThat(patient.getGivenName()).isEqualTo("Anna");
  }

  @Test
  void ageOn_shouldCountWholeYearsFromTheBirthday() {
    var patient = new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);

    assertThat(patient.ageOn(LocalDate.of(2026, 3, 13))).isEqualTo(69);
    assertThat(patient.ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(70);
  }

  @Test
  void ageOn_shouldStopAtTheDayOfDeath() {
    var patient = new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    patient.recordDeath(LocalDate.of(2025, 3, 13));

    assertThat(patient.ageOn(LocalDate.of(2026, 12, 7))).isEqualTo(68);
  }
}
