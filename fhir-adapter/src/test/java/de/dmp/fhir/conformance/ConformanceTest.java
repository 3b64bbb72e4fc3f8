package de.dmp.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  @Test
  void errors_shouldNameWhatAnInvalidResourceLacks() {
    assertThat(Conformance.errors(new Observation()))
        .anyMatch(error -> error.contains("Observation.status"))
        .anyMatch(error -> error.contains("Observation.code"));
  }
}
