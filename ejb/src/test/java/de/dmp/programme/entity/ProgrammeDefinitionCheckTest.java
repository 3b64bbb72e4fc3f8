package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeDefinitionCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final ProgrammeDefinition dm2 = ProgrammeCatalogueFixture.current("DM2");
  private final ProgrammeDefinition copd = ProgrammeCatalogueFixture.current("COPD");
  private final ProgrammeDefinition brust = ProgrammeCatalogueFixture.current("BRUST");

  static Map<String, String> completeDm2FollowUp() {
    Map<String, String> values = new HashMap<>();
    values.put("body-height", "1,78");
    values.put("body-weight", "92");
    values.put("bp-systolic", "138");
    values.put("bp-diastolic", "84");
    values.put("smoker", "Nein");
    values.put("hba1c", "7.1");
    values.put("pulse-status", "Unauffällig");
    values.put("sensitivity", "Unauffällig");
    values.put("foot-ulcer", "Nein");
    values.put("foot-inspection-interval", "Jährlich");
    values.put("late-complications", "Keine");
    values.put("events", "Keine");
    values.put("severe-hypoglycaemia", "0");
    values.put("diabetes-emergency", "0");
    values.put("insulin", "Nein");
    values.put("metformin", "Ja");
    values.put("sglt2", "Nein");
    values.put("glp1", "Nein");
    values.put("other-antidiabetics", "Nein");
    values.put("platelet-inhibitors", "Nein");
    values.put("training-recommended", "Keine");
    values.put("training-attended", "Bei letzter Dokumentation keine Schulung empfohlen");
    values.put("hba1c-target", "Zielwert erreicht");
    values.put("eye-exam", "Durchgeführt");
    values.put("interval", "Quartalsweise");
    return values;
  }

  @Test
  void check_shouldAcceptACompleteFollowUp() {
    assertThat(dm2.check(DocumentType.FD, completeDm2FollowUp(), TODAY)).isEmpty();
  }

  @Test
  void check_shouldNameEveryMissingRequiredFieldWithItsGbaLabel() {
    var values = completeDm2FollowUp();
    values.remove("hba1c");
    values.put("smoker", " ");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(FieldError::label)
        .containsExactlyInAnyOrder("HbA1c-Wert", "Raucher");
  }

  @Test
  void check_shouldTakeHbA1cInMmolPerMolInsteadOfPercent() {
    var values = completeDm2FollowUp();
    values.remove("hba1c");
    values.put("hba1c-mmol", "54");

    assertThat(dm2.check(DocumentType.FD, values, TODAY)).isEmpty();
  }

  @Test
  void check_shouldRefuseAValueDocumentedInBothWays() {
    var values = completeDm2FollowUp();
    values.put("hba1c-mmol", "54");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.parameter()).isEqualTo("hba1c-mmol");
              assertThat(error.message())
                  .isEqualTo("is documented already as HbA1c; fill in one of the two");
            });
  }

  @Test
  void check_shouldRefuseValuesOutsideThePlausibleRange() {
    var values = completeDm2FollowUp();
    values.put("hba1c", "35");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .singleElement()
        .satisfies(error -> assertThat(error.message()).isEqualTo("must be between 3 and 20 %"));
  }

  @Test
  void check_shouldRefuseTextInANumberAndAnUnknownCode() {
    var values = completeDm2FollowUp();
    values.put("body-weight", "schwer");
    values.put("smoker", "Vielleicht");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(FieldError::parameter)
        .containsExactlyInAnyOrder("body-weight", "smoker");
  }

  @Test
  void check_shouldRequireInjectionSitesOnlyUnderInsulin() {
    var values = completeDm2FollowUp();
    values.put("insulin", "Ja");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(FieldError::parameter)
        .containsExactly("insulin-injection-sites");

    values.put("insulin-injection-sites", "Unauffällig");
    assertThat(dm2.check(DocumentType.FD, values, TODAY)).isEmpty();
  }

  @Test
  void check_shouldRefuseADiastolicAboveTheSystolicPressure() {
    var values = completeDm2FollowUp();
    values.put("bp-systolic", "80");
    values.put("bp-diastolic", "95");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(error -> error.message(Locale.GERMAN))
        .containsExactly("Der systolische Blutdruck muss über dem diastolischen liegen.");
  }

  @Test
  void check_shouldRefuseParametersOfTheOtherDocumentType() {
    var values = completeDm2FollowUp();
    values.put("no-such-field", "1");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(FieldError::parameter)
        .containsExactly("no-such-field");
  }

  @Test
  void check_shouldRefuseAFractionalCount() {
    var values = completeDm2FollowUp();
    values.put("severe-hypoglycaemia", "1.5");

    assertThat(dm2.check(DocumentType.FD, values, TODAY))
        .extracting(FieldError::message)
        .containsExactly("must be a whole number");
  }

  @Test
  void check_shouldRefuseADateAfterTheDocumentation() {
    Map<String, String> values =
        Map.of(
            "enrolment-reason", "Fernmetastasen",
            "histology-date", "2026-12-01",
            "bone-metastases-therapy", "Keine",
            "lymphoedema", "Nein",
            "interval", "Jedes zweite Quartal");

    assertThat(brust.check(DocumentType.ED, values, TODAY))
        .extracting(FieldError::parameter)
        .containsExactly("histology-date");
  }

  @Test
  void check_shouldAskSmokersForCessationAdvice() {
    Map<String, String> values = new HashMap<>();
    values.put("body-height", "1.70");
    values.put("body-weight", "70");
    values.put("bp-systolic", "130");
    values.put("bp-diastolic", "80");
    values.put("smoker", "Ja");
    values.put("osteoporosis-risk", "Ja");
    values.put("saba-sama", "Bei Bedarf");
    values.put("laba", "Keine");
    values.put("lama", "Dauermedikation");
    values.put("inhaler-technique", "Ja");
    values.put("other-medication", "Nein");
    values.put("training-recommended", "Nein");
    values.put("physical-training", "Ja");
    values.put("interval", "Quartalsweise");

    assertThat(copd.check(DocumentType.ED, values, TODAY))
        .extracting(FieldError::parameter)
        .containsExactlyInAnyOrder("smoking-cessation-advice", "smoking-cessation-programme");
  }
}
