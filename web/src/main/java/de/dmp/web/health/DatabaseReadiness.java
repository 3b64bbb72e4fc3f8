package de.dmp.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Ready only while the database answers: nobody should type what could not be stored. */
@ApplicationScoped
public class DatabaseReadiness implements ReadinessCheck {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  private DataSource database;

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Result check() {
    try (Connection connection = database.getConnection()) {
      return new Result(name(), connection.isValid(5), Map.of());
    } catch (SQLException e) {
      return new Result(name(), false, Map.of("error", e.getClass().getSimpleName()));
    }
  }
}
