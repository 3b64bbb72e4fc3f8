package de.dmp.programme.control;

import java.util.List;

/** A programme definition file that cannot be used; stops the deployment with its reasons. */
public class InvalidProgrammeDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidProgrammeDefinitionException(String file, List<String> problems) {
    super(
        "Invalid programme definition "
            + file
            + ": "
            + String.join("; ", problems)
            + ". Fix the file and deploy again.");
  }
}
