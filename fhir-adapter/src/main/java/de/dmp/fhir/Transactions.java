package de.dmp.fhir;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import de.dmp.fhir.documentation.DocumentationTransaction;
import de.dmp.fhir.enrolment.EnrolmentTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;

/**
 * {@code POST [base]} with a transaction Bundle: an enrolment (it holds an EpisodeOfCare) or a
 * visit's documentation. HAPI's plain server takes one transaction method, so it chooses.
 */
@ApplicationScoped
public class Transactions {

  @Inject private DocumentationTransaction documentation;
  @Inject private EnrolmentTransaction enrolment;

  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
    TransactionBundles.requireTransaction(bundle);
    return TransactionBundles.entriesOf(bundle, EpisodeOfCare.class).isEmpty()
        ? documentation.document(bundle, Language.of(request))
        : enrolment.enrol(bundle);
  }
}
