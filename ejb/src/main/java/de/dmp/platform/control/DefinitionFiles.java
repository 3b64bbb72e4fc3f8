package de.dmp.platform.control;

import de.dmp.platform.entity.DefinitionProblem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * JSON definitions kept as files (programmes, contracts): every file listed in an index on the
 * class path is read strictly (a misspelt field fails, not ignored) and validated; the first
 * invalid file stops the load, naming the file and each problem. A jar contributes files by listing
 * them in its own index, which the db module generates at build time.
 */
public final class DefinitionFiles {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = VALIDATION.getValidator();

  private DefinitionFiles() {}

  /**
   * @param problemsOf the checks Bean Validation cannot express, given the file's name
   */
  public static <T> List<T> load(
      ClassLoader classLoader,
      String index,
      Class<T> type,
      BiFunction<String, T, List<DefinitionProblem>> problemsOf) {
    List<T> definitions = new ArrayList<>();
    try {
      for (String file : listedFiles(classLoader, index)) {
        definitions.add(checked(file, read(classLoader, index, file, type), problemsOf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the definitions listed in " + index, e);
    }
    return definitions;
  }

  /** Reads and checks one definition given as text, e.g. sent by an administrator. */
  public static <T> T parse(
      String name,
      String json,
      Class<T> type,
      BiFunction<String, T, List<DefinitionProblem>> problemsOf) {
    try {
      return checked(name, JSONB.fromJson(json, type), problemsOf);
    } catch (JsonbException e) {
      throw new InvalidDefinitionException(name, List.of(unreadable(e)));
    }
  }

  private static <T> T checked(
      String name, T definition, BiFunction<String, T, List<DefinitionProblem>> problemsOf) {
    List<DefinitionProblem> problems = new ArrayList<>();
    for (ConstraintViolation<T> violation : VALIDATOR.validate(definition)) {
      problems.add(DefinitionProblem.of(violation, VALIDATION.getMessageInterpolator()));
    }
    if (problems.isEmpty()) {
      problems.addAll(problemsOf.apply(name, definition));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(DefinitionProblem::toString));
      throw new InvalidDefinitionException(name, problems);
    }
    return definition;
  }

  private static <T> T read(ClassLoader classLoader, String index, String file, Class<T> type)
      throws IOException {
    try (InputStream in = classLoader.getResourceAsStream(file)) {
      if (in == null) {
        throw new InvalidDefinitionException(
            file, List.of(DefinitionProblem.inEnglish("listed in " + index + " but not found")));
      }
      return JSONB.fromJson(in, type);
    } catch (JsonbException e) {
      throw new InvalidDefinitionException(file, List.of(unreadable(e)));
    }
  }

  /** The parser's own words say where the JSON went wrong; they exist only in English. */
  private static DefinitionProblem unreadable(JsonbException e) {
    return DefinitionProblem.of("", "unreadable", e.getMessage());
  }

  private static List<String> listedFiles(ClassLoader classLoader, String index)
      throws IOException {
    List<String> files = new ArrayList<>();
    for (URL url : Collections.list(classLoader.getResources(index))) {
      try (var reader =
          new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
        reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(files::add);
      }
    }
    return files.stream().distinct().sorted().toList();
  }
}
