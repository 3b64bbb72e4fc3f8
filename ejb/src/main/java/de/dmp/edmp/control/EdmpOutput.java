package de.dmp.edmp.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Software;
import de.dmp.programme.control.ProgrammeCatalogue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The shipped eDMP interface versions, loaded and checked against the shipped programme definitions
 * when the application starts (a mapping that does not fit stops the deployment), and the writer
 * with this product's software block and the operator's KBV test numbers ({@value #TEST_NUMBERS},
 * {@code DM2=X/100/2612/01/DMP,DM1=...}).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EdmpOutput {

  static final String TEST_NUMBERS = "dmp.edmp.kbv-test-numbers";

  private InterfaceCatalogue interfaces;
  private Software software;

  @PostConstruct
  void load() {
    ClassLoader classLoader = EdmpOutput.class.getClassLoader();
    interfaces = InterfaceCatalogue.load(classLoader, ProgrammeCatalogue.load(classLoader));
    software = software(testNumbers(System.getProperty(TEST_NUMBERS, "")));
  }

  /**
   * The file of a documentation in the interface version in force on its day.
   *
   * @throws EdmpRefusedException when no shipped version covers it, no test number is configured,
   *     or the records lack what the header requires ({@link DocumentationHeader})
   */
  public EdmpFile write(Documentation documentation) {
    String programme = documentation.getEnrolment().getProgrammeCode();
    LocalDate day = documentation.getDocumentedOn();
    InterfaceVersion version =
        interfaces
            .inForce(programme, day)
            .orElseThrow(() -> new EdmpRefusedException("edmp.noInterface", programme, day(day)));
    if (!software.testNumbers().containsKey(programme)) {
      throw new EdmpRefusedException("edmp.noTestNumber", programme);
    }
    return new EdmpWriter(software).write(DocumentationHeader.of(documentation), version);
  }

  /** Whether a shipped interface version covers the documentation's programme and day. */
  public boolean writes(Documentation documentation) {
    return interfaces
        .inForce(documentation.getEnrolment().getProgrammeCode(), documentation.getDocumentedOn())
        .isPresent();
  }

  private static String day(LocalDate day) {
    return String.format("%1$td.%1$tm.%1$tY", day);
  }

  static Map<String, String> testNumbers(String configured) {
    return Arrays.stream(configured.split(","))
        .map(String::strip)
        .filter(entry -> entry.contains("="))
        .map(entry -> entry.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0].strip(), pair -> pair[1].strip()));
  }

  private static Software software(Map<String, String> testNumbers) {
    Properties product = new Properties();
    try (Reader in =
        new InputStreamReader(
            EdmpOutput.class.getResourceAsStream("software.properties"), StandardCharsets.UTF_8)) {
      product.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Software(
        testNumbers,
        product.getProperty("name"),
        product.getProperty("version"),
        product.getProperty("maker"),
        new Address(
            product.getProperty("street"),
            product.getProperty("houseNumber"),
            product.getProperty("zip"),
            product.getProperty("city")),
        product.getProperty("phone"));
  }
}
