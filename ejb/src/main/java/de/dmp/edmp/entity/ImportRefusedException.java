package de.dmp.edmp.entity;

import de.dmp.platform.entity.LocalisedText;
import de.dmp.programme.entity.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An imported file refused for its content: unreadable (the element and why) or with values the
 * programme definition does not accept (every failing field with its G-BA label); the file named,
 * the reason in the reader's language.
 */
@ApplicationException(rollback = true)
public class ImportRefusedException extends EdmpRefusedException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "de.dmp.platform.entity.Refusals";
  private static final String UNREADABLE = "edmp.import.unreadable";
  private static final String UNREADABLE_FILE = "edmp.import.unreadableFile";
  private static final String WRONG_VALUE = "edmp.import.wrongValue";

  private final String fileName;
  private final UnreadableEdmpException unreadable;
  private final List<FieldError> errors;

  public ImportRefusedException(UnreadableEdmpException unreadable) {
    super(key(unreadable), unreadable.getFile(), unreadable.getElement(), unreadable.getReason());
    this.fileName = unreadable.getFile();
    this.unreadable = unreadable;
    this.errors = List.of();
  }

  public ImportRefusedException(String fileName, List<FieldError> errors) {
    super(WRONG_VALUE, fileName, joined(errors, Locale.ROOT));
    this.fileName = fileName;
    this.unreadable = null;
    this.errors = List.copyOf(errors);
  }

  @Override
  public String message(Locale locale) {
    if (unreadable == null) {
      return LocalisedText.format(
          BUNDLE, WRONG_VALUE, List.of(fileName, joined(errors, locale)), locale);
    }
    return LocalisedText.format(
        BUNDLE,
        key(unreadable),
        List.of(fileName, unreadable.getElement(), unreadable.reason(locale)),
        locale);
  }

  private static String key(UnreadableEdmpException unreadable) {
    return unreadable.getElement().isEmpty() ? UNREADABLE_FILE : UNREADABLE;
  }

  private static String joined(List<FieldError> errors, Locale locale) {
    return errors.stream().map(error -> error.text(locale)).collect(Collectors.joining("; "));
  }
}
