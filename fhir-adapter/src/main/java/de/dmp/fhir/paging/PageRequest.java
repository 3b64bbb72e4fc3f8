package de.dmp.fhir.paging;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;

/**
 * The page of a search a client asks for with {@code _offset} and {@code _count}: the links HAPI
 * builds from it name the search itself, so that any server of a cluster, or one restarted, can
 * answer them by searching again. Nothing is kept between the pages.
 *
 * @param offset the index of the first match on the page
 * @param count how many matches the page holds at most
 */
public record PageRequest(int offset, int count) {

  public static final int DEFAULT_COUNT = 20;
  public static final int MAX_COUNT = 100;

  /** The page the request names, the first of {@value #DEFAULT_COUNT} when it names none. */
  public static PageRequest of(RequestDetails request) {
    int offset = number(request, Constants.PARAM_OFFSET, 0);
    int count = Math.min(number(request, Constants.PARAM_COUNT, DEFAULT_COUNT), MAX_COUNT);
    return new PageRequest(offset, count);
  }

  private static int number(RequestDetails request, String name, int absent) {
    String[] values = request.getParameters().get(name);
    if (values == null || values.length == 0 || values[0].isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(values[0].strip());
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // not a number: refused as a negative one is
    }
    throw new InvalidRequestException(
        name + " must be a whole number of at least 0, not '" + values[0] + "'.");
  }
}
