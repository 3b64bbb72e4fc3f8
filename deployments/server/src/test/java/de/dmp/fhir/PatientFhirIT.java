package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import de.dmp.platform.time.ClockProducer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The FHIR endpoint from outside, over HTTP, as an insurer's or a practice's system uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(PatientFhirIT.class);
  }

  @ArquillianResource private URL base;

  static String uniqueFamilyName() {
    return "Fhir" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static String patientJson(String family, String birthDate, String gender) {
    return """
        {"resourceType":"Patient",
         "name":[{"use":"official","family":"%s","given":["Anna"]}],
         "birthDate":"%s","gender":"%s"}"""
        .formatted(family, birthDate, gender);
  }

  private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(
      Class<T> type, HttpResponse<String> response) {
    return JSON.parseResource(type, response.body());
  }

  private static List<String> ids(Bundle page) {
    return page.getEntry().stream().map(entry -> entry.getResource().getIdPart()).toList();
  }

  private int matches(String family) {
    return parse(Bundle.class, Http.get(base, "fhir/Patient?family=" + family)).getTotal();
  }

  @Test
  void metadata_shouldDescribeTheServerAsFhirR4WithPatient() {
    HttpResponse<String> response = Http.get(base, "fhir/metadata");

    assertThat(response.statusCode()).isEqualTo(200);
    var capabilities = parse(CapabilityStatement.class, response);
    assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
    assertThat(capabilities.getRestFirstRep().getResource())
        .anySatisfy(resource -> assertThat(resource.getType()).isEqualTo("Patient"));
  }

  @Test
  void metadata_shouldListExactlyTheResourcesAndInteractionsOffered() {
    var rest = parse(CapabilityStatement.class, Http.get(base, "fhir/metadata")).getRestFirstRep();
    Map<String, List<String>> interactions = new TreeMap<>();
    rest.getResource()
        .forEach(
            r ->
                interactions.put(
                    r.getType(),
                    r.getInteraction().stream().map(i -> i.getCode().toCode()).sorted().toList()));

    assertThat(interactions)
        .containsEntry("Patient", List.of("create", "read", "search-type", "update", "vread"))
        .containsEntry("Observation", List.of("read", "search-type"))
        .containsEntry("AuditEvent", List.of("search-type"))
        .containsKeys(
            "QuestionnaireResponse", "Encounter", "Consent", "CarePlan", "Measure", "Group");
    assertThat(interactions.get("Group")).isEmpty();
    assertThat(rest.getInteraction()).extracting(i -> i.getCode().toCode()).contains("transaction");
    assertThat(rest.getOperation())
        .extracting(o -> o.getName())
        .contains("export", "export-poll-status", "load-programme-definition");
  }

  @Test
  void create_shouldStoreThePatientAndAnswerWithItsLocation() {
    String family = uniqueFamilyName();

    HttpResponse<String> created =
        Http.postJson(base, "fhir/Patient", patientJson(family, "1956-03-14", "female"));

    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/fhir/Patient/");
    String id = parse(Patient.class, created).getIdElement().getIdPart();

    HttpResponse<String> read = Http.get(base, "fhir/Patient/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    Patient patient = parse(Patient.class, read);
    assertThat(patient.getNameFirstRep().getFamily()).isEqualTo(family);
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1956-03-14");
  }

  private static final String KVNR = "http://fhir.de/sid/gkv/kvid-10";

  private List<String> expressions(HttpResponse<String> response) {
    return parse(OperationOutcome.class, response).getIssue().stream()
        .flatMap(issue -> issue.getExpression().stream())
        .map(StringType::getValue)
        .toList();
  }

  @Test
  void create_shouldRefuseEveryElementTheRecordCannotKeepByItsPathAndStoreNothing() {
    String family = uniqueFamilyName();
    String kvnr = NewPatients.insuranceNumber();
    String body =
        """
        {"resourceType":"Patient",
         "identifier":[{"system":"%s","value":"%s","assigner":{"reference":"%s"}},
                       {"system":"http://example.org/mrn","value":"4711"}],
         "name":[{"use":"official","family":"%s","given":["Anna","Maria"]}],
         "telecom":[{"system":"phone","value":"030 1234567"}],
         "gender":"female","birthDate":"1941-02-03","deceasedBoolean":true,
         "address":[{"line":["Hauptstr. 1"],"city":"Berlin","postalCode":"10115"},
                    {"use":"old","city":"Wien","country":"AT"}],
         "maritalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-MaritalStatus","code":"W"}]},
         "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"de"}]}}]}"""
            .formatted(KVNR, kvnr, demoInsurer(), family);

    HttpResponse<String> created = Http.postJson(base, "fhir/Patient", body);
    HttpResponse<String> validated = Http.postJson(base, "fhir/Patient/$validate", body);
    HttpResponse<String> conditional =
        Http.postJsonIfNoneExist(base, "fhir/Patient", body, "identifier=" + KVNR + "|" + kvnr);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
    assertThat(expressions(created))
        .containsExactlyInAnyOrder(
            "Patient.identifier[1]",
            "Patient.deceasedBoolean",
            "Patient.address[1]",
            "Patient.maritalStatus",
            "Patient.communication");
    assertThat(parse(OperationOutcome.class, created).getIssue())
        .allSatisfy(issue -> assertThat(issue.getDiagnostics()).isNotBlank());
    assertThat(expressions(validated)).containsAll(expressions(created));
    assertThat(conditional.statusCode()).isEqualTo(422);
    assertThat(matches(family)).isZero();
  }

  @Test
  void create_shouldKeepAllGivenNamesPhoneAndEmailAndAnswerAtItsLocation() {
    String family = uniqueFamilyName();
    String body =
        """
        {"resourceType":"Patient",
         "name":[{"use":"official","family":"%s","given":["Anna","Maria"]}],
         "telecom":[{"system":"phone","value":"030 1234567"},
                    {"system":"email","value":"anna.maria@example.de"}],
         "gender":"female","birthDate":"1956-03-14"}"""
            .formatted(family);

    HttpResponse<String> created = Http.postJson(base, "fhir/Patient", body);
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> atLocation =
        Http.get(base, location.substring(location.indexOf("fhir/Patient/")));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(atLocation.statusCode()).as(location).isEqualTo(200);
    Patient read = parse(Patient.class, atLocation);
    assertThat(read.getNameFirstRep().getGiven())
        .extracting(StringType::getValue)
        .containsExactly("Anna", "Maria");
    assertThat(read.getTelecom())
        .extracting(t -> t.getSystem().toCode() + " " + t.getValue())
        .containsExactly("phone 030 1234567", "email anna.maria@example.de");
  }

  @Test
  void address_shouldBeKeptCorrectedAndRefusedWhenTheRecordCannotHoldIt() {
    String body =
        """
        {"resourceType":"Patient",
         "name":[{"use":"official","family":"%s","given":["Anna"]}],
         "address":[{"use":"home","line":["Am Weinberg 12a"],"postalCode":"10119",
                     "city":"Berlin","country":"DE"}],
         "gender":"female","birthDate":"1956-03-14"}"""
            .formatted(uniqueFamilyName());
    HttpResponse<String> created = Http.postJson(base, "fhir/Patient", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = Http.get(base, location.substring(location.indexOf("fhir/")));
    Patient patient = parse(Patient.class, read);
    String path = "fhir/Patient/" + patient.getIdElement().getIdPart();
    String etag = read.headers().firstValue("ETag").orElseThrow();
    Address address = patient.getAddressFirstRep();
    assertThat(address.getLine())
        .extracting(StringType::getValue)
        .containsExactly("Am Weinberg 12a");
    assertThat(List.of(address.getPostalCode(), address.getCity(), address.getCountry()))
        .containsExactly("10119", "Berlin", "DE");

    Patient abroad = patient.copy();
    abroad.getAddressFirstRep().setCountry("AT");
    Patient withoutCity = patient.copy();
    withoutCity.getAddressFirstRep().setCity(null);
    Patient moved = patient.copy();
    moved.getAddressFirstRep().setLine(List.of(new StringType("Hohe Str. 5"))).setCity("Köln");
    moved.getAddressFirstRep().setPostalCode("50667");
    HttpResponse<String> refusedAbroad =
        Http.putJsonAs(Http.DOCTOR, base, path, JSON.encodeResourceToString(abroad), etag);
    HttpResponse<String> refusedWithoutCity =
        Http.putJsonAs(Http.DOCTOR, base, path, JSON.encodeResourceToString(withoutCity), etag);
    HttpResponse<String> updated =
        Http.putJsonAs(Http.DOCTOR, base, path, JSON.encodeResourceToString(moved), etag);

    assertThat(refusedAbroad.statusCode()).as(refusedAbroad.body()).isEqualTo(422);
    assertThat(expressions(refusedAbroad)).containsExactly("Patient.address[0].country");
    assertThat(refusedWithoutCity.statusCode()).as(refusedWithoutCity.body()).isEqualTo(422);
    assertThat(expressions(refusedWithoutCity)).containsExactly("Patient.address.city");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    Address now = parse(Patient.class, Http.get(base, path)).getAddressFirstRep();
    assertThat(now.getLine()).extracting(StringType::getValue).containsExactly("Hohe Str. 5");
    assertThat(List.of(now.getPostalCode(), now.getCity())).containsExactly("50667", "Köln");
  }

  @Test
  void vread_shouldAnswerTheCurrentVersionAnd404ForAnyOther() {
    String id = created(uniqueFamilyName());
    String version =
        parse(Patient.class, Http.get(base, "fhir/Patient/" + id)).getMeta().getVersionId();

    HttpResponse<String> current = Http.get(base, "fhir/Patient/" + id + "/_history/" + version);
    HttpResponse<String> other = Http.get(base, "fhir/Patient/" + id + "/_history/99");

    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(parse(OperationOutcome.class, other).getIssueFirstRep().getDiagnostics())
        .contains("is not kept", "Patient/" + id);
  }

  @Test
  void update_shouldKeepTheDayOfDeathAndEndTheEnrolmentsOnIt() {
    String id = NewPatients.enrolledInDm2(base, uniqueFamilyName());
    String path = "fhir/Patient/" + id;
    HttpResponse<String> read = Http.get(base, path);
    Patient patient = parse(Patient.class, read);
    String today = LocalDate.now(ClockProducer.BERLIN).toString();
    patient.setDeceased(new DateTimeType(today));

    HttpResponse<String> updated =
        Http.putJsonAs(
            Http.DOCTOR,
            base,
            path,
            JSON.encodeResourceToString(patient),
            read.headers().firstValue("ETag").orElseThrow());

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    Patient now = parse(Patient.class, Http.get(base, path));
    assertThat(now.getDeceasedDateTimeType().getValueAsString()).isEqualTo(today);
    Bundle episodes =
        parse(Bundle.class, Http.get(base, "fhir/EpisodeOfCare?patient=Patient/" + id));
    assertThat(episodes.getEntry())
        .isNotEmpty()
        .extracting(entry -> ((EpisodeOfCare) entry.getResource()).getStatus())
        .containsOnly(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
  }

  @Test
  void update_shouldReplacePhoneAndRefuseToDropTheInsuranceNumber() {
    HttpResponse<String> created =
        Http.postJson(
            base, "fhir/Patient", insuredPatientJson(NewPatients.insuranceNumber(), demoInsurer()));
    Patient patient = parse(Patient.class, created);
    String id = patient.getIdElement().getIdPart();
    String path = "fhir/Patient/" + id;
    String etag = Http.get(base, path).headers().firstValue("ETag").orElseThrow();
    patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("0171 555");
    Patient withoutInsurance = patient.copy().setIdentifier(List.of());

    HttpResponse<String> dropped =
        Http.putJsonAs(
            Http.DOCTOR, base, path, JSON.encodeResourceToString(withoutInsurance), etag);
    HttpResponse<String> updated =
        Http.putJsonAs(Http.DOCTOR, base, path, JSON.encodeResourceToString(patient), etag);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(dropped.statusCode()).isEqualTo(422);
    assertThat(dropped.body()).contains("Patient.identifier");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    Patient now = parse(Patient.class, Http.get(base, path));
    assertThat(now.getTelecomFirstRep().getValue()).isEqualTo("0171 555");
    assertThat(now.getIdentifierFirstRep().getValue())
        .isEqualTo(patient.getIdentifierFirstRep().getValue());
  }

  private String insuredPatientJson(String kvnr, String assigner) {
    return """
        {"resourceType":"Patient",
         "identifier":[{"system":"%s","value":"%s","assigner":{"reference":"%s"}}],
         "name":[{"family":"%s","given":["Jonas"]}],"birthDate":"1971-07-01","gender":"male"}"""
        .formatted(KVNR, kvnr, assigner, uniqueFamilyName());
  }

  /** The insurer of the demo patients, as the assigner of their insurance numbers names it. */
  private String demoInsurer() {
    return parse(Bundle.class, Http.get(base, "fhir/Patient?_count=50")).getEntry().stream()
        .map(e -> (Patient) e.getResource())
        .filter(Patient::hasIdentifier)
        .findFirst()
        .orElseThrow()
        .getIdentifierFirstRep()
        .getAssigner()
        .getReference();
  }

  @Test
  void conditionalCreate_shouldRegisterAnInsuranceNumberOnceAndFindItByIdentifier() {
    String kvnr = NewPatients.insuranceNumber();
    String body = insuredPatientJson(kvnr, demoInsurer());
    String search = "identifier=" + KVNR + "|" + kvnr;

    HttpResponse<String> first = Http.postJsonIfNoneExist(base, "fhir/Patient", body, search);
    HttpResponse<String> again = Http.postJsonIfNoneExist(base, "fhir/Patient", body, search);
    Bundle found =
        parse(Bundle.class, Http.get(base, "fhir/Patient?identifier=" + KVNR + "%7C" + kvnr));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    String id = parse(Patient.class, first).getIdElement().getIdPart();
    assertThat(parse(Patient.class, again).getIdElement().getIdPart()).isEqualTo(id);
    assertThat(found.getEntry())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(id);
              assertThat(((Patient) e.getResource()).getIdentifierFirstRep().getValue())
                  .isEqualTo(kvnr);
            });
    assertThat(
            parse(Bundle.class, Http.getAs("dr.aydin", base, "fhir/Patient?identifier=" + kvnr))
                .getEntry())
        .as("another practice does not learn that the insurance number is taken")
        .isEmpty();
  }

  @Test
  void conditionalCreate_shouldRefuseOtherSearchesAndInvalidIdentifiersAndStoreNothing() {
    String kvnr = NewPatients.insuranceNumber();
    String search = "identifier=" + KVNR + "|" + kvnr;

    HttpResponse<String> byName =
        Http.postJsonIfNoneExist(
            base, "fhir/Patient", insuredPatientJson(kvnr, demoInsurer()), "family=Meyer");
    HttpResponse<String> practiceAsAssigner =
        Http.postJsonIfNoneExist(
            base, "fhir/Patient", insuredPatientJson(kvnr, "Organization/practice-1"), search);
    HttpResponse<String> malformed =
        Http.postJsonIfNoneExist(
            base,
            "fhir/Patient",
            insuredPatientJson("123", demoInsurer()),
            "identifier=" + KVNR + "|123");
    String mistyped = kvnr.substring(0, 9) + (kvnr.charAt(9) - '0' + 1) % 10;
    HttpResponse<String> wrongCheckDigit =
        Http.postJsonIfNoneExist(
            base,
            "fhir/Patient",
            insuredPatientJson(mistyped, demoInsurer()),
            "identifier=" + KVNR + "|" + mistyped);
    HttpResponse<String> otherSystem =
        Http.get(base, "fhir/Patient?identifier=urn:other%7C" + kvnr);

    assertThat(byName.statusCode()).isEqualTo(400);
    assertThat(practiceAsAssigner.statusCode()).isEqualTo(422);
    assertThat(practiceAsAssigner.body()).contains("Patient.identifier.assigner");
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.body()).contains("Patient.identifier.value");
    assertThat(wrongCheckDigit.statusCode()).isEqualTo(422);
    assertThat(wrongCheckDigit.body()).contains("Patient.identifier.value", "check digit");
    assertThat(otherSystem.statusCode()).isEqualTo(400);
    assertThat(parse(Bundle.class, Http.get(base, "fhir/Patient?identifier=" + kvnr)).getEntry())
        .isEmpty();
    assertThat(
            parse(Bundle.class, Http.get(base, "fhir/Patient?identifier=" + mistyped)).getEntry())
        .isEmpty();
  }

  @Test
  void validate_shouldCheckAPatientAsACreateWouldAndStoreNothing() {
    String family = uniqueFamilyName();

    HttpResponse<String> valid =
        Http.postJson(base, "fhir/Patient/$validate", patientJson(family, "1956-03-14", "female"));
    HttpResponse<String> invalid =
        Http.postJson(base, "fhir/Patient/$validate", patientJson(family, "2999-01-01", "female"));

    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(parse(OperationOutcome.class, valid).getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(parse(OperationOutcome.class, invalid).getIssue())
        .anySatisfy(
            i -> {
              assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
              assertThat(i.getExpression().get(0).getValue()).isEqualTo("Patient.birthDate");
            });
    assertThat(matches(family)).isZero();
  }

  @Test
  void search_shouldFindByTheStartOfTheFamilyNameIgnoringCase() {
    String family = uniqueFamilyName();
    Http.postJson(base, "fhir/Patient", patientJson(family, "1960-01-01", "male"));
    Http.postJson(base, "fhir/Patient", patientJson(family, "1961-01-01", "female"));

    HttpResponse<String> response =
        Http.get(base, "fhir/Patient?family=" + family.substring(0, 10).toLowerCase());

    assertThat(response.statusCode()).isEqualTo(200);
    Bundle bundle = parse(Bundle.class, response);
    assertThat(bundle.getTotal()).isEqualTo(2);
    assertThat(bundle.getEntry())
        .extracting(entry -> ((Patient) entry.getResource()).getNameFirstRep().getFamily())
        .containsOnly(family);
  }

  @Test
  void search_shouldPageLargeResults() {
    String family = uniqueFamilyName();
    for (int i = 0; i < 3; i++) {
      Http.postJson(base, "fhir/Patient", patientJson(family, "1970-01-0" + (i + 1), "male"));
    }

    Bundle first =
        parse(Bundle.class, Http.get(base, "fhir/Patient?family=" + family + "&_count=2"));

    assertThat(first.getTotal()).isEqualTo(3);
    assertThat(first.getEntry()).hasSize(2);
    assertThat(first.getLink(Bundle.LINK_NEXT)).isNotNull();
    Bundle second = parse(Bundle.class, Http.get(base, first.getLink(Bundle.LINK_NEXT).getUrl()));
    // the server keeps nothing between pages: a link nobody was given, followed by another user
    Bundle byHand =
        parse(
            Bundle.class,
            Http.getAs("mfa.weber", base, "fhir/Patient?family=" + family + "&_count=2&_offset=2"));
    assertThat(second.getEntry()).hasSize(1);
    assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    assertThat(ids(byHand)).isEqualTo(ids(second));
    HttpResponse<String> heldPage = Http.get(base, "fhir?_getpages=an-old-link&_getpagesoffset=2");
    assertThat(heldPage.statusCode()).as(heldPage.body()).isBetween(400, 499);
    assertThat(parse(OperationOutcome.class, heldPage).getIssue()).isNotEmpty();
    assertThat(Http.get(base, "fhir/Patient?family=" + family + "&_offset=-1").statusCode())
        .isEqualTo(400);
    assertThat(Http.get(base, "fhir/Patient?family=" + family + "&_count=many").statusCode())
        .isEqualTo(400);
  }

  @Test
  void create_shouldRefuseAnInvalidPatientWith422AndStoreNothing() {
    String family = uniqueFamilyName();

    HttpResponse<String> response =
        Http.postJson(base, "fhir/Patient", patientJson(family, "2999-01-01", "female"));

    assertThat(response.statusCode()).isEqualTo(422);
    var outcome = parse(OperationOutcome.class, response);
    assertThat(outcome.getIssue())
        .flatExtracting(OperationOutcome.OperationOutcomeIssueComponent::getExpression)
        .extracting(StringType::getValue)
        .containsExactly("Patient.birthDate");
    assertThat(outcome.getIssueFirstRep().getDiagnostics())
        .isEqualTo("Date of birth must not be in the future.");
    assertThat(matches(family)).isZero();
  }

  @Test
  void create_shouldNameEveryMissingElement() {
    HttpResponse<String> response =
        Http.postJson(base, "fhir/Patient", "{\"resourceType\":\"Patient\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(parse(OperationOutcome.class, response).getIssue())
        .flatExtracting(OperationOutcome.OperationOutcomeIssueComponent::getExpression)
        .extracting(StringType::getValue)
        .containsExactlyInAnyOrder(
            "Patient.name.family", "Patient.name.given", "Patient.birthDate", "Patient.gender");
  }

  @Test
  void create_shouldRefuseMalformedJsonWith400() {
    HttpResponse<String> response =
        Http.postJson(base, "fhir/Patient", "{\"resourceType\":\"Patient\", \"name\": [");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(parse(OperationOutcome.class, response).getIssue()).isNotEmpty();
    assertThat(response.body()).doesNotContain("at ca.uhn", "at java.");
  }

  @Test
  void read_shouldAnswer404ForAnUnknownOrMalformedId() {
    assertThat(Http.get(base, "fhir/Patient/999999999").statusCode()).isEqualTo(404);
    assertThat(Http.get(base, "fhir/Patient/not-a-number").statusCode()).isEqualTo(404);
  }

  @Test
  void search_shouldRefuseUnsupportedModifiersWith400() {
    HttpResponse<String> response = Http.get(base, "fhir/Patient?family:exact=Muster");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(parse(OperationOutcome.class, response).getIssueFirstRep().getDiagnostics())
        .contains(":exact");
  }

  private String created(String family) {
    HttpResponse<String> created =
        Http.postJson(base, "fhir/Patient", patientJson(family, "1956-03-14", "female"));
    assertThat(created.statusCode()).isEqualTo(201);
    return parse(Patient.class, created).getIdElement().getIdPart();
  }

  static String withId(String id, String json) {
    return json.replace(
        "{\"resourceType\":\"Patient\",", "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",");
  }

  /** A PUT of the patient with that family name and birth date, as the user, with If-Match. */
  private HttpResponse<String> correct(
      String user, String id, String family, String birthDate, String ifMatch) {
    return Http.putJsonAs(
        user,
        base,
        "fhir/Patient/" + id,
        withId(id, patientJson(family, birthDate, "female")),
        ifMatch);
  }

  @Test
  void update_shouldCorrectThePatientAtTheVersionReadOnly() {
    String family = uniqueFamilyName();
    String id = created(family);
    HttpResponse<String> read = Http.get(base, "fhir/Patient/" + id);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> updated = correct(Http.DOCTOR, id, family + "x", "1956-03-15", etag);
    HttpResponse<String> stale = correct(Http.DOCTOR, id, family + "y", "1956-03-15", etag);

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    Patient now = parse(Patient.class, Http.get(base, "fhir/Patient/" + id));
    assertThat(now.getNameFirstRep().getFamily()).isEqualTo(family + "x");
    assertThat(now.getBirthDateElement().getValueAsString()).isEqualTo("1956-03-15");
    assertThat(now.getMeta().getVersionId())
        .isNotEqualTo(parse(Patient.class, read).getMeta().getVersionId());
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(parse(OperationOutcome.class, stale).getIssueFirstRep().getDiagnostics())
        .contains("changed by someone else");
    assertThat(matches(family + "y")).isZero();
  }

  @Test
  void update_shouldRefuseWithoutIfMatchInvalidOrForeignWritesAndStoreNothing() {
    String family = uniqueFamilyName();
    String id = created(family);
    String etag = Http.get(base, "fhir/Patient/" + id).headers().firstValue("ETag").orElseThrow();
    String path = "fhir/Patient/" + id;

    HttpResponse<String> withoutIfMatch =
        correct(Http.DOCTOR, id, family + "a", "1956-03-14", null);
    HttpResponse<String> invalid = correct(Http.DOCTOR, id, family + "b", "2999-01-01", etag);
    HttpResponse<String> otherId =
        Http.putJsonAs(
            Http.DOCTOR,
            base,
            path,
            withId("1", patientJson(family + "c", "1956-03-14", "female")),
            etag);
    HttpResponse<String> badTag = correct(Http.DOCTOR, id, family + "d", "1956-03-14", "*");
    HttpResponse<String> otherPractice = correct("dr.aydin", id, family + "e", "1956-03-14", etag);
    HttpResponse<String> insurer = correct("kasse.demo", id, family + "f", "1956-03-14", etag);

    assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
    assertThat(withoutIfMatch.body()).contains("If-Match");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(otherId.statusCode()).isEqualTo(400);
    assertThat(badTag.statusCode()).isEqualTo(400);
    assertThat(otherPractice.statusCode()).isEqualTo(403);
    assertThat(otherPractice.body()).doesNotContain(family);
    assertThat(insurer.statusCode()).isEqualTo(403);
    Patient unchanged = parse(Patient.class, Http.get(base, path));
    assertThat(unchanged.getNameFirstRep().getFamily()).isEqualTo(family);
    assertThat(unchanged.getBirthDateElement().getValueAsString()).isEqualTo("1956-03-14");
  }
}
