package de.dmp.db;

import static de.dmp.db.EmbeddedDatabases.h2InMariaDbMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

  @Test
  void migrate_shouldCreateTheSchemaOnAnEmptyDatabase() throws SQLException {
    var dataSource = h2InMariaDbMode("empty");

    int applied = SchemaMigration.migrate(dataSource);

    assertThat(applied).isPositive();
    try (Connection connection = dataSource.getConnection();
        var tables = connection.getMetaData().getTables(null, null, "patient", null)) {
      assertThat(tables.next()).isTrue();
    }
  }

  @Test
  void migrate_shouldApplyNothingTheSecondTime() {
    var dataSource = h2InMariaDbMode("twice");
    SchemaMigration.migrate(dataSource);

    assertThat(SchemaMigration.migrate(dataSource)).isZero();
  }
}
