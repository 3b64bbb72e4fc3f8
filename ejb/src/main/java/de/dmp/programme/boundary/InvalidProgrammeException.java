package de.dmp.programme.boundary;

import de.dmp.platform.entity.DefinitionProblem;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A programme definition that an administrator sent and that cannot be used; nothing is stored. */
@ApplicationException(rollback = true)
public class InvalidProgrammeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<DefinitionProblem> problems;

  public InvalidProgrammeException(List<DefinitionProblem> problems) {
    super(
        "The programme definition cannot be used: "
            + String.join("; ", problems.stream().map(DefinitionProblem::toString).toList())
            + ".");
    this.problems = List.copyOf(problems);
  }

  /** Each problem at the path of the offending element, worded in every language of the UI. */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
