package de.dmp.fhir.documentation;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.Visit;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.practice.entity.Practice;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A visit as an ambulatory Encounter at the practice, linked to the enrolments (EpisodeOfCare) it
 * documented; the documentations point to it.
 */
public final class EncounterTranslator {

  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  private EncounterTranslator() {}

  /** The visit of the documentations, which the caller may read; there is at least one. */
  public static Encounter toFhirResource(List<Documentation> documentations) {
    Documentation first = documentations.get(0);
    Visit visit = first.getVisit();
    Practice practice = first.getEnrolment().getPractice();
    var encounter = new Encounter();
    encounter.setId(String.valueOf(visit.getId()));
    encounter.getMeta().setLastUpdated(Date.from(visit.getCreatedAt()));
    encounter.setStatus(EncounterStatus.FINISHED);
    encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
    encounter.setSubject(DocumentationReferences.patient(first));
    encounter.setServiceProvider(
        new Reference(OrganizationTranslator.practiceReference(practice.getId()))
            .setDisplay(practice.getName()));
    if (visit.getPractitioner() != null) {
      encounter
          .addParticipant()
          .setIndividual(new Reference("Practitioner/" + visit.getPractitioner().getId()));
    }
    encounter.getPeriod().setStartElement(new DateTimeType(visit.getDate().toString()));
    documentations.stream()
        .map(d -> "EpisodeOfCare/" + d.getEnrolment().getId())
        .distinct()
        .forEach(episode -> encounter.addEpisodeOfCare(new Reference(episode)));
    return encounter;
  }
}
