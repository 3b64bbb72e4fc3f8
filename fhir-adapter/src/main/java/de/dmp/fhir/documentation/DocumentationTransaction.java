package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.InvalidDocumentationException;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.Ids;
import de.dmp.fhir.Language;
import de.dmp.fhir.RefusalInterceptor;
import de.dmp.fhir.TransactionBundles;
import de.dmp.fhir.TransactionBundles.EntryName;
import de.dmp.fhir.Validation;
import de.dmp.programme.entity.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A transaction Bundle that documents one visit, as practice software sends it: one Encounter (the
 * visit: patient, day, doctor, the enrolments documented as {@code episodeOfCare}) and one
 * QuestionnaireResponse per programme, pointing to the Encounter by its {@code fullUrl}. All of it
 * is stored, or nothing: the boundary checks every programme and names every failing field.
 * Completed responses are documentations, in-progress ones drafts.
 */
@ApplicationScoped
public class DocumentationTransaction {

  private static final Pattern FORM =
      Pattern.compile(
          Pattern.quote(QuestionnaireTranslator.URL_BASE) + "([A-Z0-9_]+)-(ED|FD)\\|.+");
  private static final Set<QuestionnaireResponseStatus> STORABLE =
      Set.of(QuestionnaireResponseStatus.COMPLETED, QuestionnaireResponseStatus.INPROGRESS);

  /** Where {@code Documentations} puts a refusal of the visit as a whole, not of a programme. */
  private static final String VISIT_ERRORS = "visit";

  @Inject private Documentations documentations;
  @Inject private Enrolments enrolments;

  /** Stores the visit's documentations, or nothing; refused fields named in the language given. */
  public Bundle document(Bundle bundle, Locale language) {
    VisitInput visit = visitOf(bundle);
    List<Documentation> stored =
        visit.located(
            language,
            () ->
                visit.status() == DocumentationStatus.COMPLETE
                    ? documentations.documentVisit(visit.input())
                    : documentations.saveDraft(visit.input()));
    return answer(stored);
  }

  /**
   * {@code Bundle/$validate}: checks a documentation transaction as it would be stored, storing
   * nothing; the answer names every problem, or none.
   */
  @Operation(name = "$validate", type = Bundle.class)
  public OperationOutcome validate(@ResourceParam Bundle bundle, RequestDetails request) {
    return Validation.outcome(
        request,
        () -> {
          VisitInput visit = visitOf(bundle);
          visit.located(
              Language.of(request),
              () -> {
                documentations.check(visit.input(), visit.status());
                return null;
              });
        });
  }

  /**
   * What a transaction documents, whether as documentations or as drafts, and the entry of the
   * visit and of each programme's form, which a refusal names.
   */
  private record VisitInput(
      VisitDocumentation input, DocumentationStatus status, Map<String, EntryName> entries) {

    /** The boundary's call; its failing fields named at their entries, in the language given. */
    <T> T located(Locale language, Supplier<T> call) {
      try {
        return call.get();
      } catch (InvalidDocumentationException invalid) {
        throw new UnprocessableEntityException(
            "The documentation was not saved",
            RefusalInterceptor.outcome(
                invalid,
                language,
                programme -> entries.getOrDefault(programme, entries.get(VISIT_ERRORS))));
      }
    }
  }

  private VisitInput visitOf(Bundle bundle) {
    TransactionBundles.requireTransaction(bundle);
    BundleEntryComponent visitEntry = onlyEncounter(bundle);
    var visit = (Encounter) visitEntry.getResource();
    List<BundleEntryComponent> forms = responses(bundle, visitEntry);
    List<Enrolment> documented =
        TransactionBundles.reading(
            bundle,
            visitEntry,
            () -> visit.getEpisodeOfCare().stream().map(this::enrolment).toList());
    QuestionnaireResponseStatus status = sameStatus(forms);
    Map<String, EntryName> entries = new HashMap<>();
    entries.put(VISIT_ERRORS, EntryName.of(bundle, visitEntry));
    List<ProgrammeDocumentation> programmes = new ArrayList<>();
    for (BundleEntryComponent form : forms) {
      var response = (QuestionnaireResponse) form.getResource();
      Enrolment enrolment =
          TransactionBundles.reading(bundle, form, () -> enrolmentOf(response, visit, documented));
      programmes.add(
          new ProgrammeDocumentation(
              enrolment.getId(),
              TransactionBundles.reading(
                  bundle, form, () -> QuestionnaireResponseTranslator.toDomainValues(response))));
      entries.put(enrolment.getProgrammeCode(), EntryName.of(bundle, form));
    }
    VisitDocumentation input =
        TransactionBundles.reading(
            bundle,
            visitEntry,
            () ->
                new VisitDocumentation(
                    Ids.referenced(visit.getSubject(), "Patient", "Encounter.subject"),
                    practitioner(visit),
                    TransactionBundles.day(
                        visit.getPeriod().getStartElement(), "Encounter.period.start"),
                    programmes));
    return new VisitInput(
        input,
        status == QuestionnaireResponseStatus.COMPLETED
            ? DocumentationStatus.COMPLETE
            : DocumentationStatus.DRAFT,
        entries);
  }

