package de.dmp.fhir.rules;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.Ids;
import de.dmp.fhir.Language;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.rules.boundary.Verdicts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;

/** FHIR Task: what the rules ask of the practice today, per enrolment of a patient. */
@ApplicationScoped
public class TaskResourceProvider implements IResourceProvider {

  private static final Pattern ID = Pattern.compile("(\\d{1,18})-(.+)");

  @Inject private Enrolments enrolments;
  @Inject private Verdicts verdicts;
  @Inject private Clock clock;

  @Override
  public Class<Task> getResourceType() {
    return Task.class;
  }

  @Read
  public Task read(@IdParam IdType id, RequestDetails request) {
    Matcher parts = ID.matcher(id.getIdPart() == null ? "" : id.getIdPart());
    if (!parts.matches()) {
      throw new ResourceNotFoundException(id);
    }
    return tasks(enrolments.enrolment(Long.parseLong(parts.group(1))), Language.of(request))
        .filter(task -> task.getIdElement().getIdPart().equals(id.getIdPart()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** The patient's open tasks of today, most urgent first per enrolment. */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = Task.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return PagedSearch.of(
        enrolments.forPatient(Ids.patient(patient, "Task?patient")).stream()
            .filter(Enrolment::isOpen)
            .flatMap(enrolment -> tasks(enrolment, Language.of(request)))
            .toList(),
        request);
  }

  private Stream<Task> tasks(Enrolment enrolment, Locale language) {
    return verdicts.forEnrolment(enrolment.getId(), LocalDate.now(clock)).stream()
        .map(verdict -> TaskTranslator.toFhirResource(enrolment, verdict, language))
        .flatMap(Optional::stream);
  }
}
