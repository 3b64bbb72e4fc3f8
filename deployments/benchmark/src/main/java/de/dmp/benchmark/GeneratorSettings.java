package de.dmp.benchmark;

import java.time.LocalDate;

/**
 * What to generate, from system properties: {@code dmp.generate.patients} (100,000), {@code
 * .practices} (500), {@code .insurers} (5), {@code .seed}, the history of 2 to 8 years, as of
 * today.
 */
public record GeneratorSettings(
    int patients,
    int practices,
    int insurers,
    long seed,
    int minYears,
    int maxYears,
    LocalDate today) {

  public GeneratorSettings {
    if (patients < 1 || practices < 1 || insurers < 1 || practices > patients) {
      throw new IllegalArgumentException(
          "Need at least one patient, practice and insurer, and no more practices than patients;"
              + " got patients="
              + patients
              + ", practices="
              + practices
              + ", insurers="
              + insurers);
    }
  }

  public static GeneratorSettings fromSystemProperties(LocalDate today) {
    return new GeneratorSettings(
        number("patients", 100_000),
        number("practices", 500),
        number("insurers", 5),
        Long.getLong("dmp.generate.seed", 20261123L),
        2,
        8,
        today);
  }

  private static int number(String name, int fallback) {
    String raw = System.getProperty("dmp.generate." + name);
    try {
      return raw == null || raw.isBlank() ? fallback : Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "dmp.generate." + name + " must be a whole number, not '" + raw + "'", e);
    }
  }
}
