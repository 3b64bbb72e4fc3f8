package de.dmp.benchmark;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.TestData;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Map;

/**
 * A visit's follow-up documentation as a FHIR transaction Bundle, as practice software posts it:
 * the Encounter and the QuestionnaireResponse with the sample values of the enrolment's programme.
 */
final class FollowUpBundle {

  /**
   * JPQL condition on an enrolment {@code e}: nothing complete since {@code :since} (see {@link
   * #undocumentedSince}), so that a follow-up today is not a second documentation of its period,
   * which the server refuses.
   */
  static final String UNDOCUMENTED =
      " not exists (select d from Documentation d where d.enrolment = e"
          + " and d.status <> de.dmp.documentation.entity.DocumentationStatus.DRAFT"
          + " and d.documentedOn >= :since)";

  private FollowUpBundle() {}

  /** The first day of the quarter before today's: a period covers at most two quarters. */
  static LocalDate undocumentedSince(LocalDate today) {
    return Quarter.of(today).plus(-1).start();
  }

  static String of(
      EntityManager em,
      UserTransaction transaction,
      TestData data,
      long enrolmentId,
      long patientId,
      LocalDate day)
      throws Exception {
    transaction.begin();
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    Map<String, String> values = data.sample(enrolment, DocumentType.FD, day);
    String version = enrolment.getProgrammeVersion();
    String programme = enrolment.getProgrammeCode();
    transaction.commit();
    StringBuilder items = new StringBuilder();
    values.forEach(
        (code, value) ->
            items
                .append(items.isEmpty() ? "" : ",")
                .append("{\"linkId\":\"")
                .append(json(code))
                .append("\",\"answer\":[{\"valueString\":\"")
                .append(json(value))
                .append("\"}]}"));
    String patient = "Patient/" + patientId;
    return """
        {"resourceType":"Bundle","type":"transaction","entry":[
         {"fullUrl":"urn:uuid:visit","request":{"method":"POST","url":"Encounter"},
          "resource":{"resourceType":"Encounter","status":"finished",
           "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
           "subject":{"reference":"%s"},"period":{"start":"%s"},
           "episodeOfCare":[{"reference":"EpisodeOfCare/%s"}]}},
         {"request":{"method":"POST","url":"QuestionnaireResponse"},
          "resource":{"resourceType":"QuestionnaireResponse","status":"completed",
           "questionnaire":"urn:dmp-records:Questionnaire:%s-FD|%s",
           "subject":{"reference":"%s"},"encounter":{"reference":"urn:uuid:visit"},
           "item":[%s]}}]}"""
        .formatted(patient, day, enrolmentId, programme, version, patient, items);
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
