package de.dmp.fhir.audit;

import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/** Maps an audit record to the FHIR R4 AuditEvent (a RESTful operation on patient data). */
public final class AuditEventTranslator {

  static final String EVENT_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/audit-event-type";
  static final String INTERACTION_SYSTEM = "http://hl7.org/fhir/restful-interaction";

  private static final Map<AuditAction, AuditEventAction> ACTIONS =
      Map.of(
          AuditAction.READ, AuditEventAction.R,
          AuditAction.SEARCH, AuditEventAction.E,
          AuditAction.CREATE, AuditEventAction.C,
          AuditAction.UPDATE, AuditEventAction.U,
          AuditAction.DELETE, AuditEventAction.D,
          AuditAction.EXPORT, AuditEventAction.R);

  private static final Map<AuditAction, String> INTERACTIONS =
      Map.of(
          AuditAction.READ, "read",
          AuditAction.SEARCH, "search-type",
          AuditAction.CREATE, "create",
          AuditAction.UPDATE, "update",
          AuditAction.DELETE, "delete",
          AuditAction.EXPORT, "read");

  private AuditEventTranslator() {}

  public static org.hl7.fhir.r4.model.AuditEvent toFhirResource(AuditEvent event) {
    var resource = new org.hl7.fhir.r4.model.AuditEvent();
    resource.setId(String.valueOf(event.getId()));
    resource.setType(new Coding(EVENT_TYPE_SYSTEM, "rest", "RESTful Operation"));
    resource.addSubtype(new Coding(INTERACTION_SYSTEM, INTERACTIONS.get(event.getAction()), null));
    resource.setAction(ACTIONS.get(event.getAction()));
    resource.setRecorded(Date.from(event.getOccurredAt()));
    resource.setOutcome(
        event.getOutcome() == AuditEvent.Outcome.SUCCESS
            ? AuditEventOutcome._0
            : AuditEventOutcome._4);
    if (event.getDetail() != null) {
      resource.setOutcomeDesc(event.getDetail());
    }
    resource
        .addAgent()
        .setRequestor(true)
        .setWho(new Reference().setDisplay(event.getUsername()))
        .addRole()
        .setText(event.getRole());
    resource.getSource().setObserver(new Reference().setDisplay("DMP records system"));
    var entity = resource.addEntity();
    entity.setWhat(
        new Reference()
            .setReference(
                event.getResourceId() == null
                    ? null
                    : event.getResourceType() + "/" + event.getResourceId())
            .setDisplay(event.getResourceType()));
    if (event.getPatientId() != null) {
      resource.addEntity().setWhat(new Reference("Patient/" + event.getPatientId()));
    }
    return resource;
  }
}
