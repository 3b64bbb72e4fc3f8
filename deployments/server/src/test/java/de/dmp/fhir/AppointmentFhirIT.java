package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The follow-ups of dr.weber's demo patients as Appointment over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(AppointmentFhirIT.class);
  }

  @ArquillianResource private URL base;

  private String patientId;
  private Bundle appointments;

  /**
   * The first of dr.weber's demo patients with a training that took place or was missed, with all
   * their appointments on one page.
   */
  @BeforeEach
  void findAPatientWithAClosedTraining() {
    for (var entry : bundle(Http.get(base, "fhir/Patient?_count=100")).getEntry()) {
      String id = entry.getResource().getIdElement().getIdPart();
      Bundle found = bundle(Http.get(base, "fhir/Appointment?_count=100&patient=Patient/" + id));
      if (found.getEntry().stream()
          .map(e -> ((Appointment) e.getResource()).getStatus().toCode())
          .anyMatch(code -> code.equals("fulfilled") || code.equals("noshow"))) {
        patientId = id;
        appointments = found;
        return;
      }
    }
    throw new AssertionError("no demo patient of dr.weber with a closed training");
  }

  private static Bundle bundle(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  private static Appointment appointment(Bundle.BundleEntryComponent entry) {
    return (Appointment) entry.getResource();
  }

  @Test
  void search_shouldGiveThePatientsFollowUpsWithASlotOnceTheyHappened() {
    assertThat(appointments.getEntry())
        .map(AppointmentFhirIT::appointment)
        .allSatisfy(
            a -> {
              assertThat(a.getParticipantFirstRep().getActor().getReference())
                  .isEqualTo("Patient/" + patientId);
              assertThat(a.getRequestedPeriodFirstRep().hasEnd()).isTrue();
              assertThat(a.hasStart())
                  .as(a.getStatus().toCode())
                  .isEqualTo(a.getStatus() != Appointment.AppointmentStatus.PROPOSED);
            });
  }

  @Test
  void searchByStatusAndDate_shouldKeepOnlyThoseAndRefuseAnUnknownStatus() {
    Bundle proposed =
        bundle(
            Http.get(
                base, "fhir/Appointment?_count=100&status=proposed&patient=Patient/" + patientId));
    Bundle closed =
        bundle(
            Http.get(
                base,
                "fhir/Appointment?_count=100&status=fulfilled,noshow&date=ge2000-01-01&patient=Patient/"
                    + patientId));
    HttpResponse<String> unknown =
        Http.get(base, "fhir/Appointment?status=done&patient=Patient/" + patientId);

    assertThat(proposed.getEntry())
        .map(AppointmentFhirIT::appointment)
        .allSatisfy(a -> assertThat(a.getStatus().toCode()).isEqualTo("proposed"));
    assertThat(closed.getEntry())
        .isNotEmpty()
        .map(AppointmentFhirIT::appointment)
        .allSatisfy(a -> assertThat(a.getStatus().toCode()).isIn("fulfilled", "noshow"));
    assertThat(proposed.getEntry().size() + closed.getEntry().size())
        .isLessThanOrEqualTo(appointments.getEntry().size());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(
            JSON.parseResource(OperationOutcome.class, unknown.body())
                .getIssueFirstRep()
                .getDiagnostics())
        .contains("proposed");
  }

  @Test
  void read_shouldGiveTheFollowUpToItsPracticeOnly() {
    String id = appointments.getEntryFirstRep().getResource().getIdElement().getIdPart();

    HttpResponse<String> own = Http.get(base, "fhir/Appointment/" + id);

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(Appointment.class, own.body()).getIdElement().getIdPart())
        .isEqualTo(id);
    assertThat(Http.getAs("dr.aydin", base, "fhir/Appointment/" + id).statusCode()).isEqualTo(403);
    assertThat(Http.getAs("kasse.demo", base, "fhir/Appointment/" + id).statusCode())
        .isEqualTo(403);
    assertThat(
            Http.getAs("dr.aydin", base, "fhir/Appointment?patient=Patient/" + patientId)
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.get(base, "fhir/Appointment/999999999").statusCode()).isEqualTo(404);
  }
}
