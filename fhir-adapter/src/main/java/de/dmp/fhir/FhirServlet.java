package de.dmp.fhir;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.ResponseHighlighterInterceptor;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.fhir.audit.AuditEventResourceProvider;
import de.dmp.fhir.coverage.CoverageResourceProvider;
import de.dmp.fhir.documentation.DocumentationTransaction;
import de.dmp.fhir.documentation.EncounterResourceProvider;
import de.dmp.fhir.documentation.ObservationResourceProvider;
import de.dmp.fhir.documentation.QuestionnaireResourceProvider;
import de.dmp.fhir.documentation.QuestionnaireResponseResourceProvider;
import de.dmp.fhir.edmp.DocumentReferenceResourceProvider;
import de.dmp.fhir.edmp.EdmpImportProvider;
import de.dmp.fhir.enrolment.ConditionResourceProvider;
import de.dmp.fhir.enrolment.ConsentResourceProvider;
import de.dmp.fhir.enrolment.EnrolmentTransaction;
import de.dmp.fhir.enrolment.EpisodeOfCareResourceProvider;
import de.dmp.fhir.export.BulkExportProvider;
import de.dmp.fhir.followup.AppointmentResourceProvider;
import de.dmp.fhir.patient.PatientResourceProvider;
import de.dmp.fhir.patient.PatientTranslator;
import de.dmp.fhir.practice.OrganizationResourceProvider;
import de.dmp.fhir.practice.PractitionerResourceProvider;
import de.dmp.fhir.practice.PractitionerRoleResourceProvider;
import de.dmp.fhir.programme.MeasureResourceProvider;
import de.dmp.fhir.programme.PlanDefinitionResourceProvider;
import de.dmp.fhir.programme.ProgrammeLoadProvider;
import de.dmp.fhir.quality.MeasureReportResourceProvider;
import de.dmp.fhir.rules.TaskResourceProvider;
import de.dmp.fhir.therapy.CarePlanResourceProvider;
import de.dmp.fhir.therapy.GoalResourceProvider;
import de.dmp.fhir.therapy.MedicationStatementResourceProvider;
import de.dmp.fhir.therapy.ServiceRequestResourceProvider;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The FHIR R4 endpoint: HAPI's plain server routing to one resource provider per type. */
@WebServlet(urlPatterns = "/fhir/*", loadOnStartup = 1)
public class FhirServlet extends RestfulServer {

  private static final long serialVersionUID = 1L;

  /** How this server answers the boundaries' refusals, also for {@link Validation}. */
  static final RefusalInterceptor REFUSALS =
      new RefusalInterceptor(
          Stream.of(PatientTranslator.FHIR_PATH_BY_FIELD, EnrolmentTransaction.FHIR_PATH_BY_FIELD)
              .flatMap(paths -> paths.entrySet().stream())
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

  @Inject private AuditLog auditLog;
  @Inject private PatientResourceProvider patients;
  @Inject private AuditEventResourceProvider auditEvents;
  @Inject private EpisodeOfCareResourceProvider episodesOfCare;
  @Inject private ConditionResourceProvider conditions;
  @Inject private OrganizationResourceProvider organizations;
  @Inject private PractitionerResourceProvider practitioners;
  @Inject private PractitionerRoleResourceProvider practitionerRoles;
  @Inject private CoverageResourceProvider coverages;
  @Inject private MeasureReportResourceProvider measureReports;
  @Inject private EncounterResourceProvider encounters;
  @Inject private QuestionnaireResourceProvider questionnaires;
  @Inject private QuestionnaireResponseResourceProvider questionnaireResponses;
  @Inject private ObservationResourceProvider observations;
  @Inject private BulkExportProvider bulkExport;
  @Inject private ProgrammeLoadProvider programmeLoad;
  @Inject private Transactions transactions;
  @Inject private DocumentationTransaction documentationTransaction;
  @Inject private MeasureResourceProvider measures;
  @Inject private PlanDefinitionResourceProvider planDefinitions;
  @Inject private CarePlanResourceProvider carePlans;
  @Inject private GoalResourceProvider goals;
  @Inject private MedicationStatementResourceProvider medicationStatements;
  @Inject private ServiceRequestResourceProvider serviceRequests;
  @Inject private ConsentResourceProvider consents;
  @Inject private TaskResourceProvider tasks;
  @Inject private AppointmentResourceProvider appointments;
  @Inject private DocumentReferenceResourceProvider documentReferences;
  @Inject private EdmpImportProvider edmpImport;

  @Override
  protected void initialize() {
    setFhirContext(Narratives.context());
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setImplementationDescription("DMP records system");
    registerProviders(
        patients,
        auditEvents,
        episodesOfCare,
        conditions,
        organizations,
        practitioners,
        practitionerRoles,
        coverages,
        measureReports,
        encounters,
        questionnaires,
        questionnaireResponses,
        observations,
        bulkExport,
        programmeLoad,
        edmpImport,
        transactions,
        documentationTransaction,
        measures,
        planDefinitions,
        carePlans,
        goals,
        medicationStatements,
        serviceRequests,
        consents,
        tasks,
        appointments,
        documentReferences);
    registerInterceptor(new RoleRefusalAudit(auditLog));
    registerInterceptor(REFUSALS);
    registerInterceptor(new UnofferedInteractions());
    registerInterceptor(new LoginInCapabilityStatement());
    registerInterceptor(new ResponseHighlighterInterceptor());
  }
}
