package de.dmp.web.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The probes of a load balancer or an orchestrator, unauthenticated and without patient data, in
 * MicroProfile Health's format: /health/live answers UP while the application is deployed and
 * serving; /health/ready runs every {@link ReadinessCheck} and answers 200 when all hold, 503 when
 * one does not.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject @Any private Instance<ReadinessCheck> checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<ReadinessCheck.Result> results = new ArrayList<>();
    if (request.getServletPath().endsWith("ready")) {
      checks.forEach(check -> results.add(ask(check)));
    }
    boolean up = results.stream().allMatch(ReadinessCheck.Result::up);
    JsonArrayBuilder listed = Json.createArrayBuilder();
    results.forEach(result -> listed.add(json(result)));
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", listed)
                .build()
                .toString());
  }

  /** A check that fails to ask, e.g. the schema's history without a database, does not hold. */
  private static ReadinessCheck.Result ask(ReadinessCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      return new ReadinessCheck.Result(
          check.name(), false, Map.of("error", e.getClass().getSimpleName()));
    }
  }

  private static JsonObjectBuilder json(ReadinessCheck.Result result) {
    JsonObjectBuilder data = Json.createObjectBuilder();
    result.data().forEach((key, value) -> data.add(key, String.valueOf(value)));
    return Json.createObjectBuilder()
        .add("name", result.name())
        .add("status", result.up() ? "UP" : "DOWN")
        .add("data", data);
  }
}
