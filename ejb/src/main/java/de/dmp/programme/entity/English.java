package de.dmp.programme.entity;

import java.util.Locale;

/**
 * The optional English labels of a programme definition: the German UI and FHIR show the G-BA's
 * labels verbatim, the English UI the English label where the definition has one.
 */
public final class English {

  /** An English label may be left out, but one that is given must say something. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  static final String BLANK = "{dmp.programme.english.blank}";

  private English() {}

  static boolean wanted(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /** The English text for an English reader where there is one, else the German. */
  public static String choose(String german, String english, Locale locale) {
    return english != null && wanted(locale) ? english : german;
  }
}
