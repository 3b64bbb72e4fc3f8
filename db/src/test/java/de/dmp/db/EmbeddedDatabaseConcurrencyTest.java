package de.dmp.db;

import static de.dmp.db.EmbeddedDatabases.h2InMariaDbMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Concurrent inserts into one table with a generated id, as every audited request makes: H2 2.2.224
 * (the version WildFly 39 ships) handed out used ids here in MariaDB mode, and requests failed with
 * a primary key violation.
 */
class EmbeddedDatabaseConcurrencyTest {

  private static final int WRITERS = 50;
  private static final int ROWS_EACH = 2000;

  @Test
  void concurrentInserts_shouldEachGetAnIdOfTheirOwn() throws Exception {
    var dataSource = h2InMariaDbMode("concurrent");
    SchemaMigration.migrate(dataSource);
    Callable<Void> writer =
        () -> {
          try (var connection = dataSource.getConnection();
              var insert =
                  connection.prepareStatement(
                      "INSERT INTO audit_event (occurred_at, username, role, action, resource_type,"
                          + " outcome) VALUES (CURRENT_TIMESTAMP, 'load', 'DOCTOR', 'READ',"
                          + " 'Patient', 'SUCCESS')")) {
            for (int row = 0; row < ROWS_EACH; row++) {
              insert.executeUpdate();
            }
          }
          return null;
        };

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      var results = new ArrayList<Future<Void>>();
      for (int i = 0; i < WRITERS; i++) {
        results.add(pool.submit(writer));
      }
      for (var result : results) {
        result.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(countRows(dataSource)).isEqualTo(WRITERS * ROWS_EACH);
  }

  private static long countRows(DataSource dataSource) throws SQLException {
    try (var connection = dataSource.getConnection();
        var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
      count.next();
      return count.getLong(1);
    }
  }
}
