package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.Ids;
import de.dmp.fhir.TransactionBundles;
import de.dmp.fhir.Validation;
import de.dmp.programme.entity.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  @Inject private Documentations documentations;
  @Inject private Enrolments enrolments;

  /** Stores the visit's documentations, or nothing. */
  public Bundle document(Bundle bundle) {
    VisitInput visit = visitOf(bundle);
    List<Documentation> stored =
        visit.status() == DocumentationStatus.COMPLETE
            ? documentations.documentVisit(visit.input())
            : documentations.saveDraft(visit.input());
    return answer(stored);
  }

  /**
   * {@code Bundle/$validate}: checks a documentation transaction as it would be stored, storing
   * nothing; the answer names every problem, or none.
   */
  @Operation(name = "$validate", type = Bundle.class)
  public OperationOutcome validate(@ResourceParam Bundle bundle) {
    return Validation.outcome(
        () -> {
          VisitInput visit = visitOf(bundle);
          documentations.check(visit.input(), visit.status());
        });
  }

  /** What a transaction documents, and whether as documentations or as drafts. */
  private record VisitInput(VisitDocumentation input, DocumentationStatus status) {}

  private VisitInput visitOf(Bundle bundle) {
    TransactionBundles.requireTransaction(bundle);
    BundleEntryComponent visitEntry = onlyEncounter(bundle);
    var visit = (Encounter) visitEntry.getResource();
    List<BundleEntryComponent> forms = responses(bundle, visitEntry);
    long patientId = Ids.referenced(visit.getSubject(), "Patient", "Encounter.subject");
    List<Enrolment> documented = visit.getEpisodeOfCare().stream().map(this::enrolment).toList();
    QuestionnaireResponseStatus status = sameStatus(forms);
    List<ProgrammeDocumentation> programmes = new ArrayList<>();
    for (BundleEntryComponent form : forms) {
      var response = (QuestionnaireResponse) form.getResource();
      if (!Objects.equals(
          response.getSubject().getReference(), visit.getSubject().getReference())) {
        throw new UnprocessableEntityException(
            "QuestionnaireResponse.subject must be the Encounter's patient.");
      }
      programmes.add(
          new ProgrammeDocumentation(
              enrolmentFor(response, documented).getId(),
              QuestionnaireResponseTranslator.toDomainValues(response)));
    }
    return new VisitInput(
        new VisitDocumentation(
            patientId,
            practitioner(visit),
            TransactionBundles.day(visit.getPeriod().getStartElement(), "Encounter.period.start"),
            programmes),
        status == QuestionnaireResponseStatus.COMPLETED
            ? DocumentationStatus.COMPLETE
            : DocumentationStatus.DRAFT);
  }

  private static BundleEntryComponent onlyEncounter(Bundle bundle) {
    String refusal =
        "A documentation transaction creates (POST) one Encounter, the visit, and its QuestionnaireResponses.";
    if (bundle.getEntry().stream().anyMatch(e -> e.getRequest().getMethod() != HTTPVerb.POST)) {
      throw new UnprocessableEntityException(refusal);
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
        throw new UnprocessableEntityException(
            "A documentation transaction holds an Encounter and QuestionnaireResponses only, not "
                + entry.getResource().fhirType()
                + ".");
      }
      if (!visit.hasFullUrl()
          || !visit.getFullUrl().equals(response.getEncounter().getReference())) {
        throw new UnprocessableEntityException(
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
    DocumentType due = enrolment.hasInitialDocumentation() ? DocumentType.FD : DocumentType.ED;
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
