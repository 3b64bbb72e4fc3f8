package de.dmp.patient.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientSearchTest {

  @Test
  void typed_shouldTellNamesFromDatesAndInsuranceNumbers() {
    assertThat(PatientSearch.typed("Müller, Anna 12.03.1950 a123456780").describe())
        .isEqualTo("2 name words, birth date, insurance number");
  }

  @Test
  void typed_shouldSearchAllForBlankText() {
    assertThat(PatientSearch.typed("  ").describe()).isEqualTo("all patients");
  }

  @Test
  void familyStartingWith_shouldSearchTheFamilyNameOnly() {
    assertThat(PatientSearch.familyStartingWith("Mül").describe())
        .isEqualTo("family prefix of 3 characters");
  }
}
