package de.dmp.web;

import de.dmp.platform.entity.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;

/** The UI's texts in the user's language, for messages made in Java. */
public final class Texts {

  private Texts() {}

  /** The text of that key in messages*.properties, with its {0}, {1}… filled in. */
  public static String text(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
    return new MessageFormat(pattern, locale()).format(arguments);
  }

  /** The language the user chose, for what is written in Java. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Why the record's rules refused a request, in the user's language. */
  public static String text(RefusedException refusal) {
    return refusal.message(locale());
  }

  /** Shows a message for the whole page, e.g. after a save. */
  public static void show(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
