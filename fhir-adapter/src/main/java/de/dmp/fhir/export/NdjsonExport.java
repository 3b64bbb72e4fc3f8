package de.dmp.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.export.boundary.ExportPage;
import de.dmp.export.boundary.ExportSink;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes an export's pages as one NDJSON file per resource type, a resource a line, appending page
 * after page so that nothing but the current page is held in memory.
 */
public final class NdjsonExport implements ExportSink {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  private final ExportFiles files;
  private final Set<String> types;
  private final Programmes programmes;
  private final Map<String, BufferedWriter> writers = new TreeMap<>();
  private final Map<String, Long> counts = new TreeMap<>();

  public NdjsonExport(ExportFiles files, Set<String> types, Programmes programmes) {
    this.files = files;
    this.types = Set.copyOf(types);
    this.programmes = programmes;
  }

  @Override
  public void write(ExportPage page) {
    Map<Long, List<Enrolment>> enrolmentsByPatient =
        page.enrolments().stream()
            .collect(Collectors.groupingBy(e -> e.getPatient().getId(), Collectors.toList()));
    for (Patient patient : page.patients()) {
      List<Enrolment> enrolments = enrolmentsByPatient.getOrDefault(patient.getId(), List.of());
      boolean changed = page.changed(patient.getUpdatedAt());
      if (changed) {
        write(PatientTranslator.toFhirResource(patient));
      }
      if (patient.isInsured()
          && (changed || enrolments.stream().anyMatch(e -> page.changed(e.getUpdatedAt())))) {
        write(CoverageTranslator.toFhirResource(patient, enrolments, this::programmeOf));
      }
    }
    for (Enrolment enrolment : page.enrolments()) {
      if (page.changed(enrolment.getUpdatedAt())) {
        write(EpisodeOfCareTranslator.toFhirResource(enrolment, programmeOf(enrolment)));
        write(ConditionTranslator.toFhirResource(enrolment));
      }
    }
    Map<Long, List<Documentation>> byVisit = new LinkedHashMap<>();
    for (Documentation documentation : page.documentations()) {
      byVisit
          .computeIfAbsent(documentation.getVisit().getId(), id -> new java.util.ArrayList<>())
          .add(documentation);
      if (page.changed(documentation.getUpdatedAt())) {
        ProgrammeDefinition programme =
            programmeOf(documentation.getEnrolment(), documentation.getProgrammeVersion());
        write(QuestionnaireResponseTranslator.toFhirResource(documentation, programme));
        ObservationTranslator.toFhirResources(documentation, programme).forEach(this::write);
      }
    }
    byVisit.values().stream()
        .filter(visit -> visit.stream().anyMatch(d -> page.changed(d.getUpdatedAt())))
        .forEach(visit -> write(EncounterTranslator.toFhirResource(visit)));
    flush();
  }

  private ProgrammeDefinition programmeOf(Enrolment enrolment) {
    return programmeOf(enrolment, enrolment.getProgrammeVersion());
  }

  private ProgrammeDefinition programmeOf(Enrolment enrolment, String version) {
    return programmes.version(enrolment.getProgrammeCode(), version);
  }

  private void write(IBaseResource resource) {
    String type = resource.fhirType();
    if (!types.contains(type)) {
      return;
    }
    try {
      BufferedWriter writer = writers.get(type);
      if (writer == null) {
        writer = Files.newBufferedWriter(files.file(type), StandardCharsets.UTF_8);
        writers.put(type, writer);
      }
      writer.write(JSON.encodeResourceToString(resource));
      writer.write('\n');
      counts.merge(type, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each page reaches the disk before its transaction commits, so a crash loses no page silently.
   */
  private void flush() {
    try {
      for (BufferedWriter writer : writers.values()) {
        writer.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, Long> counts() {
    close();
    return Map.copyOf(counts);
  }

  @Override
  public void discard() {
    close();
    files.delete();
  }

  private void close() {
    try {
      for (BufferedWriter writer : writers.values()) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
