package de.dmp.programme.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A programme definition that an administrator sent and that cannot be used; nothing is stored. */
@ApplicationException(rollback = true)
public class InvalidProgrammeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidProgrammeException(List<String> problems) {
    super("The programme definition cannot be used: " + String.join("; ", problems) + ".");
    this.problems = List.copyOf(problems);
  }

  /** Each problem, "field: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
