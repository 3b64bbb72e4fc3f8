package de.dmp.fhir.enrolment;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.enrolment.entity.StatusChange;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * An enrolment as EpisodeOfCare (DOMAIN.md 5): the programme as type (the KBV DMP code), the
 * patient, the practice as managing organisation, the DMP case number as identifier, the confirmed
 * diagnosis as Condition, and every state change in the status history.
 */
public final class EpisodeOfCareTranslator {

  /** The KBV's DMP code system (DMP-Kennzeichen, 01 DM2 … 07 heart failure). */
  public static final String DMP_SYSTEM = "https://fhir.kbv.de/CodeSystem/KBV_CS_SFHIR_KBV_DMP";

  /** The DMP-Fallnummer is unique within a practice: its value is BSNR and number. */
  public static final String CASE_NUMBER_SYSTEM = "urn:dmp-records:sid:dmp-fallnummer";

  static final Map<EnrolmentStatus, EpisodeOfCareStatus> STATUS =
      Map.of(
          EnrolmentStatus.ENROLLED, EpisodeOfCareStatus.PLANNED,
          EnrolmentStatus.ACTIVE, EpisodeOfCareStatus.ACTIVE,
          EnrolmentStatus.SUSPENDED, EpisodeOfCareStatus.ONHOLD,
          EnrolmentStatus.ENDED, EpisodeOfCareStatus.FINISHED,
          EnrolmentStatus.EXCLUDED, EpisodeOfCareStatus.CANCELLED);

  private EpisodeOfCareTranslator() {}

  public static EpisodeOfCare toFhirResource(Enrolment enrolment, ProgrammeDefinition programme) {
    var episode = new EpisodeOfCare();
    episode.setId(String.valueOf(enrolment.getId()));
    episode.getMeta().setVersionId(String.valueOf(enrolment.getVersion()));
    episode.getMeta().setLastUpdated(Date.from(enrolment.getUpdatedAt()));
    episode
        .addIdentifier()
        .setSystem(CASE_NUMBER_SYSTEM)
        .setValue(enrolment.getPractice().getBsnr() + "-" + enrolment.getDmpCase().getCaseNumber());
    episode.addExtension(
        EnrolmentTransaction.INTERVAL_EXTENSION, new CodeType(enrolment.getInterval().name()));
    episode.setStatus(STATUS.get(enrolment.getStatus()));
    episode.addType(
        new CodeableConcept(new Coding(DMP_SYSTEM, programme.dmpIndicator(), programme.title()))
            .setText(programme.title()));
    episode.setPatient(new Reference("Patient/" + enrolment.getPatient().getId()));
    episode.setManagingOrganization(
        new Reference(OrganizationTranslator.practiceReference(enrolment.getPractice().getId()))
            .setDisplay(enrolment.getPractice().getName()));
    episode.setPeriod(period(enrolment.getStartedOn(), enrolment.getEndedOn()));
    episode.addDiagnosis().setCondition(new Reference(ConditionTranslator.reference(enrolment)));
    List<StatusChange> history = enrolment.getHistory();
    for (int i = 0; i < history.size(); i++) {
      LocalDate end = i + 1 < history.size() ? history.get(i + 1).getEffectiveOn() : null;
      episode
          .addStatusHistory()
          .setStatus(STATUS.get(history.get(i).getTo()))
          .setPeriod(period(history.get(i).getEffectiveOn(), end));
    }
    return episode;
  }

  private static Period period(LocalDate start, LocalDate end) {
    var period = new Period();
    period.setStartElement(day(start));
    if (end != null) {
      period.setEndElement(day(end));
    }
    return period;
  }

  private static DateTimeType day(LocalDate day) {
    return new DateTimeType(day.toString());
  }
}
