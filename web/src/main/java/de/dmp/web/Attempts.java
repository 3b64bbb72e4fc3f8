package de.dmp.web;

import de.dmp.platform.entity.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A change sent to a boundary from a form: a refusal or a violated constraint is told in the user's
 * language as a page message, the request is marked failed for the page's script, and nothing was
 * stored (the boundary's transaction rolled back).
 */
public final class Attempts {

  private Attempts() {}

  /** Whether the change was made. */
  public static boolean attempt(Runnable change, MessageInterpolator interpolator) {
    return result(
            () -> {
              change.run();
              return Boolean.TRUE;
            },
            interpolator)
        .isPresent();
  }

  /** What the change made, or nothing when it was refused. */
  public static <T> Optional<T> result(Supplier<T> change, MessageInterpolator interpolator) {
    try {
      return Optional.of(change.get());
    } catch (RefusedException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text(e));
    } catch (ConstraintViolationException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      Violations.worded(
              e.getConstraintViolations(), interpolator, context.getViewRoot().getLocale())
          .values()
          .forEach(text -> Texts.show(FacesMessage.SEVERITY_ERROR, text));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return Optional.empty();
  }
}
