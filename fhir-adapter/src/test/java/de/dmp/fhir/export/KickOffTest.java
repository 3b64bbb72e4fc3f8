package de.dmp.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

class KickOffTest {

  private static SystemRequestDetails get(String prefer, String... names) {
    var request = new SystemRequestDetails();
    request.setRequestType(RequestTypeEnum.GET);
    Map<String, String[]> parameters = new TreeMap<>();
    for (String name : names) {
      parameters.put(name, new String[] {"x"});
    }
    request.setParameters(parameters);
    if (prefer != null) {
      request.addHeader("Prefer", prefer);
    }
    return request;
  }

  @Test
  void of_shouldReadPreferencesFromOneHeaderOrSeveral() {
    assertThat(KickOff.of(get("respond-async, handling=lenient")).lenient()).isTrue();
    var twoHeaders = get("respond-async");
    twoHeaders.addHeader("Prefer", "handling=lenient");
    assertThat(KickOff.of(twoHeaders).respondAsync()).isTrue();
    assertThat(KickOff.of(twoHeaders).lenient()).isTrue();
    assertThat(KickOff.of(get(null)).respondAsync()).isFalse();
  }

  @Test
  void aKickOffWithTheParametersTheExportReads_shouldPass() {
    KickOff kickOff = KickOff.of(get("respond-async", "_type", "_since", "_format", "patient"));

    kickOff.refuseUnsupportedUnlessLenient();
    assertThat(kickOff.ignored()).isNull();
  }

  @Test
  void unsupportedParameters_shouldBeRefusedEachWithItsReason() {
    KickOff kickOff = KickOff.of(get("respond-async", "_type", "_elements", "foo"));

    assertThatThrownBy(kickOff::refuseUnsupportedUnlessLenient)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("_elements, foo")
        .hasMessageContaining("handling=lenient");
  }

  @Test
  void unsupportedParametersWhenLenient_shouldBeReportedAsWarnings() {
    KickOff kickOff = KickOff.of(get("respond-async,handling=lenient", "_elements", "foo"));

    kickOff.refuseUnsupportedUnlessLenient();
    assertThat(kickOff.ignored().getIssue())
        .extracting(OperationOutcomeIssueComponent::getDiagnostics)
        .containsExactly(
            "The parameter _elements was ignored: the export writes whole resources, never a"
                + " subset of their elements.",
            "The parameter foo was ignored: it is no parameter of $export, which reads _type,"
                + " _since, _outputFormat, _typeFilter and, for Patient and Group, patient.");
    assertThat(kickOff.ignored().getIssueFirstRep().getSeverity())
        .isEqualTo(OperationOutcome.IssueSeverity.WARNING);
  }

  @Test
  void aPost_shouldBeReadFromItsBodyAndRefuseParametersInItsUrl() {
    var request = get("respond-async", "_type");
    request.setRequestType(RequestTypeEnum.POST);
    var body = new Parameters();
    body.addParameter("_type", "Patient");
    body.addParameter("includeAssociatedData", "LatestProvenanceResources");
    request.setResource(body);

    assertThatThrownBy(KickOff.of(request)::refuseUnsupportedUnlessLenient)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("_type, includeAssociatedData");
  }
}
