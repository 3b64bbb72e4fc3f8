package de.dmp.platform.control;

import java.util.List;

/** A definition file that cannot be used; stops the deployment with its reasons. */
public class InvalidDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidDefinitionException(String file, List<String> problems) {
    super(
        "Invalid definition "
            + file
            + ": "
            + String.join("; ", problems)
            + ". Fix the file and deploy again.");
    this.problems = List.copyOf(problems);
  }

  /** Each problem, "field: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
