package de.dmp.benchmark;

import de.dmp.it.Deployments;
import de.dmp.it.Pages;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the UI's pages take to render on the generated population: each of 40 practices' doctor
 * logs in with the form and opens the start page, the recall list, the patients, the calendar, the
 * quality targets and the chart of one of the practice's patients; the first round is a warm-up.
 */
@ExtendWith(ArquillianExtension.class)
class UiBenchmark {

  private static final String PASSWORD = "bench-2026";
  private static final int PRACTICES = 40;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(UiBenchmark.class)
        .addAsLibrary(
            Deployments.testLibrary(UiBenchmark.class, Results.class, Timings.class, Pages.class));
  }

  @ArquillianResource private URL base;
  @Inject private EntityManager em;

  @Test
  void pages() throws IOException {
    Map<String, Timings> pages = new LinkedHashMap<>();
    for (String page : List.of("worklist", "recall", "patients", "calendar", "quality", "chart")) {
      pages.put(page, new Timings(page + ".xhtml"));
    }
    List<Object[]> practices = onePatientPerPractice();
    for (int i = 0; i < practices.size(); i++) {
      Pages doctor = Pages.loggedIn(base, "doc-" + practices.get(i)[0], PASSWORD);
      for (var page : pages.entrySet()) {
        String path =
            page.getKey().equals("chart")
                ? "chart.xhtml?patient=" + practices.get(i)[1]
                : page.getKey() + ".xhtml";
        if (i == 0) {
          doctor.get(path);
        } else {
          page.getValue().time(() -> doctor.get(path));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("| page | calls | median ms | p95 ms | max ms |");
    lines.add("| --- | --- | --- | --- | --- |");
    pages.values().forEach(timings -> lines.add(timings.toString()));
    String table = String.join("\n", lines);
    Results.save("ui", table);
  }

  /** The BSNR of practices spread over the population, each with a patient in an open enrolment. */
  private List<Object[]> onePatientPerPractice() {
    List<Object[]> all =
        em.createQuery(
                "select e.practice.bsnr, min(e.patient.id) from Enrolment e"
                    + " where e.status = 'ACTIVE' group by e.practice.bsnr order by e.practice.bsnr",
                Object[].class)
            .getResultList();
    List<Object[]> spread = new ArrayList<>();
    for (int i = 0; i < PRACTICES && i < all.size(); i++) {
      spread.add(all.get(i * all.size() / PRACTICES));
    }
    return spread;
  }
}
