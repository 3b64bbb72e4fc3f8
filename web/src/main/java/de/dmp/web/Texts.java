package de.dmp.web;

import de.dmp.platform.entity.RefusedException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's texts in the user's language, for messages made in Java. */
public final class Texts {

  private static final String MESSAGES = "de.dmp.web.messages";

  /** English is the base bundle: no falling back to the server's own language. */
  private static final ResourceBundle.Control ONLY_THAT_LANGUAGE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  private Texts() {}

  /** The text of that key in messages*.properties, with its {0}, {1}… filled in. */
  public static String text(String key, Object... arguments) {
    Locale locale = locale();
    String pattern = ResourceBundle.getBundle(MESSAGES, locale, ONLY_THAT_LANGUAGE).getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * The language the user chose, for what is written in Java. Not the view's: before a page is
   * rendered (in its view action) the view still has the browser's language, which made the German
   * chart read "Target 140.000" in an English browser.
   */
  public static Locale locale() {
    return CDI.current().select(UserSession.class).get().getLocale();
  }

  /** Why the record's rules refused a request, in the user's language. */
  public static String text(RefusedException refusal) {
    return refusal.message(locale());
  }

  /** Shows an error beside the field with that client id, and marks the request failed. */
  public static void showAt(String clientId, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    context.validationFailed();
  }

  /** Shows a message for the whole page, e.g. after a save. */
  public static void show(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
