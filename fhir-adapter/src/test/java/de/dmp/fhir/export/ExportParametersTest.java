package de.dmp.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class ExportParametersTest {

  private static ExportParameters naming(String... references) {
    return new ExportParameters(
        new StringType("Patient"),
        null,
        null,
        null,
        List.of(references).stream().map(Reference::new).toList());
  }

  @Test
  void toRequest_shouldCarryTheNamedPatientsIds() {
    var request =
        naming("Patient/42", "http://example.org/fhir/Patient/7")
            .toRequest("/fhir/Patient/$export", "", null);

    assertThat(request.patients()).containsExactlyInAnyOrder(42L, 7L);
    assertThat(request.types()).containsExactly("Patient");
  }

  @Test
  void toRequest_shouldNameNoPatientWhenNoneIsSent() {
    var parameters = new ExportParameters(null, null, null, null, null);

    assertThat(parameters.namesPatients()).isFalse();
    assertThat(parameters.toRequest("/fhir/$export", "", null).patients()).isEmpty();
  }

  @Test
  void toRequest_shouldRefuseAReferenceToAnythingButAPatientById() {
    assertThatThrownBy(() -> naming("Observation/1").toRequest("/x", "", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Observation/1");
    assertThatThrownBy(() -> naming("Patient/abc").toRequest("/x", "", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("e.g. Patient/42");
  }
}
