package de.dmp.fhir.audit;

import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.fhir.paging.PagedSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.AuditEvent;

/** FHIR AuditEvent for administrators: the audit trail, newest first, paged. */
@ApplicationScoped
public class AuditEventResourceProvider implements IResourceProvider {

  @Inject private AuditLog auditLog;

  @Override
  public Class<AuditEvent> getResourceType() {
    return AuditEvent.class;
  }

  @Search
  public IBundleProvider search(RequestDetails request) {
    return new PagedSearch<de.dmp.audit.entity.AuditEvent>(
        auditLog.count(), auditLog::events, AuditEventTranslator::toFhirResource, request);
  }
}
