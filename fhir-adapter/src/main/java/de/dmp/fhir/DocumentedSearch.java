package de.dmp.fhir;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
   * Whether a day lies in the range; a day is the whole day and a month or year all of its days, so
   * {@code ge2026-03-01}, {@code lt2026-04} and {@code 2026-03} all hold for 2026-03-31 and {@code
   * gt2026-03} does not. (HAPI's day integers ignore the precision: {@code 2026-03} ended on 1
   * March.)
   */
  public static boolean within(DateRangeParam range, LocalDate day) {
    if (range == null) {
      return true;
    }
    DateParam lower = range.getLowerBound();
    DateParam upper = range.getUpperBound();
    return (lower == null || lower.isEmpty() || !day.isBefore(firstDay(lower)))
        && (upper == null || upper.isEmpty() || !day.isAfter(lastDay(upper)));
  }

  private static LocalDate firstDay(DateParam bound) {
    boolean after =
        bound.getPrefix() == ParamPrefixEnum.GREATERTHAN
            || bound.getPrefix() == ParamPrefixEnum.STARTS_AFTER;
    return after ? start(bound).plus(unit(bound)) : start(bound);
  }

  private static LocalDate lastDay(DateParam bound) {
    boolean before =
        bound.getPrefix() == ParamPrefixEnum.LESSTHAN
            || bound.getPrefix() == ParamPrefixEnum.ENDS_BEFORE;
    return before ? start(bound).minusDays(1) : start(bound).plus(unit(bound)).minusDays(1);
  }

  /** The first day the value names: 2026 is 1 January 2026, 2026-03 is 1 March. */
  private static LocalDate start(DateParam bound) {
    String value = bound.getValueAsString();
    return switch (bound.getPrecision()) {
      case YEAR -> LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
      case MONTH -> LocalDate.parse(value.substring(0, 7) + "-01");
      default -> LocalDate.parse(value.substring(0, 10));
    };
  }

  private static Period unit(DateParam bound) {
    return switch (bound.getPrecision()) {
      case YEAR -> Period.ofYears(1);
      case MONTH -> Period.ofMonths(1);
      default -> Period.ofDays(1);
    };
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
