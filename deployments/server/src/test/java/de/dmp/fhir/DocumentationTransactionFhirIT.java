package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole visit's documentation as one transaction Bundle, as practice software posts it, for a
 * demo patient of dr. Lorenz (whose practice no other test documents).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentationTransactionFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String DOCTOR = "dr.lorenz";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(DocumentationTransactionFhirIT.class);
  }

  @ArquillianResource private URL base;

  private VisitBundles.Due followUp;
  private String patient;

  private Bundle bundle(String path) {
    HttpResponse<String> response = Http.getAs(DOCTOR, base, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  @BeforeEach
  void findAnActiveEnrolmentWithAFollowUpDocumentation() {
    followUp = VisitBundles.dueFollowUp(base, DOCTOR);
    patient = followUp.patient();
  }

  /** Today's visit with a copy of the latest follow-up documentation's answers. */
  private Bundle visit(QuestionnaireResponseStatus status) {
    return followUp.visit(status);
  }

  private HttpResponse<String> post(String user, Bundle transaction) {
    return Http.postJsonAs(user, base, "fhir", JSON.encodeResourceToString(transaction));
  }

  /** The transaction, asking for the texts in a language with {@code Accept-Language}. */
  private HttpResponse<String> post(String user, Bundle transaction, String acceptLanguage) {
    return Http.postJsonAs(
        user, base, "fhir", JSON.encodeResourceToString(transaction), acceptLanguage);
  }

  private int documentations() {
    return bundle("fhir/QuestionnaireResponse?_count=1&patient=" + patient).getTotal();
  }

  private int documentationsOf(String newPatient) {
    HttpResponse<String> found =
        Http.getAs(Http.DOCTOR, base, "fhir/QuestionnaireResponse?_count=1&patient=" + newPatient);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, found.body()).getTotal();
  }

  /** The stored documentation's id in a transaction's answer. */
  private static String storedId(HttpResponse<String> answer) {
    return JSON.parseResource(Bundle.class, answer.body())
        .getEntry()
        .get(1)
        .getResponse()
        .getLocation()
        .replaceAll("QuestionnaireResponse/(\\d+)/_history/.*", "$1");
  }

  @Test
  void transaction_shouldStoreTheVisitAndItsDocumentationTogether() {
    var newPatient = VisitBundles.newInDm2(base, NewPatients.firstInTheAlphabet());

    HttpResponse<String> response =
        post(Http.DOCTOR, newPatient.visit(QuestionnaireResponseStatus.COMPLETED));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Bundle answer = JSON.parseResource(Bundle.class, response.body());
    assertThat(answer.getType()).isEqualTo(BundleType.TRANSACTIONRESPONSE);
    String visit = answer.getEntry().get(0).getResponse().getLocation();
    String stored = "QuestionnaireResponse/" + storedId(response);
    var read =
        JSON.parseResource(
            QuestionnaireResponse.class, Http.getAs(Http.DOCTOR, base, "fhir/" + stored).body());
    assertThat(read.getEncounter().getReference()).isEqualTo(visit);
    assertThat(read.getStatus()).isEqualTo(QuestionnaireResponseStatus.COMPLETED);
    assertThat(read.getAuthoredElement().getValueAsString()).isEqualTo(LocalDate.now().toString());
    assertThat(Http.getAs(Http.DOCTOR, base, "fhir/" + visit).statusCode()).isEqualTo(200);
    assertThat(documentationsOf(newPatient.patient())).isEqualTo(1);
  }

  @Test
  void aSecondDocumentationInTheQuarter_shouldBe422NamingItsEntryAndTheFirstAndStoreNothing() {
    var newPatient = VisitBundles.newInDm2(base, NewPatients.firstInTheAlphabet());
    HttpResponse<String> initial =
        post(Http.DOCTOR, newPatient.visit(QuestionnaireResponseStatus.COMPLETED));
    assertThat(initial.statusCode()).as(initial.body()).isEqualTo(200);
    Bundle followUpSameDay =
        VisitBundles.visit(
            newPatient.patient(),
            newPatient.episode(),
            VisitBundles.completed(base, "DM2-FD|"),
            QuestionnaireResponseStatus.COMPLETED);

    OperationOutcome second = refused(post(Http.DOCTOR, followUpSameDay));
    OperationOutcome inEnglish = refused(post(Http.DOCTOR, followUpSameDay, "en"));

    assertThat(second.getIssue())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.getExpression().get(0).getValue()).startsWith("Bundle.entry[1]");
              assertThat(issue.getDiagnostics())
                  .contains(
                      "Bundle.entry[1]",
                      FORM_ENTRY,
                      "Dokumentationsdatum: für den Dokumentationszeitraum ",
                      "liegt bereits die Erstdokumentation vom "
                          + LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                      "(Nr. " + storedId(initial) + ")",
                      "„Korrigieren“");
            });
    assertThat(inEnglish.getIssue())
        .singleElement()
        .satisfies(
            issue ->
                assertThat(issue.getDiagnostics())
                    .contains(
                        "Bundle.entry[1]",
                        "Documentation date: the documentation period ",
                        "already has the initial documentation of "
                            + LocalDate.now()
                                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)),
                        "(no. " + storedId(initial) + ")",
                        "\"Correct\""));
    assertThat(documentationsOf(newPatient.patient())).isEqualTo(1);
  }

  @Test
  void aValueOutOfRange_shouldBeRefusedInGermanOrInTheLanguageAsked() {
    var newPatient = VisitBundles.newInDm2(base, NewPatients.firstInTheAlphabet());
    Bundle tooTall = newPatient.visit(QuestionnaireResponseStatus.COMPLETED);
    var form = (QuestionnaireResponse) tooTall.getEntry().get(1).getResource();
    var height = item(form.getItem(), "body-height");
    assertThat(height).as("the DM2 form's body height").isNotNull();
    height.getAnswerFirstRep().setValue(new Quantity().setValue(3).setUnit("m"));
    String german = "Körpergröße: muss zwischen 0,5 und 2,5 m liegen";
    String english = "Body height: must be between 0.5 and 2.5 m";

    OperationOutcome byDefault = refused(post(Http.DOCTOR, tooTall));
    OperationOutcome asked = refused(post(Http.DOCTOR, tooTall, "en-GB,de;q=0.5"));
    OperationOutcome validated = validate(Http.DOCTOR, tooTall, "en");

    assertThat(byDefault.getIssue())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.getExpression().get(0).getValue())
                  .isEqualTo("Bundle.entry[1].resource.item.where(linkId='body-height')");
              assertThat(issue.getDiagnostics()).contains(german).doesNotContain(english);
            });
    assertThat(asked.getIssue())
        .singleElement()
        .satisfies(issue -> assertThat(issue.getDiagnostics()).contains(english));
    assertThat(validated.getIssue())
        .singleElement()
        .satisfies(issue -> assertThat(issue.getDiagnostics()).contains(english));
    assertThat(documentationsOf(newPatient.patient())).isZero();
  }

  /** The item of the form with that linkId, in whichever group it is; null if it has none. */
  private static QuestionnaireResponse.QuestionnaireResponseItemComponent item(
      List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items, String linkId) {
    for (var item : items) {
      if (item.getLinkId().equals(linkId)) {
        return item;
      }
      var inGroup = item(item.getItem(), linkId);
      if (inGroup != null) {
        return inGroup;
      }
    }
    return null;
  }

  @Test
  void transactionWithAnInvalidValue_shouldStoreNothingAndNameTheField() {
    int before = documentations();
    Bundle transaction = visit(QuestionnaireResponseStatus.COMPLETED);
    var form = (QuestionnaireResponse) transaction.getEntry().get(1).getResource();
    form.getItemFirstRep()
        .addItem()
        .setLinkId("no-such-field")
        .addAnswer()
        .setValue(new org.hl7.fhir.r4.model.StringType("x"));

    HttpResponse<String> response = post(DOCTOR, transaction);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JSON.parseResource(OperationOutcome.class, response.body()).getIssue())
        .anySatisfy(
            issue -> assertThat(issue.getExpression().get(0).getValue()).contains("no-such-field"));
    assertThat(documentations()).isEqualTo(before);
  }

  private static final String FORM_ENTRY = "urn:uuid:7f1c9c5e-1d7a-4a53-9a43-2b1e8f0c1a02";

  @Test
  void refusedTransaction_shouldNameTheOffendingEntryByIndexAndFullUrl() {
    int before = documentations();
    Bundle invalidField = visit(QuestionnaireResponseStatus.COMPLETED);
    ((QuestionnaireResponse) invalidField.getEntry().get(1).getResource())
        .getItemFirstRep()
        .addItem()
        .setLinkId("no-such-field")
        .addAnswer()
        .setValue(new org.hl7.fhir.r4.model.StringType("x"));
    Bundle wrongForm = visit(QuestionnaireResponseStatus.COMPLETED);
    var form = (QuestionnaireResponse) wrongForm.getEntry().get(1).getResource();
    form.setQuestionnaire("urn:dmp-records:Questionnaire:unknown");
    Bundle strayEntry = visit(QuestionnaireResponseStatus.COMPLETED);
    VisitBundles.create(strayEntry, "urn:uuid:0000-stray", new org.hl7.fhir.r4.model.Observation());
    Bundle undatedVisit = visit(QuestionnaireResponseStatus.COMPLETED);
    ((org.hl7.fhir.r4.model.Encounter) undatedVisit.getEntryFirstRep().getResource())
        .getPeriod()
        .setStartElement(null);

    OperationOutcome field = refused(post(DOCTOR, invalidField));
    OperationOutcome questionnaire = refused(post(DOCTOR, wrongForm));
    OperationOutcome stray = refused(post(DOCTOR, strayEntry));
    OperationOutcome undated = refused(post(DOCTOR, undatedVisit));

    assertThat(field.getIssue())
        .anySatisfy(
            issue -> {
              assertThat(issue.getExpression().get(0).getValue())
                  .isEqualTo("Bundle.entry[1].resource.item.where(linkId='no-such-field')");
              assertThat(issue.getDiagnostics()).contains("Bundle.entry[1]", FORM_ENTRY);
            });
    assertThat(questionnaire.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Bundle.entry[1]");
    assertThat(questionnaire.getIssueFirstRep().getDiagnostics())
        .contains(FORM_ENTRY, "QuestionnaireResponse.questionnaire");
    assertThat(stray.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Bundle.entry[2]");
    assertThat(stray.getIssueFirstRep().getDiagnostics()).contains("urn:uuid:0000-stray");
    assertThat(undated.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Bundle.entry[0]");
    assertThat(undated.getIssueFirstRep().getDiagnostics())
        .contains(VisitBundles.VISIT, "Encounter.period.start");
    assertThat(documentations()).isEqualTo(before);
  }

  private static OperationOutcome refused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    return JSON.parseResource(OperationOutcome.class, response.body());
  }

  private OperationOutcome validate(String user, Bundle transaction) {
    return validated(
        Http.postJsonAs(
            user, base, "fhir/Bundle/$validate", JSON.encodeResourceToString(transaction)));
  }

  private OperationOutcome validate(String user, Bundle transaction, String acceptLanguage) {
    return validated(
        Http.postJsonAs(
            user,
            base,
            "fhir/Bundle/$validate",
            JSON.encodeResourceToString(transaction),
            acceptLanguage));
  }

  private static OperationOutcome validated(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(OperationOutcome.class, response.body());
  }

  @Test
  void validate_shouldNameTheProblemsOfAVisitAndStoreNothing() {
    int before = documentations();
    Bundle invalid = visit(QuestionnaireResponseStatus.COMPLETED);
    ((QuestionnaireResponse) invalid.getEntry().get(1).getResource())
        .getItemFirstRep()
        .addItem()
        .setLinkId("no-such-field")
        .addAnswer()
        .setValue(new org.hl7.fhir.r4.model.StringType("x"));
    Bundle batch = visit(QuestionnaireResponseStatus.COMPLETED).setType(BundleType.BATCH);

    OperationOutcome valid = validate(DOCTOR, visit(QuestionnaireResponseStatus.COMPLETED));
    OperationOutcome problems = validate(DOCTOR, invalid);
    OperationOutcome notATransaction = validate(DOCTOR, batch);
    HttpResponse<String> otherPractice =
        Http.postJsonAs(
            "dr.weber",
            base,
            "fhir/Bundle/$validate",
            JSON.encodeResourceToString(visit(QuestionnaireResponseStatus.COMPLETED)));

    assertThat(valid.getIssue())
        .singleElement()
        .satisfies(
            i -> assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION));
    assertThat(problems.getIssue())
        .anySatisfy(
            i -> {
              assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
              assertThat(i.getExpression().get(0).getValue()).contains("no-such-field");
            });
    assertThat(notATransaction.getIssueFirstRep().getDiagnostics()).contains("transaction");
    assertThat(otherPractice.statusCode()).isEqualTo(403);
    assertThat(documentations()).isEqualTo(before);
  }

  @Test
  void malformedTransactions_shouldBeRefusedWithAReason() {
    Bundle batch = visit(QuestionnaireResponseStatus.COMPLETED).setType(BundleType.BATCH);
    Bundle amended = visit(QuestionnaireResponseStatus.AMENDED);
    Bundle withoutVisit = visit(QuestionnaireResponseStatus.COMPLETED);
    withoutVisit.getEntry().remove(0);
    Bundle initial = visit(QuestionnaireResponseStatus.COMPLETED);
    var form = (QuestionnaireResponse) initial.getEntry().get(1).getResource();
    form.setQuestionnaire(form.getQuestionnaire().replace("-FD|", "-ED|"));

    Bundle visitWithoutFullUrl = visit(QuestionnaireResponseStatus.COMPLETED);
    visitWithoutFullUrl.getEntryFirstRep().setFullUrl(null);
    Bundle formWithoutPatient = visit(QuestionnaireResponseStatus.COMPLETED);
    ((QuestionnaireResponse) formWithoutPatient.getEntry().get(1).getResource()).setSubject(null);

    assertThat(post(DOCTOR, visitWithoutFullUrl).statusCode()).isEqualTo(422);
    assertThat(post(DOCTOR, formWithoutPatient).statusCode()).isEqualTo(422);
    assertThat(post(DOCTOR, batch).statusCode()).isEqualTo(400);
    assertThat(post(DOCTOR, amended).body()).contains("completed");
    assertThat(post(DOCTOR, withoutVisit).statusCode()).isEqualTo(422);
    HttpResponse<String> wrongForm = post(DOCTOR, initial);
    assertThat(wrongForm.statusCode()).isEqualTo(422);
    assertThat(wrongForm.body()).contains("is due its FD");
  }

  @Test
  void writesNotOffered_shouldBe405SayingHowSuchRecordsAreWritten() {
    HttpResponse<String> observation =
        Http.postJsonAs(
            DOCTOR,
            base,
            "fhir/Observation",
            """
            {"resourceType":"Observation","status":"final",
             "code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},
             "subject":{"reference":"Patient/%s"},"valueQuantity":{"value":7.1,"unit":"%%"}}"""
                .formatted(patient));
    HttpResponse<String> organization =
        Http.putJsonAs(
            DOCTOR,
            base,
            "fhir/Organization/practice-1",
            "{\"resourceType\":\"Organization\",\"id\":\"practice-1\"}",
            "W/\"0\"");

    assertThat(observation.statusCode()).isEqualTo(405);
    assertThat(observation.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain("POST"));
    assertThat(
            JSON.parseResource(OperationOutcome.class, observation.body())
                .getIssueFirstRep()
                .getDiagnostics())
        .contains("transaction Bundle", "QuestionnaireResponse", "docs/fhir.md");
    assertThat(organization.statusCode()).isEqualTo(405);
    assertThat(
            JSON.parseResource(OperationOutcome.class, organization.body())
                .getIssueFirstRep()
                .getDiagnostics())
        .contains("Organization does not offer update", "read", "search-type");
  }

  @Test
  void anotherPractice_shouldBeRefusedAndStoreNothing() {
    int before = documentations();

    HttpResponse<String> refused = post("dr.weber", visit(QuestionnaireResponseStatus.COMPLETED));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(documentations()).isEqualTo(before);
  }
}
