package de.dmp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** server.log as a log shipper reads it: JSON lines, and no patient's name in them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StructuredLogIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(StructuredLogIT.class);
  }

  @ArquillianResource private URL base;

  private static List<String> serverLog() {
    try {
      return Files.readAllLines(
          Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  @Test
  void everyLine_shouldBeAJsonObjectWithTimeLevelLoggerAndService() {
    List<String> lines = serverLog();

    assertThat(lines).isNotEmpty();
    assertThat(lines.stream().map(StructuredLogIT::parse))
        .allSatisfy(
            entry ->
                assertThat(entry.fieldNames())
                    .toIterable()
                    .contains("timestamp", "level", "loggerName", "message", "service"));
  }

  @Test
  void aPatientsName_shouldNotBeLoggedWhenThePatientIsCreatedReadAndRefused() {
    String family = NewPatients.firstInTheAlphabet() + "Log";
    String id = NewPatients.insured(base, family);
    Http.get(base, "fhir/Patient/" + id);
    Http.get(base, "fhir/Patient?family=" + family);
    Http.postJson(
        base,
        "fhir/Patient",
        "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\""
            + family
            + "\"}],\"gender\":\"x\"}");

    assertThat(String.join("\n", serverLog())).doesNotContain(family);
  }
}
