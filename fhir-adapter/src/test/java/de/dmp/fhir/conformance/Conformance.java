package de.dmp.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** HAPI's instance validator with the base R4 structures: what the server returns must pass. */
public final class Conformance {

  private static final FhirContext CONTEXT = FhirContext.forR4Cached();
  private static final FhirValidator VALIDATOR = validator();

  private Conformance() {}

  private static FhirValidator validator() {
    var support =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new CommonCodeSystemsTerminologyService(CONTEXT));
    FhirValidator validator = CONTEXT.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(support));
    return validator;
  }

  /** The validator's errors for the resource, each as "location: message"; empty when valid. */
  public static List<String> errors(IBaseResource resource) {
    return errors(VALIDATOR.validateWithResult(resource));
  }

  /**
   * The same for a resource's JSON as a client received it, before any parser has read (and
   * possibly forgiven) it.
   */
  public static List<String> errors(String json) {
    return errors(VALIDATOR.validateWithResult(json));
  }

  private static List<String> errors(ValidationResult result) {
    return result.getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(Conformance::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }
}
