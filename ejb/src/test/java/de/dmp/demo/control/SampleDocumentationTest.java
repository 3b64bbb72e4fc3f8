package de.dmp.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo's documentations read as a practice would write them, and agree with themselves. */
class SampleDocumentationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 20);
  private static final int DRAWS = 400;

  private static List<Map<String, String>> draw(String programme, List<String> enrolledIn) {
    ProgrammeDefinition definition = ProgrammeCatalogueFixture.current(programme);
    SampleDocumentation samples = new SampleDocumentation(new Random(20261123L));
    List<Map<String, String>> drawn = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      drawn.add(samples.values(definition, DocumentType.FD, DAY, enrolledIn));
    }
    return drawn;
  }

  @Test
  void values_shouldWriteBloodPressureAndEgfrAsWholeNumbers() {
    for (Map<String, String> values : draw("DM2", List.of("DM2"))) {
      for (String code : List.of("bp-systolic", "bp-diastolic", "egfr")) {
        assertThat(new BigDecimal(values.get(code)).scale()).as(code).isZero();
      }
      assertThat(new BigDecimal(values.get("hba1c")).scale()).isEqualTo(1);
      assertThat(new BigDecimal(values.get("body-weight")).scale()).isEqualTo(1);
    }
  }

  @Test
  void aDiabeticOnly_shouldBeEnrolledForDiabetesAndHaveNoKhkNorRenalReplacement() {
    for (Map<String, String> values : draw("DM2", List.of("DM2"))) {
      assertThat(values.get("enrolment-reasons")).isEqualTo("Diabetes mellitus Typ 2");
      assertThat(ParameterValue.codes(values.get("comorbidities")))
          .doesNotContain("Diabetes mellitus");
      assertThat(values.get("events")).doesNotContain("Nierenersatztherapie");
    }
  }

  @Test
  void theHbA1cTarget_shouldBeMetAsTheValueSaysAndNoUlcerDrawn() {
    for (Map<String, String> values : draw("DM2", List.of("DM2"))) {
      boolean met = new BigDecimal(values.get("hba1c")).compareTo(new BigDecimal("7.5")) <= 0;
      assertThat(values.get("hba1c-target"))
          .as(values.get("hba1c"))
          .isEqualTo(met ? "Zielwert erreicht" : "Zielwert noch nicht erreicht");
      assertThat(values.get("foot-ulcer")).isIn("Nein", "Nicht untersucht");
      assertThat(values.get("wound-infection")).isEqualTo("Nein");
    }
  }

  @Test
  void mostFindings_shouldBeNormal() {
    List<Map<String, String>> drawn = draw("DM2", List.of("DM2"));

    assertThat(drawn.stream().filter(v -> v.get("events").equals("Keine")).count())
        .isGreaterThan(DRAWS / 2);
    assertThat(drawn.stream().filter(v -> v.get("foot-ulcer").equals("Nein")).count())
        .isGreaterThan(DRAWS / 2);
  }

  @Test
  void aPatientInTwoProgrammes_shouldNameBothAndTheOtherAsComorbidity() {
    for (Map<String, String> values : draw("KHK", List.of("DM2", "KHK"))) {
      assertThat(ParameterValue.codes(values.get("enrolment-reasons")))
          .containsExactly("Diabetes mellitus Typ 2", "KHK");
      assertThat(ParameterValue.codes(values.get("comorbidities")))
          .contains("Diabetes mellitus")
          .doesNotContain("KHK", "Keine der genannten Erkrankungen")
          .doesNotHaveDuplicates();
    }
  }
}
