package de.dmp.fhir.documentation;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import ca.uhn.fhir.rest.annotation.History;
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
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.entity.Documentation;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import de.dmp.fhir.ProgrammeVersions;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** FHIR QuestionnaireResponse: documentations as the programme's filled-in forms. */
@ApplicationScoped
public class QuestionnaireResponseResourceProvider implements IResourceProvider {

  @Inject private Documentations documentations;
  @Inject private Programmes programmes;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<QuestionnaireResponse> getResourceType() {
    return QuestionnaireResponse.class;
  }

  /** The current revision, or with {@code _history/<n>} revision n as it read. */
  @Read(version = true)
  public QuestionnaireResponse read(@IdParam IdType id) {
    if (!id.hasVersionIdPart()) {
      return translate(documentations.documentation(Ids.numeric(id)));
    }
    return documentations.history(Ids.numeric(id)).stream()
        .filter(d -> String.valueOf(d.getRevision()).equals(id.getVersionIdPart()))
        .findFirst()
        .map(this::translate)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /**
   * Every revision of the documentation, newest first; the first was created (POST), every later
   * one replaced its predecessor (PUT).
   */
  @History
  public List<QuestionnaireResponse> history(@IdParam IdType id) {
    return documentations.history(Ids.numeric(id)).stream()
        .map(
            d -> {
              QuestionnaireResponse response = translate(d);
              ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(
                  response,
                  d.getRevision() == 1
                      ? BundleEntryTransactionMethodEnum.POST
                      : BundleEntryTransactionMethodEnum.PUT);
              return response;
            })
        .toList();
  }

  /** One patient's documentations, optionally of a status and a range of documentation days. */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = QuestionnaireResponse.SP_STATUS) TokenParam status,
      @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) DateRangeParam authored,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @Sort SortSpec sort,
      @IncludeParam(allow = "QuestionnaireResponse:subject") Set<Include> includes,
      RequestDetails request) {
    long patientId = DocumentedSearch.patientId(patient, subject, "QuestionnaireResponse");
    List<Documentation> found =
        documentations.forPatient(patientId).stream()
            .filter(d -> DocumentedSearch.within(authored, d.getDocumentedOn()))
            .filter(d -> DocumentedSearch.updatedWithin(lastUpdated, d.getUpdatedAt()))
            .filter(
                d ->
                    status == null
                        || QuestionnaireResponseTranslator.status(d)
                            .toCode()
                            .equals(status.getValue()))
            .toList();
    List<QuestionnaireResponse> responses =
        DocumentedSearch.sortedByDay(
                found, sort, QuestionnaireResponse.SP_AUTHORED, Documentation::getDocumentedOn)
            .stream()
            .map(this::translate)
            .toList();
    return PagedSearch.of(
        patientIncludes.include(responses, includes, patientId, QuestionnaireResponse::getSubject),
        request);
  }

  private QuestionnaireResponse translate(Documentation documentation) {
    return QuestionnaireResponseTranslator.toFhirResource(
        documentation, ProgrammeVersions.of(programmes, documentation));
  }
}
