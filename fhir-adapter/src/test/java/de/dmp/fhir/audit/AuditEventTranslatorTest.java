package de.dmp.fhir.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.fhir.conformance.Conformance;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditEventTranslatorTest {

  private static AuditEvent event(AuditAction action, AuditEvent.Outcome outcome, Long patientId) {
    return new AuditEvent(
        Instant.parse("2026-11-23T10:15:30Z"),
        "dr.weber",
        "DOCTOR",
        action,
        "Documentation",
        "17",
        patientId,
        outcome,
        "revision 2");
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void toFhirResource_shouldValidateAgainstBaseR4ForEveryAction(AuditAction action) {
    assertThat(
            Conformance.errors(
                AuditEventTranslator.toFhirResource(
                    event(action, AuditEvent.Outcome.SUCCESS, 42L))))
        .isEmpty();
  }

  @Test
  void toFhirResource_ofARefusalWithoutPatient_shouldValidate() {
    assertThat(
            Conformance.errors(
                AuditEventTranslator.toFhirResource(
                    event(AuditAction.READ, AuditEvent.Outcome.DENIED, null))))
        .isEmpty();
  }
}
