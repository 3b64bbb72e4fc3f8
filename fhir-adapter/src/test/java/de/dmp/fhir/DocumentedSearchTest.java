package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DocumentedSearchTest {

  private static final LocalDate LAST_OF_MARCH = LocalDate.of(2026, 3, 31);

  private static DateRangeParam range(String value) {
    return new DateRangeParam(new DateParam(value));
  }

  @Test
  void within_shouldTreatADayAsTheWholeDayUnderEveryPrefix() {
    assertThat(DocumentedSearch.within(null, LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("ge2026-03-31"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("gt2026-03-31"), LAST_OF_MARCH)).isFalse();
    assertThat(DocumentedSearch.within(range("lt2026-04-01"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("lt2026-03-31"), LAST_OF_MARCH)).isFalse();
    assertThat(
            DocumentedSearch.within(
                new DateRangeParam(new DateParam("ge2026-01-01"), new DateParam("le2026-03-31")),
                LAST_OF_MARCH))
        .isTrue();
    assertThat(DocumentedSearch.within(range("2026-03-31"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("2026-03-30"), LAST_OF_MARCH)).isFalse();
  }

  @Test
  void within_shouldTreatAMonthOrYearAsAllOfItsDays() {
    assertThat(DocumentedSearch.within(range("2026-03"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("2026-03"), LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(DocumentedSearch.within(range("2026-03"), LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(DocumentedSearch.within(range("2026"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("gt2026-02"), LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(DocumentedSearch.within(range("gt2026-02"), LAST_OF_MARCH)).isTrue();
    assertThat(DocumentedSearch.within(range("lt2026-04"), LAST_OF_MARCH)).isTrue();
  }

  @Test
  void updatedWithin_shouldCompareInstantsWithTheRangesBounds() {
    Instant updated = Instant.parse("2026-11-30T12:00:00Z");

    assertThat(DocumentedSearch.updatedWithin(null, updated)).isTrue();
    assertThat(DocumentedSearch.updatedWithin(range("ge2026-11-30T11:00:00Z"), updated)).isTrue();
    assertThat(DocumentedSearch.updatedWithin(range("gt2026-11-30T13:00:00Z"), updated)).isFalse();
    assertThat(DocumentedSearch.updatedWithin(range("lt2026-11-30T11:00:00Z"), updated)).isFalse();
  }

  @Test
  void patientId_shouldNeedExactlyOneOfPatientAndSubject() {
    assertThat(DocumentedSearch.patientId(new ReferenceParam("Patient/42"), null, "Observation"))
        .isEqualTo(42L);
    assertThat(DocumentedSearch.patientId(null, new ReferenceParam("Patient/7"), "Observation"))
        .isEqualTo(7L);
    assertThatThrownBy(() -> DocumentedSearch.patientId(null, null, "Observation"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("either patient or subject");
    assertThatThrownBy(
            () ->
                DocumentedSearch.patientId(
                    new ReferenceParam("Patient/1"),
                    new ReferenceParam("Patient/2"),
                    "Observation"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void sortedByDay_shouldSortEitherWayAndRefuseOtherParameters() {
    List<LocalDate> days =
        List.of(LocalDate.of(2025, 1, 1), LAST_OF_MARCH, LocalDate.of(2025, 6, 1));

    assertThat(DocumentedSearch.sortedByDay(days, null, "date", Function.identity()))
        .isEqualTo(days);
    assertThat(
            DocumentedSearch.sortedByDay(
                days, new SortSpec("date", SortOrderEnum.DESC), "date", Function.identity()))
        .containsExactly(LAST_OF_MARCH, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1));
    assertThatThrownBy(
            () ->
                DocumentedSearch.sortedByDay(
                    days, new SortSpec("code"), "date", Function.identity()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("sorted by date only");
  }
}
