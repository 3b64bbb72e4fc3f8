package de.dmp.platform.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text of a resource bundle with its arguments, in the language of a locale where the bundle has
 * it and in English (the bundle without suffix) otherwise: the platform's default locale is never
 * consulted, so a system reading the text always gets English.
 */
public final class LocalisedText {

  private LocalisedText() {}

  public static String format(String bundle, String key, List<String> arguments, Locale locale) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            bundle,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(texts.getString(key), locale).format(arguments.toArray());
  }
}
