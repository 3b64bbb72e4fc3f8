package de.dmp.edmp.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.Deployments;
import de.dmp.it.EdmpRecords;
import de.dmp.it.EdmpRecords.Site;
import de.dmp.it.KbvSchemas;
import de.dmp.it.Pages;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.entity.Patient;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practitioner;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The eDMP file of a stored documentation, built from the records and valid for KBV's schema. */
@ExtendWith(ArquillianExtension.class)
class EdmpFilesIT {

  /** DM2 6.07 is in force for the test data's documentation day (2025); its schema is complete. */
  private static final String DM2_607 = "DM2_607";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(EdmpFilesIT.class)
        .addAsLibrary(
            Deployments.testLibrary(
                EdmpFilesIT.class, EdmpRecords.class, Pages.class, KbvSchemas.class));
  }

  @Inject private EdmpFiles files;
  @Inject private EdmpRecords records;
  @Inject private TestData data;

  @ArquillianResource private URL base;

  private Clinic clinic;
  private Practitioner doctor;
  private Patient patient;
  private Insurer insurer;

  @BeforeEach
  void clinicWithAddressAndDoctor() {
    Site site = records.site();
    clinic = site.clinic();
    doctor = site.doctor();
    patient = site.patient();
    insurer = site.insurer();
  }

  private Documentation document(Enrolment enrolment, Long practitionerId, boolean complete) {
    return records.document(enrolment, practitionerId, complete);
  }

  @Test
  void file_shouldBeTheKbvFileOfTheDocumentationAndValidateAgainstItsSchema() {
    clinic.asDoctor(
        () -> {
          var enrolment = data.enrol(patient, clinic.practice(), "DM2", "E11.9");
          var documentation = document(enrolment, doctor.getId(), true);

          EdmpFile file = files.file(documentation.getId()).file();

          assertThat(file.name())
              .isEqualTo(
                  clinic.practice().getBsnr()
                      + "_"
                      + enrolment.getDmpCase().getCaseNumber()
                      + "_20250115.EED2");
          String xml = new String(file.content(), Charset.forName("ISO-8859-15"));
          assertThat(xml)
              .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>")
              .contains("<id EX=\"" + doctor.getLanr() + "\" RT=\"LANR\"/>")
              .contains("<FAM V=\"Müller\"/>")
              .contains("<STR V=\"Lindenallee\"/>")
              .contains("Versichertennummer V=\"" + patient.getInsuranceNumber() + "\"")
              .contains("Kostentraegerkennung V=\"" + insurer.getInstitutionCode())
              .contains("SoftwareVersion V=\"6.07\"");
          assertThat(KbvSchemas.errors(DM2_607, file.content())).isEmpty();
        });
  }

  @Test
  void file_shouldRefuseADraftAndAProgrammeWithoutInterface() {
    clinic.asDoctor(
        () -> {
          var dm2 = data.enrol(patient, clinic.practice(), "DM2", "E11.9");
          var draft = document(dm2, doctor.getId(), false);
          assertThatThrownBy(() -> files.file(draft.getId()))
              .isInstanceOfSatisfying(
                  EdmpRefusedException.class,
                  e ->
                      assertThat(e.message(Locale.GERMAN))
                          .contains("Entwurf hat keine eDMP-Datei"));

          var brust = data.enrol(data.insuredPatient(), clinic.practice(), "BRUST", "C50.9");
          var breastCancer = document(brust, doctor.getId(), true);
          assertThatThrownBy(() -> files.file(breastCancer.getId()))
              .isInstanceOfSatisfying(
                  EdmpRefusedException.class,
                  e ->
                      assertThat(e.getMessage())
                          .contains("no eDMP interface for BRUST documentations of 15 Jan 2025"));
        });
  }

  @Test
  void file_shouldNameWhatTheRecordsLack() {
    clinic.asDoctor(
        () -> {
          var withoutDoctor =
              document(data.enrol(patient, clinic.practice(), "DM2", "E11.9"), null, true);
          assertThatThrownBy(() -> files.file(withoutDoctor.getId()))
              .hasMessageContaining("names no doctor");

          var unaddressed = data.insuredPatient();
          var documentation =
              document(
                  data.enrol(unaddressed, clinic.practice(), "DM2", "E11.9"), doctor.getId(), true);
          assertThatThrownBy(() -> files.file(documentation.getId()))
              .isInstanceOfSatisfying(
                  EdmpRefusedException.class,
                  e ->
                      assertThat(e.message(Locale.GERMAN))
                          .contains("Anschrift und Versichertenart"));
        });
  }

  @Test
  void theChart_shouldLinkTheFileOfACompleteDocumentationForDownload() {
    var enrolment = clinic.doctor(() -> data.enrol(patient, clinic.practice(), "DM2", "E11.9"));
    long complete = clinic.doctor(() -> document(enrolment, doctor.getId(), true).getId());
    long draft =
        clinic.doctor(
            () ->
                document(
                        data.enrol(patient, clinic.practice(), "KHK", "I25.1"),
                        doctor.getId(),
                        false)
                    .getId());
    Pages pages = Pages.loggedIn(base, clinic.staff(), TestData.PASSWORD);

    String chart = pages.get("chart.xhtml?patient=" + patient.getId()).body();
    assertThat(chart)
        .contains("/edmp-file/" + complete + "\"", "eDMP-Datei")
        .doesNotContain("/edmp-file/" + draft + "\"");

    HttpResponse<String> download = pages.get("edmp-file/" + complete);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .contains(
            "attachment; filename=\""
                + clinic.practice().getBsnr()
                + "_"
                + enrolment.getDmpCase().getCaseNumber()
                + "_20250115.EED2\"");
    assertThat(download.body()).contains("<levelone", "EDMP_DIABETES2_EE");
  }

  @Test
  void file_shouldBeRefusedToAnotherPractice() {
    long id =
        clinic.doctor(
            () ->
                document(
                        data.enrol(patient, clinic.practice(), "DM2", "E11.9"),
                        doctor.getId(),
                        true)
                    .getId());
    data.clinic()
        .asStaff(
            () ->
                assertThatThrownBy(() -> files.file(id)).isInstanceOf(AccessDeniedException.class));
  }
}
