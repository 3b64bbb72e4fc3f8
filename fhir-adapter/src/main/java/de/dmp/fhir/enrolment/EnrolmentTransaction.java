package de.dmp.fhir.enrolment;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.Ids;
import de.dmp.fhir.TransactionBundles;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A transaction Bundle that enrols a patient, as practice software sends it: the EpisodeOfCare
 * (patient, programme as the KBV's DMP code in {@code type}, the practice as {@code
 * managingOrganization}, {@code period.start}, optionally the documentation interval as the
 * extension {@link #INTERVAL_EXTENSION}), its diagnosis as a Condition that {@code
 * EpisodeOfCare.diagnosis} names by {@code fullUrl}, and optionally the signed Consent. The
 * boundary enrols or refuses all of it; the three read back under the enrolment's id.
 */
@ApplicationScoped
public class EnrolmentTransaction {

  /** The documentation interval the doctor chose, {@code QUARTERLY} unless given. */
  public static final String INTERVAL_EXTENSION =
      "urn:dmp-records:extension:documentation-interval";

  /** Where each field of {@link EnrolmentRequest} lives in the Bundle, for error messages. */
  public static final Map<String, String> FHIR_PATH_BY_FIELD =
      Map.of(
          "EnrolmentRequest.diagnosisCode", "Condition.code",
          "EnrolmentRequest.diagnosisDate", "Condition.onsetDateTime",
          "EnrolmentRequest.consentSignedOn", "Consent.dateTime",
          "EnrolmentRequest.startedOn", "EpisodeOfCare.period.start");

  private static final Set<Class<? extends Resource>> PARTS =
      Set.of(EpisodeOfCare.class, Condition.class, Consent.class);

  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;

  /** Enrols as the transaction says, or nothing; {@code Transactions} has checked its type. */
  public Bundle enrol(Bundle bundle) {
    requireOnlyCreatedParts(bundle);
    var episode = (EpisodeOfCare) one(bundle, EpisodeOfCare.class).getResource();
    long patientId = Ids.referenced(episode.getPatient(), "Patient", "EpisodeOfCare.patient");
    Condition diagnosis = diagnosisOf(bundle, episode);
    List<Consent> consents =
        TransactionBundles.entriesOf(bundle, Consent.class).stream()
            .map(entry -> (Consent) entry.getResource())
            .toList();
    if (consents.size() > 1) {
      throw new UnprocessableEntityException("An enrolment has one Consent.");
    }
    String patient = "Patient/" + patientId;
    if (!patient.equals(diagnosis.getSubject().getReference())
        || consents.stream().anyMatch(c -> !patient.equals(c.getPatient().getReference()))) {
      throw new UnprocessableEntityException(
          "Condition.subject and Consent.patient must be the EpisodeOfCare's patient, "
              + patient
              + ".");
    }
    Enrolment enrolment =
        enrolments.enrol(
            new EnrolmentRequest(
                patientId,
                practiceOf(episode),
                programmeOf(episode).code(),
                icd10(diagnosis),
                onset(diagnosis),
                consents.isEmpty()
                    ? null
                    : TransactionBundles.day(
                        consents.get(0).getDateTimeElement(), "Consent.dateTime"),
                interval(episode),
                TransactionBundles.day(
                    episode.getPeriod().getStartElement(), "EpisodeOfCare.period.start")));
    return answer(enrolment, !consents.isEmpty());
  }

  /** The Condition that {@code EpisodeOfCare.diagnosis} names by its fullUrl. */
  private static Condition diagnosisOf(Bundle bundle, EpisodeOfCare episode) {
    BundleEntryComponent entry = one(bundle, Condition.class);
    String named = episode.getDiagnosisFirstRep().getCondition().getReference();
    if (!entry.hasFullUrl() || !entry.getFullUrl().equals(named)) {
      throw TransactionBundles.refused(
          bundle,
          entry,
          "EpisodeOfCare.diagnosis.condition must be the fullUrl of the transaction's Condition.");
    }
    return (Condition) entry.getResource();
  }

