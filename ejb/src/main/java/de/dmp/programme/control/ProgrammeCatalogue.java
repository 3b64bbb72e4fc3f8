package de.dmp.programme.control;

import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every programme definition on the class path, validated. A jar (or test resources) contributes
 * definitions by listing their paths in {@code programmes/index.txt}; the db module generates its
 * index at build time, so a new programme is a new file and nothing else.
 */
public final class ProgrammeCatalogue {

  static final String INDEX = "programmes/index.txt";

  /** Strict: a misspelt field name must fail, not be ignored. */
  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  private final List<ProgrammeDefinition> definitions;

  private ProgrammeCatalogue(List<ProgrammeDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  /** Loads and checks every listed definition; the first invalid file stops the load. */
  public static ProgrammeCatalogue load(ClassLoader classLoader) {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    List<ProgrammeDefinition> definitions = new ArrayList<>();
    try {
      for (String file : listedFiles(classLoader)) {
        definitions.add(checked(file, read(classLoader, file), validator));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the programme definitions", e);
    }
    checkReferences(definitions);
    return new ProgrammeCatalogue(definitions);
  }

  private static ProgrammeDefinition checked(
      String file, ProgrammeDefinition definition, Validator validator) {
    List<String> problems = new ArrayList<>();
    for (ConstraintViolation<ProgrammeDefinition> violation : validator.validate(definition)) {
      problems.add(violation.getPropertyPath() + ": " + violation.getMessage());
    }
    problems.addAll(definition.inconsistencies());
    String expectedFile = "programmes/" + definition.code() + "/" + definition.version() + ".json";
    if (problems.isEmpty() && !file.equals(expectedFile)) {
      problems.add("code/version: the file must be " + expectedFile);
    }
    if (!problems.isEmpty()) {
      Collections.sort(problems);
      throw new InvalidProgrammeDefinitionException(file, problems);
    }
    return definition;
  }

  private static ProgrammeDefinition read(ClassLoader classLoader, String file) throws IOException {
    try (InputStream in = classLoader.getResourceAsStream(file)) {
      if (in == null) {
        throw new InvalidProgrammeDefinitionException(
            file, List.of("listed in " + INDEX + " but not found"));
      }
      return JSONB.fromJson(in, ProgrammeDefinition.class);
    } catch (JsonbException e) {
      throw new InvalidProgrammeDefinitionException(file, List.of(e.getMessage()));
    }
  }

  private static List<String> listedFiles(ClassLoader classLoader) throws IOException {
    List<String> files = new ArrayList<>();
    for (URL index : Collections.list(classLoader.getResources(INDEX))) {
      try (var reader =
          new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
        reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(files::add);
      }
    }
    return files.stream().distinct().sorted().toList();
  }

  private static void checkReferences(List<ProgrammeDefinition> definitions) {
    for (ProgrammeDefinition definition : definitions) {
      for (String excluded : definition.excludes()) {
        if (definitions.stream().noneMatch(other -> other.code().equals(excluded))) {
          throw new InvalidProgrammeDefinitionException(
              "programmes/" + definition.code() + "/" + definition.version() + ".json",
              List.of("excludes: no programme '" + excluded + "' is defined"));
        }
      }
    }
  }

  public List<ProgrammeDefinition> all() {
    return definitions;
  }

  /** The version of the programme in force on the given day. */
  public Optional<ProgrammeDefinition> current(String code, LocalDate day) {
    return definitions.stream()
        .filter(d -> d.code().equals(code) && !d.validFrom().isAfter(day))
        .max(Comparator.comparing(ProgrammeDefinition::validFrom));
  }

  public Optional<ProgrammeDefinition> version(String code, String version) {
    return definitions.stream()
        .filter(d -> d.code().equals(code) && d.version().equals(version))
        .findFirst();
  }
}
