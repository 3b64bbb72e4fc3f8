package de.dmp.patient.boundary;

import de.dmp.patient.entity.InsuranceNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A KVNR as printed on the health card: its format, and then its check digit, which mostly catches
 * a digit mistyped from the card. A malformed number gets only the format's message.
 */
@Pattern(regexp = InsuranceNumber.FORMAT, message = "{dmp.patient.insuranceNumber.pattern}")
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidInsuranceNumber.CheckDigit.class)
public @interface ValidInsuranceNumber {

  String message() default "{dmp.patient.insuranceNumber.checkDigit}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the check digit of what the format accepts. */
  class CheckDigit implements ConstraintValidator<ValidInsuranceNumber, String> {

    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
      return number == null
          || !number.matches(InsuranceNumber.FORMAT)
          || InsuranceNumber.hasValidCheckDigit(number);
    }
  }
}