  private static String icd10(Condition diagnosis) {
    return diagnosis.getCode().getCoding().stream()
        .filter(c -> ConditionTranslator.ICD10_SYSTEM.equals(c.getSystem()))
        .map(c -> c.getCode())
        .findFirst()
        .orElse(null);
  }

  private static LocalDate onset(Condition diagnosis) {
    if (!diagnosis.hasOnsetDateTimeType()) {
      throw new UnprocessableEntityException(
          "Condition.onsetDateTime is the day of the diagnosis (YYYY-MM-DD).");
    }
    return TransactionBundles.day(diagnosis.getOnsetDateTimeType(), "Condition.onsetDateTime");
  }

  private static void requireOnlyCreatedParts(Bundle bundle) {
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getRequest().getMethod() != HTTPVerb.POST
          || PARTS.stream().noneMatch(type -> type.isInstance(entry.getResource()))) {
        throw TransactionBundles.refused(
            bundle,
            entry,
            "An enrolment transaction creates (POST) an EpisodeOfCare, its Condition and"
                + " optionally its Consent, nothing else.");
      }
    }
  }

  private static BundleEntryComponent one(Bundle bundle, Class<? extends Resource> type) {
    return TransactionBundles.one(
        bundle, type, "An enrolment transaction holds exactly one " + type.getSimpleName() + ".");
  }

  private static long practiceOf(EpisodeOfCare episode) {
    String organization = new IdType(episode.getManagingOrganization().getReference()).getIdPart();
    return OrganizationTranslator.practiceId(organization)
        .orElseThrow(
            () ->
                new UnprocessableEntityException(
                    "EpisodeOfCare.managingOrganization must name the practice, e.g."
                        + " Organization/practice-7."));
  }

  /** The programme of the KBV DMP code in {@code EpisodeOfCare.type}. */
  private ProgrammeDefinition programmeOf(EpisodeOfCare episode) {
    String code =
        episode.getType().stream()
            .flatMap(type -> type.getCoding().stream())
            .filter(c -> EpisodeOfCareTranslator.DMP_SYSTEM.equals(c.getSystem()))
            .map(c -> c.getCode())
            .findFirst()
            .orElse(null);
    return programmes.all().stream()
        .filter(p -> code != null && code.equals(p.dmpIndicator()))
        .findFirst()
        .orElseThrow(
            () ->
                new UnprocessableEntityException(
                    "EpisodeOfCare.type must name a programme by its DMP code ("
                        + EpisodeOfCareTranslator.DMP_SYSTEM
                        + ", e.g. 01 for diabetes type 2), not "
                        + code
                        + "."));
  }

  private static DocumentationInterval interval(EpisodeOfCare episode) {
    var extension = episode.getExtensionByUrl(INTERVAL_EXTENSION);
    if (extension == null) {
      return DocumentationInterval.QUARTERLY;
    }
    String code = extension.getValue() instanceof CodeType c ? c.getValue() : null;
    return Arrays.stream(DocumentationInterval.values())
        .filter(i -> i.name().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new UnprocessableEntityException(
                    "The extension "
                        + INTERVAL_EXTENSION
                        + " is a code: one of "
                        + Arrays.toString(DocumentationInterval.values())
                        + "."));
  }

  private static Bundle answer(Enrolment enrolment, boolean withConsent) {
    var answer = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
    String id = String.valueOf(enrolment.getId());
    answer.addEntry().getResponse().setStatus("201 Created").setLocation("EpisodeOfCare/" + id);
    answer.addEntry().getResponse().setStatus("201 Created").setLocation("Condition/" + id);
    if (withConsent) {
      answer.addEntry().getResponse().setStatus("201 Created").setLocation("Consent/" + id);
    }
    return answer;
  }
}
