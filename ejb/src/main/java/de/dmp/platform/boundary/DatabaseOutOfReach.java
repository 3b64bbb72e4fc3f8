package de.dmp.platform.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.resource.ResourceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether a failure means that the database could not be reached: the pool had no connection for
 * the request (IJ000453) or the connection broke (Connector/J's communications failure, SQL state
 * class 08). The transaction was rolled back, nothing was stored, and the same request may be sent
 * again once the database answers.
 */
public final class DatabaseOutOfReach {

  private static final String DATA_SOURCE = "java:jboss/datasources/DmpDS";

  private DatabaseOutOfReach() {}

  /**
   * Whether the failure or one of its causes says so; or a commit found its row changed while the
   * database does not answer now: a link that broke during the commit reports no updated row
   * (MariaDB through Connector/J), which is not another request's change.
   */
  public static boolean in(Throwable failure) {
    return says(failure) || (rowNotUpdated(failure) && !databaseAnswers());
  }

  private static boolean says(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (saysItself(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysItself(Throwable cause) {
    return cause instanceof ResourceException
        || cause instanceof SQLRecoverableException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith("08");
  }

  private static boolean rowNotUpdated(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** Asks the application's data source; outside a server (no JNDI) it cannot tell, so yes. */
  private static boolean databaseAnswers() {
    try (Connection connection = InitialContext.<DataSource>doLookup(DATA_SOURCE).getConnection()) {
      return connection.isValid(2);
    } catch (NamingException e) {
      return true;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
