package de.dmp.fhir.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The refusals an enrolment transaction gives before it reaches the boundary. */
class EnrolmentTransactionTest {

  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);

  private void create(String fullUrl, Resource resource) {
    bundle
        .addEntry()
        .setFullUrl(fullUrl)
        .setResource(resource)
        .getRequest()
        .setMethod(HTTPVerb.POST);
  }

  private static String firstExpression(Throwable refused) {
    return ((OperationOutcome) ((UnprocessableEntityException) refused).getOperationOutcome())
        .getIssueFirstRep()
        .getExpression()
        .get(0)
        .getValue();
  }

  @Test
  void anEntryThatIsNoPartOfAnEnrolment_shouldBeNamedByIndexAndFullUrl() {
    create("urn:uuid:episode", new EpisodeOfCare());
    create("urn:uuid:stray", new Observation());

    assertThatThrownBy(() -> new EnrolmentTransaction().enrol(bundle))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("Bundle.entry[1] (fullUrl urn:uuid:stray)")
        .satisfies(refused -> assertThat(firstExpression(refused)).isEqualTo("Bundle.entry[1]"));
  }

  @Test
  void aConditionTheEpisodeDoesNotName_shouldBeNamedByIndexAndFullUrl() {
    var episode = new EpisodeOfCare().setPatient(new Reference("Patient/7"));
    episode.addDiagnosis().setCondition(new Reference("urn:uuid:other"));
    create("urn:uuid:episode", episode);
    create("urn:uuid:diagnosis", new Condition());

    assertThatThrownBy(() -> new EnrolmentTransaction().enrol(bundle))
        .hasMessageContaining("Bundle.entry[1] (fullUrl urn:uuid:diagnosis)")
        .satisfies(refused -> assertThat(firstExpression(refused)).isEqualTo("Bundle.entry[1]"));
  }
}
