package de.dmp.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the schema this release expects. Flyway owns every schema change; the
 * application only validates its mapping against the result.
 */
public final class SchemaMigration {

  static final String LOCATION = "classpath:db/migration";

  private SchemaMigration() {}

  /**
   * Applies the pending migrations.
   *
   * @return how many migrations were applied
   */
  public static int migrate(DataSource dataSource) {
    return flyway(dataSource).migrate().migrationsExecuted;
  }

  /** How many of this release's migrations the database has not applied. */
  public static int pending(DataSource dataSource) {
    return flyway(dataSource).info().pending().length;
  }

  private static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load();
  }
}
