package de.dmp.fhir.followup;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import de.dmp.fhir.Language;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Appointment: the follow-ups a practice plans and books, for its doctors and staff. */
@ApplicationScoped
public class AppointmentResourceProvider implements IResourceProvider {

  @Inject private FollowUps followUps;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<org.hl7.fhir.r4.model.Appointment> getResourceType() {
    return org.hl7.fhir.r4.model.Appointment.class;
  }

  @Read
  public org.hl7.fhir.r4.model.Appointment read(@IdParam IdType id, RequestDetails request) {
    return AppointmentTranslator.toFhirResource(
        followUps.followUp(Ids.numeric(id)), Language.of(request));
  }

  /** A patient's follow-ups by the day they are due, optionally in some states and days. */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = org.hl7.fhir.r4.model.Appointment.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = org.hl7.fhir.r4.model.Appointment.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @IncludeParam(allow = "Appointment:patient") Set<Include> includes,
      RequestDetails request) {
    long patientId = Ids.patient(patient, "Appointment?patient");
    Set<String> wanted = status == null ? null : statusCodes(status);
    List<org.hl7.fhir.r4.model.Appointment> found =
        followUps.forPatient(patientId).stream()
            .filter(a -> wanted == null || wanted.contains(statusCode(a)))
            .filter(a -> date == null || startsWithin(a, date))
            .filter(a -> DocumentedSearch.updatedWithin(lastUpdated, a.getUpdatedAt()))
            .map(a -> AppointmentTranslator.toFhirResource(a, Language.of(request)))
            .toList();
    return PagedSearch.of(
        patientIncludes.include(
            found, includes, patientId, a -> a.getParticipantFirstRep().getActor()),
        request);
  }

  private static String statusCode(Appointment followUp) {
    return AppointmentTranslator.status(followUp.getStatus()).toCode();
  }

  /** The codes asked for; one that is not a status this server gives is 400. */
  private static Set<String> statusCodes(TokenOrListParam status) {
    Set<String> given =
        Arrays.stream(AppointmentStatus.values())
            .map(AppointmentTranslator::status)
            .map(org.hl7.fhir.r4.model.Appointment.AppointmentStatus::toCode)
            .collect(Collectors.toSet());
    Set<String> wanted =
        status.getValuesAsQueryTokens().stream()
            .map(TokenParam::getValue)
            .collect(Collectors.toSet());
    if (!given.containsAll(wanted)) {
      throw new InvalidRequestException(
          "Appointment status is one of " + String.join(", ", new TreeSet<>(given)) + ".");
    }
    return wanted;
  }

  /** Follow-ups without a time yet do not match a {@code date} search. */
  private static boolean startsWithin(Appointment followUp, DateRangeParam date) {
    return followUp
        .startsAt()
        .map(start -> DocumentedSearch.within(date, start.toLocalDate()))
        .orElse(false);
  }
}
