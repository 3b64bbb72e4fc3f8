package de.dmp.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Resource;

/** What every transaction this server takes shares: all or nothing, created entries, days. */
public final class TransactionBundles {

  private TransactionBundles() {}

  /**
   * Refuses a batch: it answers each entry on its own, so a visit or an enrolment could be stored
   * in part.
   */
  public static void requireTransaction(Bundle bundle) {
    if (bundle.getType() != BundleType.TRANSACTION) {
      throw new InvalidRequestException(
          "Only transaction Bundles are accepted: a visit's documentation or an enrolment is"
              + " stored all or nothing.");
    }
  }

  /** The entries holding a resource of the type. */
  public static List<BundleEntryComponent> entriesOf(
      Bundle bundle, Class<? extends Resource> type) {
    return bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource())).toList();
  }

  /**
   * The one entry holding a resource of the type; 422 with the refusal when there are more or none.
   */
  public static BundleEntryComponent one(
      Bundle bundle, Class<? extends Resource> type, String refusal) {
    List<BundleEntryComponent> entries = entriesOf(bundle, type);
    if (entries.size() != 1) {
      throw new UnprocessableEntityException(refusal);
    }
    return entries.get(0);
  }

  /** The day a date or dateTime element names; 422 naming the element when it has none. */
  public static LocalDate day(BaseDateTimeType value, String element) {
    if (value == null || value.getValueAsString() == null) {
      throw new UnprocessableEntityException(element + " is required (YYYY-MM-DD).");
    }
    return LocalDate.parse(value.getValueAsString().substring(0, 10));
  }
}
