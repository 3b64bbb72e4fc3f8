package de.dmp.web;

import de.dmp.platform.entity.ViolationWording;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A boundary's input checked in the UI before it is sent, with the boundary's own constraints, and
 * each violation worded in the user's language by the field it concerns.
 */
public final class Violations {

  private Violations() {}

  public static Map<String, String> byField(
      Validator validator, MessageInterpolator interpolator, Object input, Locale locale) {
    return worded(validator.validate(input), interpolator, locale);
  }

  /** Violations a boundary reported, worded by the field they concern. */
  public static Map<String, String> worded(
      Set<? extends ConstraintViolation<?>> violations,
      MessageInterpolator interpolator,
      Locale locale) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (ConstraintViolation<?> violation : violations) {
      byField.merge(
          violation.getPropertyPath().toString(),
          ViolationWording.in(violation, interpolator, locale),
          (a, b) -> a + " " + b);
    }
    return byField;
  }
}
