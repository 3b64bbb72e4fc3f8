package de.dmp.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

  private static JdbcDataSource h2InMariaDbMode(String name) {
    var dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    return dataSource;
  }

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
