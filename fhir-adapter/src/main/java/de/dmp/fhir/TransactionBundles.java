package de.dmp.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
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

  /** Where an entry stands: {@code Bundle.entry[1]}, and the fullUrl the client gave it. */
  public record EntryName(String path, String fullUrl) {

    public static EntryName of(Bundle bundle, BundleEntryComponent entry) {
      return new EntryName(
          "Bundle.entry[" + bundle.getEntry().indexOf(entry) + "]",
          entry.hasFullUrl() ? entry.getFullUrl() : "none");
    }

    @Override
    public String toString() {
      return path + " (fullUrl " + fullUrl + ")";
    }
  }

  /**
   * Reads one entry; a refusal of its content (400, 422) comes back naming the entry, by index and
   * fullUrl, in its message and as the first expression of each issue.
   */
  public static <T> T reading(Bundle bundle, BundleEntryComponent entry, Supplier<T> read) {
    try {
      return read.get();
    } catch (UnprocessableEntityException | InvalidRequestException refused) {
      throw at(EntryName.of(bundle, entry), refused);
    }
  }

  /** 422 for the entry's content, naming the entry. */
  public static UnprocessableEntityException refused(
      Bundle bundle, BundleEntryComponent entry, String message) {
    return (UnprocessableEntityException)
        at(EntryName.of(bundle, entry), new UnprocessableEntityException(message));
  }

  private static BaseServerResponseException at(
      EntryName entry, BaseServerResponseException refused) {
    String message = entry + ": " + refused.getMessage();
    var outcome = new OperationOutcome();
    if (refused.getOperationOutcome() instanceof OperationOutcome own && own.hasIssue()) {
      own.getIssue().forEach(issue -> outcome.addIssue(issue.copy()));
    } else {
      outcome
          .addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(IssueType.INVALID)
          .setDiagnostics(refused.getMessage());
    }
    outcome
        .getIssue()
        .forEach(
            issue -> {
              issue.setDiagnostics(entry + ": " + issue.getDiagnostics());
              issue.getExpression().add(0, new org.hl7.fhir.r4.model.StringType(entry.path()));
            });
    return refused instanceof InvalidRequestException
        ? new InvalidRequestException(message, outcome)
        : new UnprocessableEntityException(message, outcome);
  }
}
