package de.dmp.db;

import org.h2.jdbcx.JdbcDataSource;

/** In-memory H2 in the mode the embedded default database runs in (see configure.cli). */
final class EmbeddedDatabases {

  private EmbeddedDatabases() {}

  static JdbcDataSource h2InMariaDbMode(String name) {
    var dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    return dataSource;
  }
}
