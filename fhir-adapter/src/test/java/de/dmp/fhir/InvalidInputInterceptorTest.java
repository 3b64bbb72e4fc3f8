package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.patient.boundary.NewPatient;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class InvalidInputInterceptorTest {

  private final InvalidInputInterceptor interceptor =
      new InvalidInputInterceptor(PatientTranslator.FHIR_PATH_BY_FIELD);

  private static ConstraintViolationException violationsOfAnEmptyPatient() {
    var violations =
        Validation.buildDefaultValidatorFactory().getValidator().validate(new NewPatient());
    return new ConstraintViolationException(violations);
  }

  @Test
  void toUnprocessableEntity_shouldNameEveryFailingElementAsFhirPath() {
    var exception =
        interceptor.toUnprocessableEntity(new EJBException(violationsOfAnEmptyPatient()));

    assertThat(exception).isInstanceOf(UnprocessableEntityException.class);
    var outcome = (OperationOutcome) exception.getOperationOutcome();
    assertThat(outcome.getIssue())
        .flatMap(issue -> issue.getExpression().stream().map(StringType::getValue).toList())
        .containsExactly(
            "Patient.birthDate", "Patient.name.family", "Patient.name.given", "Patient.gender");
    assertThat(outcome.getIssue())
        .extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
        .contains("Family name is required.");
  }

  @Test
  void toUnprocessableEntity_shouldLeaveOtherFailuresToHapi() {
    assertThat(interceptor.toUnprocessableEntity(new IllegalStateException("boom"))).isNull();
  }
}
