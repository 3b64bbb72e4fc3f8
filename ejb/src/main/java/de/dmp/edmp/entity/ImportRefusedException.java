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
  private static final String WRONG_VALUE = "edmp.import.wrongValue";

  private final String fileName;
  private final UnreadableEdmpException unreadable;
  private final List<FieldError> errors;

  public ImportRefusedException(UnreadableEdmpException unreadable) {
    super(UNREADABLE, unreadable.getFile(), unreadable.getElement(), unreadable.getReason());
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
    List<String> arguments =
        unreadable == null
            ? List.of(fileName, joined(errors, locale))
            : List.of(fileName, unreadable.getElement(), unreadable.reason(locale));
    return LocalisedText.format(
        BUNDLE, unreadable == null ? WRONG_VALUE : UNREADABLE, arguments, locale);
  }

  private static String joined(List<FieldError> errors, Locale locale) {
    return errors.stream()
        .map(error -> error.label() + ": " + error.message(locale))
        .collect(Collectors.joining("; "));
  }
}
