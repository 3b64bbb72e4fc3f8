package de.dmp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The probes and metrics, as a load balancer and Prometheus read them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(HealthIT.class);
  }

  @ArquillianResource private URL base;

  private static HttpResponse<String> management(String path) {
    return Http.send(
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + System.getProperty("dmp.management.port") + path)));
  }

  @Test
  void readiness_shouldReportTheDatabaseTheSchemaAndTheProgrammesUp() {
    HttpResponse<String> ready = Http.getAnonymously(base, "health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\"")
        .contains("\"name\":\"schema\"")
        .contains("\"pendingMigrations\":\"0\"")
        .contains("\"name\":\"programme-definitions\"")
        .doesNotContain("DOWN");
  }

  @Test
  void liveness_shouldBeUpWithoutLoggingIn() {
    HttpResponse<String> live = Http.getAnonymously(base, "health/live");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void theServersOwnHealth_shouldBeUpAtTheManagementInterface() {
    HttpResponse<String> server = management("/health");

    assertThat(server.statusCode()).isEqualTo(200);
    assertThat(server.body()).contains("\"server-state\"").doesNotContain("DOWN");
  }

  @Test
  void metrics_shouldCountRequestsAndTheDatabasePool() {
    Http.getAnonymously(base, "fhir/metadata");

    String metrics = management("/metrics").body();

    assertThat(metrics).contains("wildfly_undertow_request_count_total").contains("DmpDS");
  }
}
