package de.dmp.platform.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Tells Hibernate that a server reached through MySQL Connector/J is MariaDB, and which version.
 * Connector/J reports MariaDB 10.x as "MySQL 5.5.5-10.11.19-MariaDB", which would make Hibernate
 * pick an unsupported MySQL 5.5 dialect. Every other database falls through to Hibernate's own
 * resolution.
 */
public class MariaDbDialectResolver implements DialectResolver {

  private static final Pattern MARIADB_VERSION =
      Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    return mariaDbVersion(info.getDatabaseVersion()).map(MariaDBDialect::new).orElse(null);
  }

  static Optional<DatabaseVersion> mariaDbVersion(String reportedVersion) {
    if (reportedVersion == null) {
      return Optional.empty();
    }
    Matcher matcher = MARIADB_VERSION.matcher(reportedVersion);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(
        DatabaseVersion.make(
            Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3))));
  }
}
