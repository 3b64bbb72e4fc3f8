package de.dmp.programme.control;

import de.dmp.platform.control.DefinitionFiles;
import de.dmp.platform.control.InvalidDefinitionException;
import de.dmp.platform.entity.DefinitionProblem;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

  private final List<ProgrammeDefinition> definitions;

  private ProgrammeCatalogue(List<ProgrammeDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  /** Loads and checks every listed definition; the first invalid file stops the load. */
  public static ProgrammeCatalogue load(ClassLoader classLoader) {
    List<ProgrammeDefinition> definitions =
        DefinitionFiles.load(
            classLoader, INDEX, ProgrammeDefinition.class, ProgrammeCatalogue::problems);
    checkReferences(definitions);
    return new ProgrammeCatalogue(definitions);
  }

  private static List<DefinitionProblem> problems(String file, ProgrammeDefinition definition) {
    List<DefinitionProblem> problems = new ArrayList<>(definition.inconsistencies());
    String expectedFile = file(definition.code(), definition.version());
    if (problems.isEmpty() && !file.equals(expectedFile)) {
      problems.add(DefinitionProblem.inEnglish("code/version: the file must be " + expectedFile));
    }
    return problems;
  }

  private static void checkReferences(List<ProgrammeDefinition> definitions) {
    for (ProgrammeDefinition definition : definitions) {
      for (String excluded : definition.excludes()) {
        if (definitions.stream().noneMatch(other -> other.code().equals(excluded))) {
          throw new InvalidDefinitionException(
              file(definition.code(), definition.version()),
              List.of(DefinitionProblem.of("excludes", "unknownProgramme", excluded)));
        }
      }
    }
  }

  /** The text of a definition file on the class path, as it was shipped. */
  public static Optional<String> shippedText(ClassLoader classLoader, String code, String version) {
    try (InputStream in = classLoader.getResourceAsStream(file(code, version))) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file(code, version), e);
    }
  }

  private static String file(String code, String version) {
    return "programmes/" + code + "/" + version + ".json";
  }

  /** A definition given as JSON text, checked like a file but for its file name. */
  public static ProgrammeDefinition parse(String json) {
    return DefinitionFiles.parse(
        "definition", json, ProgrammeDefinition.class, (name, d) -> d.inconsistencies());
  }

  /**
   * This catalogue with one more definition: a new programme or a new version of one. Refused when
   * that version exists or a programme it excludes does not.
   */
  public ProgrammeCatalogue with(ProgrammeDefinition added) {
    if (version(added.code(), added.version()).isPresent()) {
      throw new InvalidDefinitionException(
          added.code() + " " + added.version(),
          List.of(DefinitionProblem.of("code/version", "exists", added.code(), added.version())));
    }
    List<ProgrammeDefinition> extended = new ArrayList<>(definitions);
    extended.add(added);
    checkReferences(extended);
    return new ProgrammeCatalogue(extended);
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
