package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.documentation.boundary.InvalidDocumentationException;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.programme.boundary.UnknownProgrammeException;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class RefusalInterceptorTest {

  private final RefusalInterceptor interceptor =
      new RefusalInterceptor(PatientTranslator.FHIR_PATH_BY_FIELD);

  private static ConstraintViolationException violationsOfAnEmptyPatient() {
    var violations =
        Validation.buildDefaultValidatorFactory().getValidator().validate(new NewPatient());
    return new ConstraintViolationException(violations);
  }

  private BaseServerResponseException answer(Throwable exception) {
    return interceptor.toHttpAnswer(exception, Locale.GERMAN);
  }

  private int statusFor(Exception exception) {
    return answer(exception).getStatusCode();
  }

  @Test
  void toHttpAnswer_shouldMapEachRefusalToItsStatus() {
    assertThat(statusFor(new AccessDeniedException("read patient 1"))).isEqualTo(403);
    assertThat(statusFor(new EJBAccessException("role"))).isEqualTo(403);
    assertThat(statusFor(new NotFoundException("patient", 1))).isEqualTo(404);
    assertThat(statusFor(new UnknownProgrammeException("XX", "in force on 2026-11-23")))
        .isEqualTo(400);
    assertThat(statusFor(new AlreadyRegisteredException("registered.patient", "A123456789", 7)))
        .isEqualTo(409);
    assertThat(statusFor(new ConcurrentChangeException("concurrent.patient", 7))).isEqualTo(412);
    assertThat(statusFor(new IllegalTransitionException("documentation.notDraft"))).isEqualTo(422);
    assertThat(statusFor(new DataFormatException("Invalid date/time format: \"gestern\"")))
        .isEqualTo(400);
  }

  @Test
  void toHttpAnswer_shouldAnswer503WhenTheDatabaseIsOutOfReach() {
    var noConnection =
        new EJBException(
            new PersistenceException(
                new SQLException(
                    new ResourceException("IJ000453: Unable to get managed connection"))));
    var brokenLink = new PersistenceException(new SQLException("Communications link", "08S01"));
    var lockTimeout = new PersistenceException(new SQLException("Lock wait timeout", "HY000"));

    var answer = answer(noConnection);

    assertThat(answer.getStatusCode()).isEqualTo(503);
    assertThat(answer.getMessage())
        .contains("nothing of this request was stored")
        .doesNotContain("IJ000453");
    assertThat(statusFor(brokenLink)).isEqualTo(503);
    assertThat(statusFor(lockTimeout)).isEqualTo(500);
  }

  @Test
  void toHttpAnswer_shouldAnswer409WhenAConcurrentRequestChangedTheSameRecordsFirst() {
    var lost = new EJBException(new OptimisticLockException("Row was updated or deleted"));

    var answer = answer(lost);

    assertThat(answer.getStatusCode()).isEqualTo(409);
    assertThat(answer.getMessage()).contains("nothing of this request was stored");
  }

  @Test
  void toHttpAnswer_shouldFindTheRefusalInsideAWrapperAndNameNoData() {
    var answer = answer(new EJBException(new AccessDeniedException("read patient 42")));

    assertThat(answer.getStatusCode()).isEqualTo(403);
    assertThat(answer.getMessage()).doesNotContain("42");
  }

  @Test
  void toHttpAnswer_shouldNameEveryFailingElementAsFhirPath() {
    var exception = answer(new EJBException(violationsOfAnEmptyPatient()));

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
  void toHttpAnswer_shouldAnswerAnyOtherFailureWith500WithoutItsMessage() {
    var answer = answer(new IllegalStateException("boom"));

    assertThat(answer.getStatusCode()).isEqualTo(500);
    assertThat(answer.getMessage()).doesNotContain("boom");
  }

  @Test
  void toHttpAnswer_shouldHideTheInternalsOfAnUnexpectedFailure() {
    var failure =
        new InternalErrorException(
            "HAPI-0389: Failed to call access method",
            new IllegalStateException("Could not initialize proxy [DmpCase#32] - no session"));

    var answer = answer(failure);

    assertThat(answer.getStatusCode()).isEqualTo(500);
    assertThat(answer.getMessage()).contains("reference").doesNotContain("DmpCase", "HAPI-0389");
  }

  @Test
  void toHttpAnswer_shouldLeaveTheServersOwnClientErrorsAlone() {
    assertThat(answer(new InvalidRequestException("needs a patient id"))).isNull();
  }

  @Test
  void outcome_shouldNameARefusedFieldInTheRequestsLanguage() {
    ProgrammeDefinition dm2 =
        ProgrammeCatalogue.load(getClass().getClassLoader()).all().stream()
            .filter(programme -> programme.code().equals("DM2"))
            .findFirst()
            .orElseThrow();
    var tooTall =
        new InvalidDocumentationException(
            Map.of(
                "DM2",
                List.of(
                    dm2.parameter("body-height")
                        .orElseThrow()
                        .problemWith("3", LocalDate.of(2026, 11, 23))
                        .orElseThrow())));

    var german = (UnprocessableEntityException) answer(tooTall);
    OperationOutcome english =
        RefusalInterceptor.outcome(tooTall, Locale.ENGLISH, programme -> null);

    assertThat(german.getStatusCode()).isEqualTo(422);
    assertThat(((OperationOutcome) german.getOperationOutcome()).getIssue())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.getDiagnostics())
                  .isEqualTo("DM2 – Körpergröße: muss zwischen 0,5 und 2,5 m liegen");
              assertThat(issue.getExpression())
                  .extracting(StringType::getValue)
                  .containsExactly("QuestionnaireResponse.item.where(linkId='body-height')");
            });
    assertThat(english.getIssueFirstRep().getDiagnostics())
        .isEqualTo("DM2 – Body height: must be between 0.5 and 2.5 m");
  }
}
