package de.dmp.platform.entity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A violated constraint's message worded in a language the reader chose, not the server's: the
 * violation keeps only the text in the validator's default locale.
 */
public final class ViolationWording {

  private ViolationWording() {}

  public static String in(
      ConstraintViolation<?> violation, MessageInterpolator interpolator, Locale locale) {
    return interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale);
  }

  private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
    return new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return violation.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        return violation.unwrap(type);
      }
    };
  }
}
