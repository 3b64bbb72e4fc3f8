package de.dmp.programme.boundary;

import jakarta.ejb.ApplicationException;

/** A programme code (or version) that no definition file provides. */
@ApplicationException(rollback = true)
public class UnknownProgrammeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownProgrammeException(String code, String which) {
    super("There is no programme '" + code + "' " + which + ".");
  }
}
