package de.dmp.fhir;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The search parameters shared by the resources made from documentations: whose they are ({@code
 * patient} or {@code subject}), a range of days with FHIR's prefixes, {@code _lastUpdated}, and the
 * order by day.
 */
public final class DocumentedSearch {

  private DocumentedSearch() {}

  /** The patient id named by exactly one of {@code patient} and {@code subject}; 400 otherwise. */
  public static long patientId(ReferenceParam patient, ReferenceParam subject, String resource) {
    if ((patient == null) == (subject == null)) {
      throw new InvalidRequestException(
          resource
              + " is searched by one patient: give either patient or subject, e.g. patient=Patient/42.");
    }
    return patient != null
        ? Ids.patient(patient, resource + "?patient")
        : Ids.patient(subject, resource + "?subject");
  }

  /**
   * Whether a day lies in the range; a day is the whole day, so {@code ge2026-03-01} and {@code
   * lt2026-04} both hold for 2026-03-31.
   */
  public static boolean within(DateRangeParam range, LocalDate day) {
    if (range == null) {
      return true;
    }
    int value = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    Integer lower = range.getLowerBoundAsDateInteger();
    Integer upper = range.getUpperBoundAsDateInteger();
    return (lower == null || value >= lower) && (upper == null || value <= upper);
  }

  /** Whether a record last updated then lies in the {@code _lastUpdated} range (all when none). */
  public static boolean updatedWithin(DateRangeParam range, Instant updatedAt) {
    if (range == null) {
      return true;
    }
    Date lower = range.getLowerBoundAsInstant();
    Date upper = range.getUpperBoundAsInstant();
    return (lower == null || !updatedAt.isBefore(lower.toInstant()))
        && (upper == null || !updatedAt.isAfter(upper.toInstant()));
  }

  /**
   * Sorts by day, oldest first unless {@code _sort=-<parameter>}; another sort parameter is 400
   * rather than silently ignored.
   */
  public static <T> List<T> sortedByDay(
      List<T> found, SortSpec sort, String parameter, Function<T, LocalDate> day) {
    if (sort == null) {
      return found;
    }
    if (!parameter.equals(sort.getParamName()) || sort.getChain() != null) {
      throw new InvalidRequestException("This search can be sorted by " + parameter + " only.");
    }
    Comparator<T> byDay = Comparator.comparing(day);
    return found.stream()
        .sorted(sort.getOrder() == SortOrderEnum.DESC ? byDay.reversed() : byDay)
        .toList();
  }
}
