package de.dmp.programme.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.time.ClockProducer;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A programme that exists only as a file in this test's resources is loaded next to the shipped
 * ones, and patients can be enrolled and documented in it: no Java was written for it.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(ProgrammesIT.class)
        .addAsLibrary(
            Deployments.testLibrary(ProgrammesIT.class)
                .addAsResource("programmes/index.txt")
                .addAsResource("programmes/RUECKEN/2026-1.json"));
  }

  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;
  @Inject private Documentations documentations;
  @Inject private TestData data;
  private Clinic clinic;

  @BeforeEach
  void openClinic() {
    clinic = data.clinic();
  }

  @Test
  void all_shouldHoldTheShippedProgrammesAndTheOneAddedAsAFile() {
    clinic.asDoctor(
        () -> {
          assertThat(programmes.all())
              .extracting(ProgrammeDefinition::code)
              .contains("DM1", "DM2", "ASTHMA", "COPD", "BRUST", "KHK", "HI", "RUECKEN");
        });
  }

  @Test
  void inForce_shouldLeaveOutAVersionLoadedAheadOfItsValidity() {
    String code = "LATER" + System.nanoTime() % 100_000;
    TestData.as(
        DemoData.ADMIN,
        () ->
            programmes.add(
                """
                {"code":"%s","version":"1","title":"Später","validFrom":"2999-01-01",
                 "sources":["test"],"diagnoses":[{"code":"Z00","display":"Test"}],
                 "intervals":["QUARTERLY"],
                 "parameters":[{"code":"weight","label":"Körpergewicht","section":"Befunde",
                   "type":"QUANTITY","unit":"kg","loinc":"29463-7","min":20,"max":300}]}
                """
                    .formatted(code)));
    clinic.asDoctor(
        () ->
            assertThat(programmes.inForce(LocalDate.now(ClockProducer.BERLIN)))
                .extracting(ProgrammeDefinition::code)
                .as("what the enrolment form offers today")
                .contains("DM2", "RUECKEN")
                .doesNotContain(code));
  }

  @Test
  void enrolAndDocument_shouldWorkInTheAddedProgramme() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          LocalDate start = LocalDate.of(2026, 2, 2);
          var enrolment =
              enrolments.enrol(
                  new EnrolmentRequest(
                      patient.getId(),
                      clinic.practice().getId(),
                      "RUECKEN",
                      "M54.5",
                      LocalDate.of(2025, 11, 1),
                      start,
                      DocumentationInterval.EVERY_SECOND_QUARTER,
                      start));

          documentations.documentVisit(
              new VisitDocumentation(
                  patient.getId(),
                  null,
                  start,
                  List.of(
                      new ProgrammeDocumentation(
                          enrolment.getId(), Map.of("pain-intensity", "6", "exercise", "Ja")))));

          assertThat(enrolments.enrolment(enrolment.getId()).getStatus())
              .isEqualTo(EnrolmentStatus.ACTIVE);
        });
  }
}
