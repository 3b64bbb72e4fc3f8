package de.dmp.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * KBV's schema sets in {@code shared/edmp} (the kit, above the server's working directory or {@code
 * -Ddmp.edmp.kit}), by the archive code of the interface version, for files the server wrote. The
 * same rules as the ejb unit tests' kit: where the kit lacks a version's new software-block schema,
 * the declared {@code SoftwareVersion} is the one error allowed.
 */
public final class KbvSchemas {

  private static final Map<String, String> ROOT_SCHEMAS =
      Map.of(
          "DM2_607", "2026Q3/DM2/schema/DMP_DiabetesMellitus2.xsd",
          "DM2_608", "2026Q4/DM2/schema/DMP_DiabetesMellitus2.xsd",
          "DM1_507", "2026Q3/DM1/schema/DMP_DiabetesMellitus1.xsd",
          "DM1_508", "2026Q4/DM1/schema/DMP_DiabetesMellitus1.xsd",
          "AB_446", "2026Q3/Asthma/schema/DMP_Asthma_bronchiale.xsd",
          "AB_447", "2026Q4/Asthma/schema/DMP_Asthma_bronchiale.xsd",
          "COPD_407", "2026Q4/COPD/schema/DMP_COPD.xsd",
          "HI_104", "2026Q4/HI/schema/DMP_ChronischeHerzinsuffizienz.xsd",
          "KHK_417", "2026Q4/KHK/schema/DMP_KoronareHerzkrankheit.xsd");

  private static final Set<String> SOFTWARE_BLOCK_MISSING =
      Set.of("DM2_608", "DM1_508", "COPD_407", "HI_104", "KHK_417");

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private KbvSchemas() {}

  /**
   * The schema errors of a file of the interface version with that archive code ({@code DM2_607}),
   * less the allowed one.
   */
  public static List<String> errors(String archiveCode, byte[] file) {
    List<String> errors = new ArrayList<>();
    try {
      var validator = schema(archiveCode).newValidator();
      validator.setErrorHandler(collecting(errors));
      validator.validate(new StreamSource(new ByteArrayInputStream(file)));
    } catch (SAXException | IOException e) {
      errors.add("not validated: " + e);
    }
    if (SOFTWARE_BLOCK_MISSING.contains(archiveCode)) {
      String version = "'" + version(archiveCode) + "'";
      errors.removeIf(
          error ->
              (error.contains("cvc-enumeration-valid") && error.contains("Value " + version))
                  || (error.contains("cvc-attribute.3")
                      && error.contains(version)
                      && error.contains("SoftwareVersion")));
    }
    return errors;
  }

  /** "6.08" of "DM2_608". */
  private static String version(String archiveCode) {
    String digits = archiveCode.substring(archiveCode.indexOf('_') + 1);
    return digits.charAt(0) + "." + digits.substring(1);
  }

  private static Schema schema(String archiveCode) throws SAXException {
    String root = ROOT_SCHEMAS.get(archiveCode);
    if (root == null) {
      throw new SAXException("no schema of " + archiveCode + " in the kit");
    }
    Schema schema = SCHEMAS.get(archiveCode);
    if (schema == null) {
      schema =
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
              .newSchema(kit().resolve(root).toFile());
      SCHEMAS.put(archiveCode, schema);
    }
    return schema;
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
      public void fatalError(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }
    };
  }

  /** KBV's kit, {@code shared/edmp} above the working directory or as configured. */
  public static Path kit() {
    String given = System.getProperty("dmp.edmp.kit");
    if (given != null) {
      return Paths.get(given);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/edmp"))) {
        return dir.resolve("shared/edmp");
      }
    }
    throw new IllegalStateException(
        "KBV eDMP kit not found above " + Paths.get("").toAbsolutePath());
  }
}
