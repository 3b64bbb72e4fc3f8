package de.dmp.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes docs/benchmarks.md from the figures the benchmarks saved (Results): the machine, the day,
 * and each benchmark's tables with the time they were measured. A benchmark that did not run this
 * time (e.g. {@code -Dit.test=FhirBenchmark}) keeps its section of the report before, with the time
 * it was measured then. Run by the benchmark profile after the benchmarks passed: {@code
 * BenchmarkReport <figures folder> <report file> <WildFly version>}.
 */
public final class BenchmarkReport {

  /** The benchmarks in the order the report shows them, with what each measures. */
  private static final Map<String, String> SECTIONS =
      Map.of(
          "rules", "Rules engine and quality targets, through the boundaries (RulesBenchmark)",
          "fhir", "FHIR API over HTTP (FhirBenchmark)",
          "ui", "UI pages over HTTP, as a logged-in doctor (UiBenchmark)",
          "load", "Load: doctors, staff and an insurer export at once (LoadBenchmark)");

  private static final List<String> ORDER = List.of("rules", "fhir", "ui", "load");
  private static final DateTimeFormatter MEASURED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  private BenchmarkReport() {}

  public static void main(String[] arguments) throws IOException {
    Path figures = Path.of(arguments[0]);
    Path report = Path.of(arguments[1]);
    Map<String, String> before =
        Files.exists(report) ? sections(Files.readString(report)) : Map.of();
    List<String> lines = new ArrayList<>();
    lines.add("# Benchmarks");
    lines.add("");
    lines.add(
        "Written by `./mvnw verify -Pbenchmark -pl deployments/server` on "
            + LocalDate.now(ZoneId.of("Europe/Berlin"))
            + " from the figures of the benchmarks that ran (each with the time it was measured;"
            + " a benchmark not run that day keeps its figures of before);"
            + " not edited by hand. What the figures mean, the targets, what was done about them"
            + " and earlier runs: [performance.md](performance.md).");
    lines.add("");
    lines.add("## Machine");
    lines.add("");
    lines.add(machine(arguments[2]));
    for (String name : ORDER) {
      Path file = figures.resolve(name + ".md");
      if (Files.exists(file)) {
        lines.add("");
        lines.add("## " + SECTIONS.get(name));
        lines.add("");
        lines.add("Measured " + MEASURED.format(Files.getLastModifiedTime(file).toInstant()) + ".");
        lines.add("");
        lines.add(Files.readString(file).strip());
      } else if (before.containsKey(SECTIONS.get(name))) {
        lines.add("");
        lines.add("## " + SECTIONS.get(name));
        lines.add("");
        lines.add(before.get(SECTIONS.get(name)));
      }
    }
    Files.writeString(report, String.join("\n", lines) + "\n");
    System.out.println("Wrote " + report);
  }

  /** The report's sections by title, each with its text up to the next title. */
  static Map<String, String> sections(String report) {
    Map<String, String> sections = new LinkedHashMap<>();
    String[] parts = report.split("(?m)^## ");
    for (int i = 1; i < parts.length; i++) {
      int end = parts[i].indexOf('\n');
      sections.put(parts[i].substring(0, end).strip(), parts[i].substring(end).strip());
    }
    return sections;
  }

  private static String machine(String wildfly) {
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String database = System.getenv().getOrDefault("DMP_DB_URL", "the embedded H2 database");
    return String.format(
        "%d cores, %.0f GiB RAM, %s %s; Java %s; WildFly %s with `-Xmx1g`, the benchmarks running"
            + " inside it; database %s on the same machine.",
        os.getAvailableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        wildfly,
        database);
  }
}
