package de.dmp.programme.boundary;

import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The programme definitions, loaded and checked when the application starts: an invalid file stops
 * the deployment with a message naming the file and the field.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Programmes {

  private static final Logger LOGGER = Logger.getLogger(Programmes.class.getName());

  private ProgrammeCatalogue catalogue;

  @PostConstruct
  void load() {
    catalogue = ProgrammeCatalogue.load(Programmes.class.getClassLoader());
    LOGGER.info(
        () ->
            "Programme definitions loaded: "
                + catalogue.all().stream().map(d -> d.code() + " " + d.version()).toList());
  }

  public List<ProgrammeDefinition> all() {
    return catalogue.all();
  }

  /** The version of the programme in force on the given day. */
  public ProgrammeDefinition current(String code, LocalDate day) {
    return catalogue
        .current(code, day)
        .orElseThrow(() -> new UnknownProgrammeException(code, "in force on " + day));
  }

  /** The exact version a record was made under. */
  public ProgrammeDefinition version(String code, String version) {
    return catalogue
        .version(code, version)
        .orElseThrow(() -> new UnknownProgrammeException(code, "version " + version));
  }
}
