package de.dmp.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import java.util.Locale;

/**
 * The language of the texts the server writes (the rules' sentences and facts, the quality targets,
 * the refused fields of a documentation): German, the practices' language and the G-BA's, unless
 * the request's {@code Accept-Language} prefers English. Any other language, or none, gets German.
 */
public final class Language {

  private static final List<String> WRITTEN = List.of("de", "en");

  private Language() {}

  public static Locale of(RequestDetails request) {
    return of(request.getHeader("Accept-Language"));
  }

  /** The language of an {@code Accept-Language} header's value; German for what is unreadable. */
  static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.GERMAN;
    }
    try {
      String chosen = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), WRITTEN);
      return "en".equals(chosen) ? Locale.ENGLISH : Locale.GERMAN;
    } catch (IllegalArgumentException unreadable) {
      return Locale.GERMAN;
    }
  }
}
