package de.dmp.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndReasonTest {

  @Test
  void recorded_shouldKeepTheGermanReasonWithTheNoteWhereThereIsOne() {
    assertThat(EndReason.MOVED.recorded(" nach Hamburg "))
        .isEqualTo("Umzug oder Arztwechsel: nach Hamburg");
    assertThat(EndReason.DEATH.recorded(" ")).isEqualTo("Tod");
    assertThat(EndReason.PATIENTS_WISH.recorded(null)).isEqualTo("Wunsch des Patienten");
  }
}
