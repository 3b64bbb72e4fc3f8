package de.dmp.fhir.documentation;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.entity.Documentation;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.ProgrammeVersions;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/** FHIR Observation: the LOINC-coded values of the documentations, e.g. a patient's HbA1c. */
@ApplicationScoped
public class ObservationResourceProvider implements IResourceProvider {

  private static final Pattern ID = Pattern.compile("(\\d{1,18})-([a-z0-9-]+)");

  @Inject private Documentations documentations;
  @Inject private Programmes programmes;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    Matcher parts = ID.matcher(id.getIdPart() == null ? "" : id.getIdPart());
    if (!parts.matches()) {
      throw new ResourceNotFoundException(id);
    }
    Documentation documentation = documentations.documentation(Long.parseLong(parts.group(1)));
    return ObservationTranslator.toFhirResource(
            documentation, programmeOf(documentation), parts.group(2))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /**
   * One patient's observations, optionally of some codes (LOINC, with or without the system) and a
   * range of days, sorted by {@code date} or {@code -date}.
   */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @Sort SortSpec sort,
      @IncludeParam(allow = "Observation:subject") Set<Include> includes,
      RequestDetails request) {
    long patientId = DocumentedSearch.patientId(patient, subject, "Observation");
    List<Observation> found =
        documentations.forPatient(patientId).stream()
            .filter(d -> DocumentedSearch.within(date, d.getDocumentedOn()))
            .filter(d -> DocumentedSearch.updatedWithin(lastUpdated, d.getUpdatedAt()))
            .flatMap(d -> ObservationTranslator.toFhirResources(d, programmeOf(d)).stream())
            .filter(o -> code == null || hasCode(o, code))
            .toList();
    return PagedSearch.of(
        patientIncludes.include(
            DocumentedSearch.sortedByDay(
                found, sort, Observation.SP_DATE, ObservationResourceProvider::day),
            includes,
            patientId,
            Observation::getSubject),
        request);
  }

  private static LocalDate day(Observation observation) {
    return LocalDate.parse(observation.getEffectiveDateTimeType().getValueAsString());
  }

  private static boolean hasCode(Observation observation, TokenOrListParam codes) {
    return codes.getValuesAsQueryTokens().stream()
        .anyMatch(
            token ->
                observation.getCode().getCoding().stream()
                    .anyMatch(
                        coding ->
                            coding.getCode().equals(token.getValue())
                                && (token.getSystem() == null
                                    || token.getSystem().equals(coding.getSystem()))));
  }

  private ProgrammeDefinition programmeOf(Documentation documentation) {
    return ProgrammeVersions.of(programmes, documentation);
  }
}