  /** The enrolment a form documents: of the visit's patient, among the visit's enrolments. */
  private static Enrolment enrolmentOf(
      QuestionnaireResponse response, Encounter visit, List<Enrolment> documented) {
    if (!Objects.equals(response.getSubject().getReference(), visit.getSubject().getReference())) {
      throw new UnprocessableEntityException(
          "QuestionnaireResponse.subject must be the Encounter's patient.");
    }
    return enrolmentFor(response, documented);
  }

  private static BundleEntryComponent onlyEncounter(Bundle bundle) {
    String refusal =
        "A documentation transaction creates (POST) one Encounter, the visit, and its QuestionnaireResponses.";
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getRequest().getMethod() != HTTPVerb.POST) {
        throw TransactionBundles.refused(bundle, entry, refusal);
      }
    }
    return TransactionBundles.one(bundle, Encounter.class, refusal);
  }

  private static List<BundleEntryComponent> responses(Bundle bundle, BundleEntryComponent visit) {
    List<BundleEntryComponent> forms = new ArrayList<>();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry == visit) {
        continue;
      }
      if (!(entry.getResource() instanceof QuestionnaireResponse response)) {
        throw TransactionBundles.refused(
            bundle,
            entry,
            "A documentation transaction holds an Encounter and QuestionnaireResponses only, not "
                + (entry.hasResource() ? entry.getResource().fhirType() : "an entry without one")
                + ".");
      }
      if (!visit.hasFullUrl()
          || !visit.getFullUrl().equals(response.getEncounter().getReference())) {
        throw TransactionBundles.refused(
            bundle,
            entry,
            "QuestionnaireResponse.encounter must be the fullUrl of the transaction's Encounter.");
      }
      forms.add(entry);
    }
    if (forms.isEmpty()) {
      throw new UnprocessableEntityException(
          "The transaction documents no programme: add a QuestionnaireResponse.");
    }
    return forms;
  }

  private static QuestionnaireResponseStatus sameStatus(List<BundleEntryComponent> forms) {
    Set<QuestionnaireResponseStatus> statuses =
        forms.stream()
            .map(f -> ((QuestionnaireResponse) f.getResource()).getStatus())
            .collect(Collectors.toSet());
    if (statuses.size() != 1 || !STORABLE.containsAll(statuses)) {
      throw new UnprocessableEntityException(
          "QuestionnaireResponse.status is completed (a documentation) or in-progress (a draft), the same for the whole visit.");
    }
    return statuses.iterator().next();
  }

  private Enrolment enrolment(Reference episode) {
    return enrolments.enrolment(
        Ids.referenced(episode, "EpisodeOfCare", "Encounter.episodeOfCare"));
  }

  /** The enrolment of the form's programme among the visit's; its document type must be due. */
  private static Enrolment enrolmentFor(
      QuestionnaireResponse response, List<Enrolment> documented) {
    Matcher form =
        FORM.matcher(response.getQuestionnaire() == null ? "" : response.getQuestionnaire());
    if (!form.matches()) {
      throw new UnprocessableEntityException(
          "QuestionnaireResponse.questionnaire names a programme's form, e.g. "
              + QuestionnaireTranslator.URL_BASE
              + "DM2-FD|2025-1.");
    }
    Enrolment enrolment =
        documented.stream()
            .filter(e -> e.getProgrammeCode().equals(form.group(1)))
            .findFirst()
            .orElseThrow(
                () ->
                    new UnprocessableEntityException(
                        "Encounter.episodeOfCare has no enrolment in " + form.group(1) + "."));
    DocumentType due = enrolment.nextDocumentType();
    if (!due.name().equals(form.group(2))) {
      throw new UnprocessableEntityException(
          "Enrolment "
              + enrolment.getId()
              + " is due its "
              + due
              + ", not the "
              + form.group(2)
              + ".");
    }
    return enrolment;
  }

  private static Long practitioner(Encounter visit) {
    return visit.getParticipant().stream()
        .map(
            p ->
                Ids.referenced(
                    p.getIndividual(), "Practitioner", "Encounter.participant.individual"))
        .findFirst()
        .orElse(null);
  }

  private static Bundle answer(List<Documentation> stored) {
    var answer = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
    answer
        .addEntry()
        .getResponse()
        .setStatus("201 Created")
        .setLocation("Encounter/" + stored.get(0).getVisit().getId());
    stored.forEach(
        d ->
            answer
                .addEntry()
                .getResponse()
                .setStatus("201 Created")
                .setLocation(
                    "QuestionnaireResponse/" + d.getId() + "/_history/" + d.getRevision()));
    return answer;
  }
}
