package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import de.dmp.security.boundary.AccessTokens;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;

/** Says in the CapabilityStatement how to log in, which HAPI cannot know. */
@Interceptor
public class LoginInCapabilityStatement {

  static final String SERVICES = "http://terminology.hl7.org/CodeSystem/restful-security-service";

  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  public void describeLogin(IBaseConformance statement, RequestDetails request) {
    describe(
        ((CapabilityStatement) statement).getRestFirstRep().getSecurity(),
        request.getFhirServerBase());
  }

  static void describe(CapabilityStatementRestSecurityComponent security, String base) {
    security.addService().addCoding().setSystem(SERVICES).setCode("OAuth").setDisplay("OAuth");
    security.addService().addCoding().setSystem(SERVICES).setCode("Basic").setDisplay("Basic");
    security.setDescription(
        "Every request but this statement and .well-known/smart-configuration needs a login. Get"
            + " a bearer token from "
            + base
            + "/token with the OAuth 2.0 client credentials grant (HTTP Basic with a DMP user"
            + " name and password, or, for a registered system client, a signed assertion of SMART"
            + " Backend Services; the token lasts "
            + AccessTokens.LIFETIME.toMinutes()
            + " minutes, a system client's "
            + AccessTokens.SYSTEM_LIFETIME.toMinutes()
            + "), or send HTTP Basic with every request, which is slower. A caller sees"
            + " and changes what the role of its account allows, and a system client's token only"
            + " what its scopes allow.");
  }
}
