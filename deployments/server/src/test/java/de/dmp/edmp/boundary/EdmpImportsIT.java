package de.dmp.edmp.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.demo.boundary.DemoData;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.edmp.control.EdmpOutput;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.KbvSchemas;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.InsuranceNumber;
import de.dmp.patient.entity.Patient;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Import of KBV's official samples into a practice, read back from the records; broken files and
 * archives refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class EdmpImportsIT {

  private static final Charset LATIN9 = Charset.forName("ISO-8859-15");
  private static final String DM2_INITIAL = "2026Q4/DM2/samples/278012389_123456_20261012.EED2";
  private static final String COPD_INITIAL = "2026Q4/COPD/samples/278012389_123456_20260717.EECO";
  private static final String COPD_FOLLOW_UP = "2026Q4/COPD/samples/278012389_123456_20261202.EVCO";

  /**
   * Per programme the official samples dated up to today. They are test cases of KBV's interface,
   * not one patient's history (the DM1 and DM2 ones document the same day twice, which one
   * patient's import refuses), so each is imported as a patient of its own at a practice of its own
   * (the samples share their case numbers), its number replaced by a fresh valid KVNR.
   */
  private static final Map<String, List<String>> SAMPLES =
      Map.of(
          "DM2",
          List.of(
              "2026Q3/DM2/samples/278012389_123456_20260712.EED2",
              "2026Q3/DM2/samples/278012389_123456_20260712.EVD2",
              DM2_INITIAL),
          "DM1",
          List.of(
              "2026Q3/DM1/samples/278012389_123456_20260712.EED1",
              "2026Q3/DM1/samples/278012389_123456_20260712.EVD1",
              "2026Q4/DM1/samples/278012389_123456_20261012.EED1"),
          "ASTHMA",
          List.of(
              "2026Q3/Asthma/samples/278012389_123456_20260718.EVAB",
              "2026Q4/Asthma/samples/278012389_123456_20261015.EEAB"),
          "COPD",
          List.of(COPD_INITIAL, COPD_FOLLOW_UP),
          "HI",
          List.of("2026Q4/HI/samples/278012389_0032_20261001.EEHI"),
          "KHK",
          List.of("2026Q4/KHK/samples/278012389_0032_20261017.EEKHK"));

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(EdmpImportsIT.class)
        .addAsLibrary(Deployments.testLibrary(EdmpImportsIT.class, Http.class, KbvSchemas.class));
  }

  @Inject private EdmpImports imports;
  @Inject private Documentations documentations;
  @Inject private Enrolments enrolments;
  @Inject private Patients patients;
  @Inject private EdmpOutput output;
  @Inject private TestData data;

  @ArquillianResource private URL base;

  @Test
  void importFiles_shouldStoreTheOfficialSamplesOfEveryProgrammeAsTheyRead() {
    SAMPLES.forEach(
        (programme, paths) -> {
          for (String path : paths) {
            Clinic clinic = data.clinic();
            String kvnr = freshKvnr();
            ImportFile file = sample(path, kvnr);

            ImportResult result =
                clinic.doctor(
                    () -> imports.importFiles(null, List.of(zip("praxis-alt.zip", List.of(file)))));

            assertThat(result.patientsCreated()).as(path).isEqualTo(1);
            assertThat(result.enrolmentsCreated()).as(path).isEqualTo(1);
            assertThat(result.documentations()).as(path).isEqualTo(1);
            assertThat(result.skipped()).isEmpty();
            clinic.asDoctor(
                () -> {
                  Patient patient = patients.findByInsuranceNumber(kvnr).get(0);
                  assertThat(patient.getFamilyName()).isEqualTo("Meier");
                  assertThat(patient.getAddress().city()).isEqualTo("Köln");
                  var enrolment = enrolments.forPatient(patient.getId()).get(0);
                  assertThat(enrolment.getProgrammeCode()).isEqualTo(programme);
                  assertThat(enrolment.getDmpCase().getCaseNumber())
                      .isEqualTo(path.contains("_0032_") ? "0032" : "123456");
                  EdmpDocument read = output.reader().read(file.name(), file.content());
                  assertThat(documentations.forPatient(patient.getId()))
                      .as(path)
                      .singleElement()
                      .satisfies(
                          d -> {
                            assertThat(d.getStatus()).isEqualTo(DocumentationStatus.COMPLETE);
                            assertThat(d.getType()).isEqualTo(read.type());
                            assertThat(d.getDocumentedOn()).isEqualTo(read.documentedOn());
                            assertThat(d.currentValues()).isEqualTo(read.values());
                          });
                });
          }
        });
  }

  @Test
  void importFiles_shouldStoreOnePatientsDocumentationsOfTwoQuartersInOneEnrolment() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();

    ImportResult result =
        clinic.doctor(
            () ->
                imports.importFiles(
                    null, List.of(sample(COPD_FOLLOW_UP, kvnr), sample(COPD_INITIAL, kvnr))));

    assertThat(result.patientsCreated()).isEqualTo(1);
    assertThat(result.enrolmentsCreated()).isEqualTo(1);
    assertThat(result.documentations()).isEqualTo(2);
  }

  @Test
  void importFiles_shouldRefuseASecondDocumentationInOnePeriodNamingBothAndStoreNothing() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    List<ImportFile> sameDay =
        List.of(
            sample("2026Q3/DM2/samples/278012389_123456_20260712.EVD2", kvnr),
            sample("2026Q3/DM2/samples/278012389_123456_20260712.EED2", kvnr));

    assertRefused(
        clinic,
        sameDay,
        kvnr,
        "278012389_123456_20260712.EVD2: element origination_dttm: the documentation of"
            + " 12 Jul 2026 falls in the documentation period 3/2026, which already has the"
            + " documentation of 12 Jul 2026");
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, sameDay)))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e ->
                assertThat(e.message(Locale.GERMAN))
                    .contains(
                        "fällt in den Dokumentationszeitraum 3/2026",
                        "eine Änderung ist eine Korrektur dieser Dokumentation"));
  }

  @Test
  void importFiles_shouldSkipADocumentationAlreadyThereAndMatchThePatient() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile file = sample(DM2_INITIAL, kvnr);
    clinic.doctor(() -> imports.importFiles(null, List.of(file)));

    ImportResult again = clinic.doctor(() -> imports.importFiles(null, List.of(file)));

    assertThat(again.patientsCreated()).isZero();
    assertThat(again.patientsMatched()).isEqualTo(1);
    assertThat(again.enrolmentsReused()).isEqualTo(1);
    assertThat(again.documentations()).isZero();
    assertThat(again.skipped()).containsExactly(file.name());
  }

  @Test
  void importFiles_shouldRefuseABadValueNamingFileAndElementAndStoreNothing() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile good = sample("2026Q3/DM2/samples/278012389_123456_20260712.EED2", kvnr);
    ImportFile bad =
        edited(
            sample(DM2_INITIAL, kvnr),
            "Ergebnistext V=\"rheumatoide Arthritis\"",
            "Ergebnistext V=\"x\"");

    assertRefused(
        clinic,
        List.of(good, bad),
        kvnr,
        "278012389_123456_20261012.EED2: element paragraph",
        "Ergebnistext 'x'");
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, List.of(bad))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e ->
                assertThat(e.message(Locale.GERMAN))
                    .contains("Ergebnistext 'x': kein zulässiger Wert dieses Parameters."));
  }

  @Test
  void importFiles_shouldRefuseAValueOutOfTheFieldsRange() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile high =
        edited(
            sample(DM2_INITIAL, kvnr),
            "<sciphox:Ergebniswert V=\"12.3\" U=\"%\"/>",
            "<sciphox:Ergebniswert V=\"45.0\" U=\"%\"/>");

    assertRefused(
        clinic,
        List.of(high),
        kvnr,
        "278012389_123456_20261012.EED2: a value is wrong: HbA1c-Wert: must be"
            + " between 3 and 20");
  }

  @Test
  void importFiles_shouldRefuseAFileWithoutKvnr() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile missing =
        edited(sample(DM2_INITIAL, kvnr), "<sciphox:Versichertennummer V=\"" + kvnr + "\"/>", "");

    assertRefused(
        clinic, List.of(missing), kvnr, "GesetzlicheKrankenversicherung", "Versichertennummer");
  }

  @Test
  void importFiles_shouldRefuseAnInvalidKvnrInGermanAndEnglish() {
    Clinic clinic = data.clinic();
    ImportFile invalid = sample("2026Q4/HI/samples/278012389_0032_20261001.EEHI", "123456789");
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, List.of(invalid))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("\"123456789\" is not a valid health insurance number");
              assertThat(e.message(Locale.GERMAN))
                  .contains("„123456789“ ist keine gültige Krankenversichertennummer")
                  .contains("Es wurde nichts importiert");
            });
  }

  @Test
  void importFiles_shouldRefuseAFileThatIsNotXml() {
    Clinic clinic = data.clinic();
    ImportFile text = new ImportFile("notiz.EED2", "Hallo".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, List.of(text))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("notiz.EED2: line 1, column 1: not well-formed XML"));
  }

  @Test
  void importFiles_shouldRefuseAZipWithOneBrokenEntryAndStoreNoneOfIt() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile good = sample(DM2_INITIAL, kvnr);
    ImportFile broken = new ImportFile("kaputt.EVD2", "<levelone".getBytes(StandardCharsets.UTF_8));

    assertRefused(
        clinic,
        List.of(zip("praxis.zip", List.of(good, broken))),
        kvnr,
        "praxis.zip/kaputt.EVD2",
        "XML");
  }

  @Test
  void importFiles_shouldRefuseAnArchiveOfTooManyEntries() {
    Clinic clinic = data.clinic();
    List<ImportFile> many =
        java.util.stream.IntStream.rangeClosed(0, 5_000)
            .mapToObj(i -> new ImportFile(i + ".EED2", new byte[0]))
            .toList();
    assertThatThrownBy(
            () -> clinic.doctor(() -> imports.importFiles(null, List.of(zip("bombe.zip", many)))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e -> assertThat(e.getMessage()).contains("bombe.zip is too large to import"));
  }

  @Test
  void importFiles_shouldRefuseAnArchiveThatUnpacksTooLarge() throws IOException {
    Clinic clinic = data.clinic();
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("gross.EED2"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 51; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    ImportFile bomb = new ImportFile("gross.zip", bytes.toByteArray());
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, List.of(bomb))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e -> assertThat(e.getMessage()).contains("gross.zip is too large to import"));
  }

  @Test
  void importFiles_shouldLetTheAdministratorChooseThePracticeAndNoDoctorAnother() {
    Clinic clinic = data.clinic();
    Clinic other = data.clinic();
    String kvnr = freshKvnr();
    ImportFile file = sample(DM2_INITIAL, kvnr);

    assertThatThrownBy(
            () -> TestData.as(DemoData.ADMIN, () -> imports.importFiles(null, List.of(file))))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e -> assertThat(e.message(Locale.GERMAN)).contains("Bitte die Praxis wählen"));
    assertThatThrownBy(
            () -> other.doctor(() -> imports.importFiles(clinic.practice().getId(), List.of(file))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> TestData.as(clinic.staff(), () -> imports.importFiles(null, List.of(file))))
        .isInstanceOf(EJBAccessException.class);

    ImportResult result =
        TestData.as(
            DemoData.ADMIN, () -> imports.importFiles(clinic.practice().getId(), List.of(file)));

    assertThat(result.documentations()).isEqualTo(1);
    clinic.asDoctor(() -> assertThat(patients.findByInsuranceNumber(kvnr)).hasSize(1));
  }

  @Test
  void importOverFhir_shouldAnswerTheCountsOrRefuseNamingTheFile() {
    Clinic clinic = data.clinic();
    String kvnr = freshKvnr();
    ImportFile archive = zip("praxis-alt.zip", List.of(sample(DM2_INITIAL, kvnr)));

    HttpResponse<String> imported = postFile(clinic.doctor(), archive, "application/zip", "");

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body())
        .contains("\"resourceType\":\"Parameters\"")
        .contains("\"name\":\"documentations\",\"valueInteger\":1")
        .contains("\"name\":\"patientsCreated\",\"valueInteger\":1");

    ImportFile broken = new ImportFile("kaputt.EED2", "<levelone".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> refused = postFile(clinic.doctor(), broken, "application/xml", "");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("OperationOutcome")
        .contains("kaputt.EED2: line 1, column 10: not well-formed XML");

    Clinic chosen = data.clinic();
    HttpResponse<String> byAdministrator =
        postFile(
            DemoData.ADMIN,
            sample(DM2_INITIAL, freshKvnr()),
            "application/xml",
            "?practice=Organization/practice-" + chosen.practice().getId());
    assertThat(byAdministrator.statusCode()).as(byAdministrator.body()).isEqualTo(200);
  }

  private HttpResponse<String> postFile(String user, ImportFile file, String type, String query) {
    return Http.send(
        Http.authenticated(
            user,
            Http.request(base, "fhir/$import-edmp" + query)
                .header("Content-Type", type)
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content()))));
  }

  private void assertRefused(
      Clinic clinic, List<ImportFile> files, String kvnr, String... expected) {
    assertThatThrownBy(() -> clinic.doctor(() -> imports.importFiles(null, files)))
        .isInstanceOfSatisfying(
            EdmpRefusedException.class,
            e -> {
              assertThat(e.getMessage()).contains(expected).contains("Nothing was imported");
              assertThat(e.message(Locale.GERMAN)).contains("Es wurde nichts importiert");
            });
    clinic.asDoctor(() -> assertThat(patients.findByInsuranceNumber(kvnr)).isEmpty());
  }

  private static String freshKvnr() {
    return InsuranceNumber.withCheckDigit('K', Integer.parseInt(TestData.digits(8)));
  }

  /** An official sample with the patient's KVNR replaced. */
  static ImportFile sample(String path, String kvnr) {
    try {
      Path file = KbvSchemas.kit().resolve(path);
      String xml = new String(Files.readAllBytes(file), LATIN9);
      return new ImportFile(
          file.getFileName().toString(),
          xml.replaceAll("Versichertennummer V=\"[^\"]*\"", "Versichertennummer V=\"" + kvnr + "\"")
              .getBytes(LATIN9));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportFile edited(ImportFile file, String from, String to) {
    String xml = new String(file.content(), LATIN9);
    assertThat(xml).contains(from);
    return new ImportFile(
        file.name(), xml.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(LATIN9));
  }

  static ImportFile zip(String name, List<ImportFile> files) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (ImportFile file : files) {
        zip.putNextEntry(new ZipEntry(file.name()));
        zip.write(file.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ImportFile(name, bytes.toByteArray());
  }
}
