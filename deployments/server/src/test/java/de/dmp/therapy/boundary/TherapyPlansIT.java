package de.dmp.therapy.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import de.dmp.therapy.entity.TherapyPlan;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Versioned therapy plans on the real database. */
@ExtendWith(ArquillianExtension.class)
class TherapyPlansIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(TherapyPlansIT.class);
  }

  @Inject private TherapyPlans plans;
  @Inject private TestData data;

  private Enrolment enrolment;

  private Clinic clinic;

  @BeforeEach
  void enrol() {
    clinic = data.clinic();
    clinic.asDoctor(
        () -> {
          enrolment = data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
        });
  }

  private static TherapyPlanDraft draft(BigDecimal hba1cTarget, String atc) {
    return new TherapyPlanDraft(
        LocalDate.of(2025, 2, 1),
        List.of(new Goal("hba1c", "HbA1c", "4548-4", null, hba1cTarget, "%")),
        List.of(new Medication(atc, "Metformin")),
        List.of(new Measure(Measure.Kind.TRAINING, "diabetes-training", "Diabetes-Schulung")));
  }

  @Test
  void revise_shouldKeepEveryVersion() {
    clinic.asDoctor(
        () -> {
          plans.revise(enrolment.getId(), 0, draft(new BigDecimal("7.5"), "A10BA02"));
          TherapyPlan second =
              plans.revise(enrolment.getId(), 1, draft(new BigDecimal("7.0"), "A10BA02"));

          assertThat(second.getPlanVersion()).isEqualTo(2);
          assertThat(plans.history(enrolment.getId()))
              .extracting(TherapyPlan::getPlanVersion)
              .containsExactly(2, 1);
          assertThat(
                  plans.current(enrolment.getId()).orElseThrow().getGoals().get(0).getTargetHigh())
              .isEqualByComparingTo("7.0");
        });
  }

  @Test
  void revise_shouldRefuseAnEditBasedOnAnOldVersion() {
    clinic.asDoctor(
        () -> {
          plans.revise(enrolment.getId(), 0, draft(new BigDecimal("7.5"), "A10BA02"));

          assertThatThrownBy(
                  () -> plans.revise(enrolment.getId(), 0, draft(new BigDecimal("8"), "A10BA02")))
              .isInstanceOf(ConcurrentChangeException.class);
          assertThat(plans.history(enrolment.getId())).hasSize(1);
        });
  }

  @Test
  void revise_shouldRefuseAnInvalidGoalOrAtcCode() {
    clinic.asDoctor(
        () -> {
          var noTarget =
              new TherapyPlanDraft(
                  LocalDate.of(2025, 2, 1),
                  List.of(new Goal("hba1c", "HbA1c", "4548-4", null, null, "%")),
                  List.of(),
                  List.of());

          assertThatThrownBy(() -> plans.revise(enrolment.getId(), 0, noTarget))
              .isInstanceOf(ConstraintViolationException.class)
              .hasMessageContaining("lower or upper target");
          assertThatThrownBy(
                  () -> plans.revise(enrolment.getId(), 0, draft(BigDecimal.ONE, "metformin")))
              .isInstanceOf(ConstraintViolationException.class)
              .hasMessageContaining("ATC");
          assertThat(plans.history(enrolment.getId())).isEmpty();
        });
  }
}
