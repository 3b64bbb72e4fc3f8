package de.dmp.quality.boundary;

import de.dmp.platform.control.DefinitionFiles;
import de.dmp.platform.entity.DefinitionProblem;
import de.dmp.programme.boundary.Programmes;
import de.dmp.quality.entity.Contract;
import de.dmp.quality.entity.TargetShare;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The regional contracts' target shares, loaded and checked when the application starts: a file
 * naming a programme or target that no definition has stops the deployment.
 */
@Startup
@Singleton
@DependsOn("Programmes")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Contracts {

  static final String INDEX = "contracts/index.txt";
  private static final Logger LOGGER = Logger.getLogger(Contracts.class.getName());

  @Inject private Programmes programmes;
  private List<Contract> contracts;

  @PostConstruct
  void load() {
    contracts =
        DefinitionFiles.load(
            Contracts.class.getClassLoader(),
            INDEX,
            Contract.class,
            (file, contract) ->
                problems(file, contract).stream().map(DefinitionProblem::inEnglish).toList());
    LOGGER.info(
        () ->
            "Contracts loaded: "
                + contracts.stream().map(c -> c.region() + " " + c.version()).toList());
  }

  private List<String> problems(String file, Contract contract) {
    List<String> problems = new ArrayList<>();
    String expected = "contracts/" + contract.region() + "/" + contract.version() + ".json";
    if (!file.equals(expected)) {
      problems.add("region/version: the file must be " + expected);
    }
    for (int i = 0; i < contract.targets().size(); i++) {
      TargetShare share = contract.targets().get(i);
      boolean known =
          programmes.all().stream()
              .filter(p -> p.code().equals(share.programme()))
              .flatMap(p -> p.qualityTargets().stream())
              .anyMatch(t -> t.code().equals(share.target()));
      if (!known) {
        problems.add(
            "targets["
                + i
                + "]: no programme "
                + share.programme()
                + " has the quality target '"
                + share.target()
                + "'");
      }
    }
    return problems;
  }

  /** The contract of the region in force on the day, if the region has one. */
  public Optional<Contract> inForce(String region, LocalDate day) {
    return contracts.stream()
        .filter(c -> c.region().equals(region) && !c.validFrom().isAfter(day))
        .max(Comparator.comparing(Contract::validFrom));
  }
}
