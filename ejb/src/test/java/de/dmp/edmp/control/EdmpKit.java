package de.dmp.edmp.control;

import de.dmp.edmp.entity.InterfaceVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * KBV's schema sets and official samples in {@code ../shared/edmp} (see its README), found by
 * walking up from the working directory or given as {@code -Ddmp.edmp.kit=...}; never copied into
 * the project.
 */
final class EdmpKit {

  /** Each shipped interface version's root schema in the kit. */
  private static final Map<String, String> ROOT_SCHEMAS =
      Map.of(
          "DM2 6.07", "2026Q3/DM2/schema/DMP_DiabetesMellitus2.xsd",
          "DM2 6.08", "2026Q4/DM2/schema/DMP_DiabetesMellitus2.xsd",
          "DM1 5.07", "2026Q3/DM1/schema/DMP_DiabetesMellitus1.xsd",
          "DM1 5.08", "2026Q4/DM1/schema/DMP_DiabetesMellitus1.xsd",
          "ASTHMA 4.46", "2026Q3/Asthma/schema/DMP_Asthma_bronchiale.xsd",
          "ASTHMA 4.47", "2026Q4/Asthma/schema/DMP_Asthma_bronchiale.xsd",
          "COPD 4.07", "2026Q4/COPD/schema/DMP_COPD.xsd",
          "HI 1.04", "2026Q4/HI/schema/DMP_ChronischeHerzinsuffizienz.xsd",
          "KHK 4.17", "2026Q4/KHK/schema/DMP_KoronareHerzkrankheit.xsd");

  /**
   * The sets whose new software-block schema is missing from the kit: there, as with KBV's own
   * samples, the declared {@code SoftwareVersion} is the one error allowed (README of the kit).
   */
  private static final Set<String> SOFTWARE_BLOCK_MISSING =
      Set.of("DM2 6.08", "DM1 5.08", "COPD 4.07", "HI 1.04", "KHK 4.17");

  static final Path ROOT = locate();

  /** Compiled once per version: a schema set takes a while to load and is thread-safe. */
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private EdmpKit() {}

  private static Path locate() {
    String given = System.getProperty("dmp.edmp.kit");
    if (given != null) {
      return Paths.get(given);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path kit = dir.resolve("shared/edmp");
      if (Files.isDirectory(kit)) {
        return kit;
      }
    }
    throw new IllegalStateException(
        "KBV eDMP kit not found: no shared/edmp above "
            + Paths.get("").toAbsolutePath()
            + "; give it as -Ddmp.edmp.kit=<path>");
  }

  static boolean covers(InterfaceVersion version) {
    return ROOT_SCHEMAS.containsKey(version.toString());
  }

  /**
   * The official samples of the version's set that declare the version, without the data-office
   * ({@code _a}) variants.
   */
  static List<Path> samples(InterfaceVersion version) {
    return files(version).stream().filter(file -> declares(file, version.version())).toList();
  }

  /** The other samples of the version's set: of an earlier version. */
  static List<Path> samplesOfOtherVersions(InterfaceVersion version) {
    return files(version).stream().filter(file -> !declares(file, version.version())).toList();
  }

  private static boolean declares(Path file, String version) {
    String declaration =
        "SoftwareVersion V=\"" + Pattern.quote(version) + "\"/>\\s*<sciphox:SoftwareTyp V=\"XSD\"";
    try {
      return Pattern.compile(declaration)
          .matcher(Files.readString(file, StandardCharsets.ISO_8859_1))
          .find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(InterfaceVersion version) {
    Path samples =
        ROOT.resolve(ROOT_SCHEMAS.get(version.toString())).getParent().resolveSibling("samples");
    try (Stream<Path> files = Files.list(samples)) {
      return files.filter(file -> !file.getFileName().toString().contains("_a.")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema errors of a file against its version's root schema, less the declared {@code
   * SoftwareVersion} where the kit lacks that version's software block.
   */
  static List<String> schemaErrors(InterfaceVersion version, byte[] file) {
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = schema(version).newValidator();
      validator.setErrorHandler(collecting(errors));
      validator.validate(new StreamSource(new java.io.ByteArrayInputStream(file)));
    } catch (SAXException | IOException e) {
      errors.add("FATAL " + e.getMessage());
    }
    if (SOFTWARE_BLOCK_MISSING.contains(version.toString())) {
      errors.removeIf(error -> isDeclaredSoftwareVersion(error, version));
    }
    return errors;
  }

  private static Schema schema(InterfaceVersion version) throws SAXException {
    Schema schema = SCHEMAS.get(version.toString());
    if (schema == null) {
      schema =
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
              .newSchema(ROOT.resolve(ROOT_SCHEMAS.get(version.toString())).toFile());
      SCHEMAS.put(version.toString(), schema);
    }
    return schema;
  }

  private static boolean isDeclaredSoftwareVersion(String error, InterfaceVersion version) {
    String value = "'" + version.version() + "'";
    return (error.contains("cvc-enumeration-valid") && error.contains("Value " + value))
        || (error.contains("cvc-attribute.3")
            && error.contains(value)
            && error.contains("SoftwareVersion"));
  }

  private static ErrorHandler collecting(List<String> errors) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        errors.add("FATAL line " + e.getLineNumber() + ": " + e.getMessage());
        throw e;
      }
    };
  }
}
