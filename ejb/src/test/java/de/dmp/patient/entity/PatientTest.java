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
}
