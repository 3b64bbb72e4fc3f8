package de.dmp.fhir.edmp;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.edmp.boundary.DocumentationFile;
import de.dmp.edmp.boundary.EdmpFiles;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;

/**
 * FHIR DocumentReference: the eDMP file of a complete documentation, read by the documentation's id
 * or searched by patient and the period the documentation covers (its day, with FHIR's prefixes); a
 * draft or a programme without an eDMP interface is refused with 422.
 */
@ApplicationScoped
public class DocumentReferenceResourceProvider implements IResourceProvider {

  @Inject private EdmpFiles files;

  @Override
  public Class<DocumentReference> getResourceType() {
    return DocumentReference.class;
  }

  @Read
  public DocumentReference read(@IdParam IdType id) {
    return translate(files.file(Ids.numeric(id)));
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = DocumentReference.SP_PERIOD) DateRangeParam period,
      RequestDetails request) {
    long patientId = Ids.patient(patient, "DocumentReference?patient");
    return PagedSearch.of(
        files.forPatient(patientId, day -> DocumentedSearch.within(period, day)).stream()
            .map(DocumentReferenceResourceProvider::translate)
            .toList(),
        request);
  }

  private static DocumentReference translate(DocumentationFile file) {
    return DocumentReferenceTranslator.toFhirResource(file.documentation(), file.file());
  }
}
