package de.dmp.platform.boundary;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the database could not be reached: the pool had no connection for
 * the request (IJ000453) or the connection broke (Connector/J's communications failure, SQL state
 * class 08). The transaction was rolled back, nothing was stored, and the same request may be sent
 * again once the database answers.
 */
public final class DatabaseOutOfReach {

  private DatabaseOutOfReach() {}

  /** Whether the failure or one of its causes says so. */
  public static boolean in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (says(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean says(Throwable cause) {
    return cause instanceof ResourceException
        || cause instanceof SQLRecoverableException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith("08");
  }
}
