package de.dmp.web.health;

import de.dmp.db.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;

/** Ready only when the database has every schema migration of this release. */
@ApplicationScoped
public class SchemaReadiness implements ReadinessCheck {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  private DataSource database;

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public Result check() {
    int pending = SchemaMigration.pending(database);
    return new Result(name(), pending == 0, Map.of("pendingMigrations", pending));
  }
}
