package de.dmp.edmp.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.Delivery;
import de.dmp.edmp.entity.DeliveryRecipient;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Software;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The shipped eDMP interface versions, loaded and checked against the shipped programme definitions
 * when the application starts (a mapping that does not fit stops the deployment), and the writer
 * with this product's software block and the operator's KBV test numbers ({@value #TEST_NUMBERS},
 * {@code DM2=X/100/2612/01/DMP,DM1=...}); for delivery archives the data office's IK ({@value
 * #DATA_OFFICE}) and the XKM version ({@value #CRYPTO_MODULE}) the Begleitdatei names.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EdmpOutput {

  static final String TEST_NUMBERS = "dmp.edmp.kbv-test-numbers";
  static final String DATA_OFFICE = "dmp.edmp.data-office-ik";
  static final String CRYPTO_MODULE = "dmp.edmp.xkm-version";

  private ProgrammeCatalogue programmes;
  private InterfaceCatalogue interfaces;
  private EdmpReader reader;
  private Software software;
  private DeliveryRecipient recipient;

  @PostConstruct
  void load() {
    ClassLoader classLoader = EdmpOutput.class.getClassLoader();
    programmes = ProgrammeCatalogue.load(classLoader);
    interfaces = InterfaceCatalogue.load(classLoader, programmes);
    reader = new EdmpReader(interfaces, programmes);
    software = software(testNumbers(System.getProperty(TEST_NUMBERS, "")));
    recipient =
        new DeliveryRecipient(
            System.getProperty(DATA_OFFICE, "").strip(),
            System.getProperty(CRYPTO_MODULE, "").strip());
  }

  /**
   * The file of a documentation in the interface version in force on its day.
   *
   * @throws EdmpRefusedException when no shipped version covers it, no test number is configured,
   *     or the records lack what the header requires ({@link DocumentationHeader})
   */
  public EdmpFile write(Documentation documentation) {
    return write(documentation, version(documentation));
  }

  private EdmpFile write(Documentation documentation, InterfaceVersion version) {
    if (!software.testNumbers().containsKey(version.programme())) {
      throw new EdmpRefusedException("edmp.noTestNumber", version.programme());
    }
    return new EdmpWriter(software)
        .write(DocumentationHeader.of(documentation, dmpMarker(documentation)), version);
  }

  /**
   * The DMP marker of the documentation's programme: the records hold no insurance card data, so
   * the marker is the programme the documentation belongs to (as the FHIR Coverage gives it).
   */
  private String dmpMarker(Documentation documentation) {
    return programmes
        .version(
            documentation.getEnrolment().getProgrammeCode(), documentation.getProgrammeVersion())
        .map(ProgrammeDefinition::dmpIndicator)
        .orElse(null);
  }

  private InterfaceVersion version(Documentation documentation) {
    String programme = documentation.getEnrolment().getProgrammeCode();
    LocalDate day = documentation.getDocumentedOn();
    return interfaces
        .inForce(programme, day)
        .orElseThrow(() -> new EdmpRefusedException("edmp.noInterface", programme, day));
  }

  /**
   * The reader of the shipped interface versions; used directly, not through this bean, so that its
   * {@link de.dmp.edmp.entity.UnreadableEdmpException} reaches the caller as it is.
   */
  public EdmpReader reader() {
    return reader;
  }

  /** Whether a shipped interface version covers the documentation's programme and day. */
  public boolean writes(Documentation documentation) {
    return writes(documentation.getEnrolment().getProgrammeCode(), documentation.getDocumentedOn());
  }

  /** Whether a shipped interface version covers documentations of the programme on that day. */
  public boolean writes(String programme, LocalDate day) {
    return interfaces.inForce(programme, day).isPresent();
  }

  /**
   * The delivery of the documentations' files, created at that moment by the practice.
   *
   * @throws EdmpRefusedException when the data office or the XKM version is not configured, or as
   *     {@link #write} for a documentation
   */
  public Delivery deliver(String bsnr, LocalDateTime created, List<Documentation> documentations) {
    if (!recipient.isComplete()) {
      throw new EdmpRefusedException("edmp.delivery.recipient", DATA_OFFICE, CRYPTO_MODULE);
    }
    List<DeliveryPackager.Item> items = new ArrayList<>();
    for (Documentation documentation : documentations) {
      InterfaceVersion version = version(documentation);
      items.add(
          new DeliveryPackager.Item(
              version, write(documentation, version), documentation.getDocumentedOn()));
    }
    return new DeliveryPackager(recipient).pack(bsnr, created, items);
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
