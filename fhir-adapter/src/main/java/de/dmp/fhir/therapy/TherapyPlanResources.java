package de.dmp.fhir.therapy;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.therapy.boundary.TherapyPlans;
import de.dmp.therapy.entity.TherapyPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;

/**
 * The therapy plans of a patient as FHIR resources, for the four providers of their types: every
 * version of every enrolment's plan the caller may read, through the boundary.
 */
@ApplicationScoped
public class TherapyPlanResources {

  private static final Pattern ID = Pattern.compile("(\\d{1,18})(-[gms]\\d{1,4})?");

  @Inject private TherapyPlans therapyPlans;
  @Inject private Enrolments enrolments;

  /** The resource of that type and id; a plan's id is the number before the part's letter. */
  public <T extends IBaseResource> T read(Class<T> type, IdType id) {
    Matcher parts = ID.matcher(id.getIdPart() == null ? "" : id.getIdPart());
    if (!parts.matches()) {
      throw new ResourceNotFoundException(id);
    }
    List<TherapyPlan> history = therapyPlans.historyOfPlan(Long.parseLong(parts.group(1)));
    return history.stream()
        .flatMap(plan -> TherapyPlanTranslator.toFhirResources(history, plan).stream())
        .filter(type::isInstance)
        .filter(resource -> resource.getIdElement().getIdPart().equals(id.getIdPart()))
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** Every resource of that type in the patient's plans, newest version first per enrolment. */
  public <T extends IBaseResource> List<T> ofPatient(Class<T> type, long patientId) {
    return enrolments.forPatient(patientId).stream()
        .flatMap(
            enrolment -> {
              List<TherapyPlan> history = therapyPlans.history(enrolment.getId());
              return history.stream()
                  .flatMap(plan -> TherapyPlanTranslator.toFhirResources(history, plan).stream());
            })
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
