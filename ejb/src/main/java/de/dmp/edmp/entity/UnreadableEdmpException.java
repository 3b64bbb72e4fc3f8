package de.dmp.edmp.entity;

import de.dmp.platform.entity.LocalisedText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An eDMP file we cannot take: which file, which element and why, so that whoever sends it can find
 * the place. The reason is a key of {@code Unreadable*.properties} with its arguments: English for
 * systems ({@link #getReason()}), the user's language for the UI ({@link #reason(Locale)}).
 */
public class UnreadableEdmpException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "de.dmp.edmp.entity.Unreadable";

  private final String file;
  private final String element;
  private final String key;
  private final List<String> arguments;

  public UnreadableEdmpException(String file, String element, String key, Object... arguments) {
    this(file, element, key, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  private UnreadableEdmpException(String file, String element, String key, List<String> arguments) {
    super(
        (file.isEmpty() ? "" : file + ": ")
            + (element.isEmpty() ? "" : element + ": ")
            + LocalisedText.format(BUNDLE, key, arguments, Locale.ROOT));
    this.file = file;
    this.element = element;
    this.key = key;
    this.arguments = arguments;
  }

  /** The same problem, named for the file it was found in. */
  public UnreadableEdmpException in(String fileName) {
    return new UnreadableEdmpException(fileName, element, key, arguments);
  }

  public String getFile() {
    return file;
  }

  /** The element the problem was found in, empty when it is the whole file's (not XML at all). */
  public String getElement() {
    return element;
  }

  /** Why, in English. */
  public String getReason() {
    return reason(Locale.ROOT);
  }

  /** Why, in the language of the locale where there is a text for it, else English. */
  public String reason(Locale locale) {
    return LocalisedText.format(BUNDLE, key, arguments, locale);
  }
}
