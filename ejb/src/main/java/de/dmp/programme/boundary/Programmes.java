package de.dmp.programme.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.control.InvalidDefinitionException;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.LoadedDefinition;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The programme definitions, loaded and checked when the application starts: an invalid file stops
 * the deployment with a message naming the file and the field. Administrators add programmes and
 * versions while it runs ({@link #add}); those are stored and read again at every start.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Programmes {

  private static final Logger LOGGER = Logger.getLogger(Programmes.class.getName());

  private volatile ProgrammeCatalogue catalogue;

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @PostConstruct
  void load() {
    ProgrammeCatalogue loaded = ProgrammeCatalogue.load(Programmes.class.getClassLoader());
    for (LoadedDefinition stored :
        em.createNamedQuery(LoadedDefinition.FIND_ALL, LoadedDefinition.class).getResultList()) {
      loaded = loaded.with(ProgrammeCatalogue.parse(stored.getContent()));
    }
    catalogue = loaded;
    LOGGER.info(
        () ->
            "Programme definitions loaded: "
                + catalogue.all().stream().map(d -> d.code() + " " + d.version()).toList());
  }

  /**
   * Loads a new programme, or a new version of one, sent as the JSON of a definition file: checked
   * like a shipped file, stored, and in force from its {@code validFrom} on. Nothing is stored of a
   * definition that cannot be used; every problem is named.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public synchronized ProgrammeDefinition add(
      @NotBlank(message = "{dmp.programme.definition.empty}") String json) {
    ProgrammeDefinition definition;
    ProgrammeCatalogue extended;
    try {
      definition = ProgrammeCatalogue.parse(json);
      extended = catalogue.with(definition);
    } catch (InvalidDefinitionException e) {
      throw new InvalidProgrammeException(e.problems());
    }
    Caller caller = access.caller();
    em.persist(new LoadedDefinition(definition, json, caller.username(), clock.instant()));
    em.flush();
    audit.record(
        caller,
        AuditAction.CREATE,
        "ProgrammeDefinition",
        definition.code() + "|" + definition.version(),
        null,
        "loaded, in force from " + definition.validFrom());
    catalogue = extended;
    LOGGER.info(
        () -> "Programme definition loaded: " + definition.code() + " " + definition.version());
    return definition;
  }

  /**
   * The JSON text a version was loaded from, as it was sent or shipped, for an administrator to
   * read or download; a version loaded while the system runs is the stored one.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public String text(String code, String version) {
    ProgrammeDefinition definition = version(code, version);
    return em.createNamedQuery(LoadedDefinition.FIND_BY_VERSION, LoadedDefinition.class)
        .setParameter("code", definition.code())
        .setParameter("version", definition.version())
        .getResultStream()
        .findFirst()
        .map(LoadedDefinition::getContent)
        .or(
            () ->
                ProgrammeCatalogue.shippedText(
                    Programmes.class.getClassLoader(), definition.code(), definition.version()))
        .orElseThrow(() -> new UnknownProgrammeException(code, "text of version " + version));
  }

  public List<ProgrammeDefinition> all() {
    return catalogue.all();
  }

  /**
   * The version in force on the day of every programme that has one, by code: a version loaded
   * ahead of its validity is not offered before it.
   */
  public List<ProgrammeDefinition> inForce(LocalDate day) {
    return catalogue.all().stream()
        .map(ProgrammeDefinition::code)
        .distinct()
        .sorted()
        .flatMap(code -> catalogue.current(code, day).stream())
        .toList();
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
