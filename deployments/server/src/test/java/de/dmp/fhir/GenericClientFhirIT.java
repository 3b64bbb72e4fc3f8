package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HAPI's generic client against the server, as a practice's or an insurer's system uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GenericClientFhirIT {

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(GenericClientFhirIT.class);
  }

  @ArquillianResource private URL base;

  private IGenericClient client(String user) {
    IGenericClient client = CONTEXT.newRestfulGenericClient(base + "fhir");
    client.registerInterceptor(new BasicAuthInterceptor(user, DemoData.PASSWORD));
    return client;
  }

  @Test
  void practiceSystem_shouldCreateReadSearchAndCorrectAPatient() {
    IGenericClient practice = client(Http.DOCTOR);
    String family = PatientFhirIT.uniqueFamilyName();
    var patient = new Patient();
    patient.addName().setUse(NameUse.OFFICIAL).setFamily(family).addGiven("Greta");
    patient.setBirthDateElement(new DateType("1961-07-01"));
    patient.setGender(AdministrativeGender.FEMALE);

    MethodOutcome created = practice.create().resource(patient).execute();
    Patient read =
        practice
            .read()
            .resource(Patient.class)
            .withId(created.getId().toUnqualifiedVersionless())
            .execute();
    Bundle found =
        practice
            .search()
            .forResource(Patient.class)
            .where(Patient.FAMILY.matches().value(family))
            .returnBundle(Bundle.class)
            .execute();
    read.getNameFirstRep().setFamily(family + "er");
    MethodOutcome updated = practice.update().resource(read).withId(read.getIdElement()).execute();

    assertThat(created.getCreated()).isTrue();
    assertThat(found.getTotal()).isEqualTo(1);
    assertThat(updated.getId().getVersionIdPart())
        .isNotEqualTo(read.getIdElement().getVersionIdPart());
    assertThatThrownBy(() -> practice.update().resource(read).withId(read.getIdElement()).execute())
        .isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(
            () ->
                client("dr.aydin")
                    .read()
                    .resource(Patient.class)
                    .withId(read.getIdElement().toVersionless())
                    .execute())
        .isInstanceOf(ForbiddenOperationException.class);
  }

  @Test
  void insurerSystem_shouldSearchItsMembersAndExportThem() throws Exception {
    IGenericClient insurer = client("kasse.demo");
    Bundle members =
        insurer.search().forResource(Patient.class).returnBundle(Bundle.class).execute();
    String member =
        members
            .getEntryFirstRep()
            .getResource()
            .getIdElement()
            .toUnqualifiedVersionless()
            .getValue();
    Bundle episodes =
        insurer
            .search()
            .forResource(EpisodeOfCare.class)
            .where(EpisodeOfCare.PATIENT.hasId(member))
            .returnBundle(Bundle.class)
            .execute();
    Bundle values =
        insurer
            .search()
            .forResource(Observation.class)
            .where(Observation.PATIENT.hasId(member))
            .returnBundle(Bundle.class)
            .execute();

    MethodOutcome kickOff =
        insurer
            .operation()
            .onServer()
            .named("$export")
            .withNoParameters(Parameters.class)
            .withAdditionalHeader("Prefer", "respond-async")
            .useHttpGet()
            .returnMethodOutcome()
            .execute();
    String poll = kickOff.getResponseHeaders().get("content-location").get(0);

    assertThat(members.getTotal()).isPositive();
    assertThat(episodes.getEntry()).isNotEmpty();
    assertThat(values.getEntry())
        .allSatisfy(
            e ->
                assertThat(((Observation) e.getResource()).getSubject().getReference())
                    .isEqualTo(member));
    assertThat(awaitStatus("kasse.demo", poll)).isEqualTo(200);
  }

  /** Polls as the protocol asks; answers the final status. */
  private static int awaitStatus(String user, String poll) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(giveUp)) {
      int status =
          Http.send(Http.authenticated(user, HttpRequest.newBuilder(URI.create(poll))))
              .statusCode();
      if (status != 202) {
        return status;
      }
      Thread.sleep(200);
    }
    return 202;
  }
}
