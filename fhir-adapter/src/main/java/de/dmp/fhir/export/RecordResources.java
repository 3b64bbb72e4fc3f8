package de.dmp.fhir.export;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.export.boundary.RecordPage;
import de.dmp.fhir.ProgrammeVersions;
import de.dmp.fhir.coverage.CoverageTranslator;
import de.dmp.fhir.documentation.EncounterTranslator;
import de.dmp.fhir.documentation.ObservationTranslator;
import de.dmp.fhir.documentation.QuestionnaireResponseTranslator;
import de.dmp.fhir.enrolment.ConditionTranslator;
import de.dmp.fhir.enrolment.EpisodeOfCareTranslator;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.patient.entity.Patient;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The FHIR resources of patients' records, in the order a reader wants them (each patient with its
 * coverage, then enrolments and diagnoses, then documentations with their observations, then
 * visits), only what changed since the page's point in time: a Coverage when its patient or one of
 * its enrolments changed, an Encounter when one of its documentations did.
 */
public final class RecordResources {

  private RecordResources() {}

  public static void translate(RecordPage page, Programmes programmes, Consumer<IBaseResource> to) {
    Map<Long, List<Enrolment>> enrolmentsByPatient =
        page.enrolments().stream().collect(Collectors.groupingBy(e -> e.getPatient().getId()));
    for (Patient patient : page.patients()) {
      List<Enrolment> enrolments = enrolmentsByPatient.getOrDefault(patient.getId(), List.of());
      boolean changed = page.changed(patient.getUpdatedAt());
      if (changed) {
        to.accept(PatientTranslator.toFhirResource(patient));
      }
      if (patient.isInsured()
          && (changed || enrolments.stream().anyMatch(e -> page.changed(e.getUpdatedAt())))) {
        to.accept(
            CoverageTranslator.toFhirResource(
                patient, enrolments, e -> ProgrammeVersions.of(programmes, e)));
      }
    }
    for (Enrolment enrolment : page.enrolments()) {
      if (page.changed(enrolment.getUpdatedAt())) {
        to.accept(
            EpisodeOfCareTranslator.toFhirResource(
                enrolment, ProgrammeVersions.of(programmes, enrolment)));
        to.accept(ConditionTranslator.toFhirResource(enrolment));
      }
    }
    Map<Long, List<Documentation>> byVisit = new LinkedHashMap<>();
    for (Documentation documentation : page.documentations()) {
      byVisit
          .computeIfAbsent(documentation.getVisit().getId(), id -> new ArrayList<>())
          .add(documentation);
      if (page.changed(documentation.getUpdatedAt())) {
        ProgrammeDefinition programme = ProgrammeVersions.of(programmes, documentation);
        to.accept(QuestionnaireResponseTranslator.toFhirResource(documentation, programme));
        ObservationTranslator.toFhirResources(documentation, programme).forEach(to);
      }
    }
    byVisit.values().stream()
        .filter(visit -> visit.stream().anyMatch(d -> page.changed(d.getUpdatedAt())))
        .forEach(visit -> to.accept(EncounterTranslator.toFhirResource(visit)));
  }
}
