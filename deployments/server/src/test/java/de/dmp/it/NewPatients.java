package de.dmp.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.patient.entity.InsuranceNumber;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** New patients for black-box tests, made over FHIR as practice software would. */
public final class NewPatients {

  /** How the family names of the patients the tests create begin. */
  public static final String PREFIX = "Aaa";

  private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

  private NewPatients() {}

  /**
   * A family name that sorts before every earlier run's, so that the new patient is on the first
   * page of a worklist sorted by patient however many runs the test database has seen.
   */
  public static String firstInTheAlphabet() {
    return PREFIX + String.format("%013d", Long.MAX_VALUE / 1_000_000 - System.currentTimeMillis());
  }

  /** A random KVNR: a capital letter, eight digits and the check digit. */
  public static String insuranceNumber() {
    var random = ThreadLocalRandom.current();
    return InsuranceNumber.withCheckDigit(
        (char) ('A' + random.nextInt(26)), random.nextInt(100_000_000));
  }

  /** A new insured patient of the demo doctor's practice, not enrolled; the patient's id. */
  public static String insured(URL base, String family) {
    return created(
        base,
        """
        {"resourceType":"Patient","name":[{"family":"%s","given":["Greta"]}],
         "identifier":[{"system":"http://fhir.de/sid/gkv/kvid-10","value":"%s",
          "assigner":{"reference":"Organization/insurer-1"}}],
         "birthDate":"1958-04-03","gender":"female"}"""
            .formatted(family, insuranceNumber()));
  }

  /** A new patient of the demo doctor's practice without insurance, as a visit might begin. */
  public static String uninsured(URL base, String family) {
    return created(
        base,
        """
        {"resourceType":"Patient","name":[{"family":"%s","given":["Ilse"]}],
         "birthDate":"1950-04-03","gender":"female"}"""
            .formatted(family));
  }

  private static String created(URL base, String patient) {
    HttpResponse<String> created = Http.postJson(base, "fhir/Patient", patient);
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    return id.group(1);
  }

  /**
   * A new patient of the demo doctor's practice, enrolled in DM2 today over FHIR, so that its
   * initial documentation is due; the patient's id.
   */
  public static String enrolledInDm2(URL base, String family) {
    return enrolledInDm2Since(base, family, LocalDate.now());
  }

  /** Like {@link #enrolledInDm2}, enrolled (and consenting) since that day. */
  public static String enrolledInDm2Since(URL base, String family, LocalDate since) {
    String id = insured(base, family);
    String patient = "Patient/" + id;
    String start = since.toString();
    String enrolment =
        """
        {"resourceType":"Bundle","type":"transaction","entry":[
         {"fullUrl":"urn:uuid:episode","request":{"method":"POST","url":"EpisodeOfCare"},
          "resource":{"resourceType":"EpisodeOfCare","status":"active","patient":{"reference":"%1$s"},
           "type":[{"coding":[{"system":"https://fhir.kbv.de/CodeSystem/KBV_CS_SFHIR_KBV_DMP","code":"01"}]}],
           "managingOrganization":{"reference":"Organization/practice-1"},"period":{"start":"%2$s"},
           "diagnosis":[{"condition":{"reference":"urn:uuid:diagnosis"}}]}},
         {"fullUrl":"urn:uuid:diagnosis","request":{"method":"POST","url":"Condition"},
          "resource":{"resourceType":"Condition","subject":{"reference":"%1$s"},
           "code":{"coding":[{"system":"http://fhir.de/CodeSystem/bfarm/icd-10-gm","code":"E11.9"}]},
           "onsetDateTime":"2024-03-01"}},
         {"request":{"method":"POST","url":"Consent"},
          "resource":{"resourceType":"Consent","status":"active","patient":{"reference":"%1$s"},
           "dateTime":"%2$s"}}]}"""
            .formatted(patient, start);
    HttpResponse<String> enrolled = Http.postJson(base, "fhir", enrolment);
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
    return id;
  }

  /**
   * The patients of the demo doctor's practice taking part in a programme (active enrolments of the
   * demo population, with their documentations), looked up one by one as they are taken.
   */
  public static Stream<String> activelyEnrolled(URL base) {
    return Pattern.compile("\"fullUrl\":\"[^\"]*/Patient/(\\d+)\"")
        .matcher(Http.get(base, "fhir/Patient?_count=100").body())
        .results()
        .map(found -> found.group(1))
        .filter(
            id ->
                Http.get(base, "fhir/EpisodeOfCare?status=active&patient=Patient/" + id)
                    .body()
                    .contains("\"resourceType\":\"EpisodeOfCare\""));
  }
}
