package de.dmp.benchmark;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database the server would use, from the same settings ({@code dmp.db.*} system properties or
 * {@code DMP_DB_*} variables); H2 needs an explicit URL here, as the generator runs beside the
 * server rather than inside it.
 */
public record Database(String driver, String url, String user, String password) {

  public static Database fromEnvironment() {
    String driver = setting("driver", "h2");
    String url = setting("url", null);
    if (url == null) {
      throw new IllegalArgumentException(
          "Set DMP_DB_URL (or -Ddmp.db.url), e.g. jdbc:mysql://127.0.0.1:3306/dmp_bench or"
              + " jdbc:h2:file:/path/to/dmp;MODE=MariaDB;DATABASE_TO_LOWER=TRUE");
    }
    if (!driver.equals("h2") && !driver.equals("mysql")) {
      throw new IllegalArgumentException("DMP_DB_DRIVER must be h2 or mysql, not '" + driver + "'");
    }
    return new Database(driver, url, setting("user", "sa"), setting("password", "sa"));
  }

  private static String setting(String name, String fallback) {
    String property = System.getProperty("dmp.db." + name);
    if (property != null) {
      return property;
    }
    String variable = System.getenv("DMP_DB_" + name.toUpperCase());
    return variable != null ? variable : fallback;
  }

  public boolean isH2() {
    return driver.equals("h2");
  }

  public DataSource dataSource() throws SQLException {
    if (isH2()) {
      var h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    var mysql = new MysqlDataSource();
    mysql.setURL(url);
    mysql.setUser(user);
    mysql.setPassword(password);
    mysql.setRewriteBatchedStatements(true);
    return mysql;
  }
}
