package de.dmp.platform.control;

import de.dmp.platform.entity.DefinitionProblem;
import java.util.List;

/** A definition file that cannot be used; stops the deployment with its reasons. */
public class InvalidDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<DefinitionProblem> problems;

  public InvalidDefinitionException(String file, List<DefinitionProblem> problems) {
    super(
        "Invalid definition "
            + file
            + ": "
            + String.join("; ", problems.stream().map(DefinitionProblem::toString).toList())
            + ". Fix the file and deploy again.");
    this.problems = List.copyOf(problems);
  }

  /** Each problem, at the path of the offending element. */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
