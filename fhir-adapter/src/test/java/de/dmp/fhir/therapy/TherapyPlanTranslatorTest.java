package de.dmp.fhir.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.fhir.conformance.Stored;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import de.dmp.therapy.entity.TherapyPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

class TherapyPlanTranslatorTest {

  private static final Instant NOW = Fixtures.NOW;
  private static final ProgrammeDefinition DM2 =
      ProgrammeCatalogue.load(TherapyPlanTranslatorTest.class.getClassLoader())
          .current("DM2", LocalDate.of(2026, 11, 23))
          .orElseThrow();

  private static List<TherapyPlan> history() {
    var enrolment =
        Fixtures.enrolment(Fixtures.patient(42L), Fixtures.practice(), DM2, "E11.9", 99L);
    var first =
        Stored.with(
            new TherapyPlan(
                enrolment,
                0,
                LocalDate.of(2025, 1, 15),
                List.of(new Goal("hba1c", "HbA1c", "4548-4", null, new BigDecimal("7.5"), "%")),
                List.of(new Medication("A10BA02", "Metformin")),
                List.of(
                    new Measure(Measure.Kind.TRAINING, "diabetes-training", "Diabetes-Schulung")),
                NOW),
            "id",
            11L);
    var second =
        Stored.with(
            new TherapyPlan(
                enrolment,
                1,
                LocalDate.of(2026, 1, 10),
                List.of(
                    new Goal(
                        "weight",
                        "Körpergewicht",
                        null,
                        new BigDecimal("70"),
                        new BigDecimal("80"),
                        "kg")),
                List.of(),
                List.of(new Measure(Measure.Kind.REFERRAL, "eye", "Augenärztliche Untersuchung")),
                NOW),
            "id",
            12L);
    return List.of(second, first);
  }

  @Test
  void toFhirResources_shouldMakeTheNewestVersionActiveAndValidateEveryPart() {
    List<TherapyPlan> history = history();
    List<IBaseResource> newest = TherapyPlanTranslator.toFhirResources(history, history.get(0));
    List<IBaseResource> replaced = TherapyPlanTranslator.toFhirResources(history, history.get(1));

    var active = (CarePlan) newest.get(0);
    assertThat(active.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
    assertThat(active.getReplacesFirstRep().getReference()).isEqualTo("CarePlan/11");
    assertThat(active.getAddressesFirstRep().getReference()).isEqualTo("Condition/99");
    assertThat(((CarePlan) replaced.get(0)).getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
    assertThat(replaced)
        .filteredOn(MedicationStatement.class::isInstance)
        .singleElement()
        .satisfies(
            m -> {
              var statement = (MedicationStatement) m;
              assertThat(statement.getIdElement().getIdPart()).isEqualTo("11-m1");
              assertThat(statement.getStatus())
                  .isEqualTo(MedicationStatement.MedicationStatementStatus.STOPPED);
              assertThat(statement.getMedicationCodeableConcept().getCodingFirstRep().getCode())
                  .isEqualTo("A10BA02");
            });
    assertThat(newest)
        .filteredOn(ServiceRequest.class::isInstance)
        .singleElement()
        .satisfies(
            s ->
                assertThat(((ServiceRequest) s).getBasedOnFirstRep().getReference())
                    .isEqualTo("CarePlan/12"));
    for (IBaseResource resource :
        List.of(newest, replaced).stream().flatMap(List::stream).toList()) {
      assertThat(Conformance.errors(resource)).as(resource.getIdElement().getValue()).isEmpty();
    }
  }
}
