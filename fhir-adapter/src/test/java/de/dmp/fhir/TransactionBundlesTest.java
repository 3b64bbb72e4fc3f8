package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class TransactionBundlesTest {

  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
  private final Bundle.BundleEntryComponent visit =
      bundle.addEntry().setFullUrl("urn:uuid:visit").setResource(new Encounter());
  private final Bundle.BundleEntryComponent form =
      bundle.addEntry().setResource(new QuestionnaireResponse());

  private static OperationOutcome outcome(Throwable refused) {
    return (OperationOutcome) ((UnprocessableEntityException) refused).getOperationOutcome();
  }

  @Test
  void reading_shouldNameTheEntryOfARefusalByIndexAndFullUrl() {
    assertThatThrownBy(
            () ->
                TransactionBundles.reading(
                    bundle,
                    visit,
                    () -> {
                      throw new UnprocessableEntityException("Encounter.period.start is required.");
                    }))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("Bundle.entry[0] (fullUrl urn:uuid:visit): Encounter.period.start")
        .satisfies(
            refused -> {
              var issue = outcome(refused).getIssueFirstRep();
              assertThat(issue.getExpression())
                  .extracting(StringType::getValue)
                  .containsExactly("Bundle.entry[0]");
              assertThat(issue.getDiagnostics())
                  .isEqualTo(
                      "Bundle.entry[0] (fullUrl urn:uuid:visit): Encounter.period.start is required.");
            });
  }

  @Test
  void reading_shouldKeepEachIssueAndAStatusOf400() {
    var own = new OperationOutcome();
    own.addIssue().setDiagnostics("first").addExpression("QuestionnaireResponse.subject");
    own.addIssue().setDiagnostics("second");

    assertThatThrownBy(
            () ->
                TransactionBundles.reading(
                    bundle,
                    form,
                    () -> {
                      throw new InvalidRequestException("two problems", own);
                    }))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused ->
                assertThat(((OperationOutcome) refused.getOperationOutcome()).getIssue())
                    .extracting(
                        issue -> issue.getDiagnostics(),
                        issue -> issue.getExpression().stream().map(StringType::getValue).toList())
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "Bundle.entry[1] (fullUrl none): first",
                            java.util.List.of("Bundle.entry[1]", "QuestionnaireResponse.subject")),
                        org.assertj.core.groups.Tuple.tuple(
                            "Bundle.entry[1] (fullUrl none): second",
                            java.util.List.of("Bundle.entry[1]"))));
  }

  @Test
  void reading_shouldAnswerWhatTheEntryReads() {
    assertThat(TransactionBundles.reading(bundle, form, () -> "read")).isEqualTo("read");
  }
}
