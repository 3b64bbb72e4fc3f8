package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.boundary.EdmpFiles;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.it.Deployments;
import de.dmp.it.EdmpRecords;
import de.dmp.it.EdmpRecords.Site;
import de.dmp.it.Http;
import de.dmp.it.TestData;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eDMP file of a documentation over FHIR: DocumentReference read, and searched by patient and
 * period.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentReferenceFhirIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(DocumentReferenceFhirIT.class)
        .addAsLibrary(
            Deployments.testLibrary(DocumentReferenceFhirIT.class, EdmpRecords.class, Http.class));
  }

  @Inject private EdmpRecords records;
  @Inject private EdmpFiles files;
  @Inject private TestData data;

  @ArquillianResource private URL base;

  private Site site;
  private Documentation complete;
  private Documentation draft;

  @BeforeEach
  void aCompleteDocumentationAndADraft() {
    site = records.site();
    site.clinic()
        .asDoctor(
            () -> {
              var practice = site.clinic().practice();
              complete =
                  records.document(
                      data.enrol(site.patient(), practice, "DM2", "E11.9"),
                      site.doctor().getId(),
                      true);
              draft =
                  records.document(
                      data.enrol(site.patient(), practice, "KHK", "I25.1"),
                      site.doctor().getId(),
                      false);
            });
  }

  private HttpResponse<String> get(String user, String path) {
    return Http.getAs(user, base, "fhir/" + path);
  }

  private static String compact(HttpResponse<String> response) {
    return response.body().replaceAll("\\s", "");
  }

  @Test
  void read_shouldAnswerTheFileWithItsTypeAndDocumentation() {
    EdmpFile file = site.clinic().doctor(() -> files.file(complete.getId()).file());

    HttpResponse<String> answer =
        get(site.clinic().staff(), "DocumentReference/" + complete.getId());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(compact(answer))
        .contains(
            "\"resourceType\":\"DocumentReference\"",
            "\"system\":\"urn:oid:1.2.276.0.76.5.100\",\"code\":\"EDMP_DIABETES2_EE\"",
            "\"subject\":{\"reference\":\"Patient/" + site.patient().getId() + "\"}",
            "\"reference\":\"QuestionnaireResponse/" + complete.getId() + "\"",
            "\"contentType\":\"application/xml;charset=ISO-8859-15\"",
            "\"data\":\"" + Base64.getEncoder().encodeToString(file.content()) + "\"",
            "\"title\":\"" + file.name() + "\"");
  }

  @Test
  void search_shouldFindTheCompleteDocumentationsOfThePatient() {
    HttpResponse<String> answer =
        get(site.clinic().doctor(), "DocumentReference?patient=" + site.patient().getId());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(compact(answer))
        .contains("\"total\":1", "QuestionnaireResponse/" + complete.getId())
        .doesNotContain("QuestionnaireResponse/" + draft.getId());
  }

  @Test
  void search_shouldFindTheFilesOfThePeriodOnly() {
    String patient = "DocumentReference?patient=" + site.patient().getId();
    String day = complete.getDocumentedOn().toString();

    HttpResponse<String> ofTheDay =
        get(site.clinic().doctor(), patient + "&period=ge" + day + "&period=le" + day);
    HttpResponse<String> after = get(site.clinic().doctor(), patient + "&period=gt" + day);
    HttpResponse<String> ofTheMonth =
        get(site.clinic().doctor(), patient + "&period=" + day.substring(0, 7));

    assertThat(compact(ofTheDay))
        .contains("\"total\":1", "QuestionnaireResponse/" + complete.getId());
    assertThat(compact(after)).contains("\"total\":0");
    assertThat(compact(ofTheMonth)).contains("\"total\":1");
    assertThat(get(site.clinic().doctor(), patient + "&period=gestern").statusCode())
        .isEqualTo(400);
  }

  @Test
  void read_shouldRefuseADraftAnUnknownIdAndAnotherPractice() {
    HttpResponse<String> ofDraft =
        get(site.clinic().doctor(), "DocumentReference/" + draft.getId());
    assertThat(ofDraft.statusCode()).isEqualTo(422);
    assertThat(ofDraft.body()).contains("A draft has no eDMP file");

    assertThat(get(site.clinic().doctor(), "DocumentReference/999999999").statusCode())
        .isEqualTo(404);

    String stranger = data.clinic().doctor();
    HttpResponse<String> foreign = get(stranger, "DocumentReference/" + complete.getId());
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).doesNotContain("EDMP_DIABETES2");
    assertThat(get(stranger, "DocumentReference?patient=" + site.patient().getId()).statusCode())
        .isEqualTo(403);
  }
}
