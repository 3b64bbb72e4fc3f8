package de.dmp.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Batched inserts, one prepared statement per table, flushed every {@value #BATCH} rows. */
final class Rows implements AutoCloseable {

  static final int BATCH = 2_000;

  private final Connection connection;
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private long written;

  Rows(Connection connection) {
    this.connection = connection;
  }

  /** Declares a table and its columns; tables flush in the order they are declared. */
  void table(String name, String... columns) throws SQLException {
    String sql =
        "INSERT INTO "
            + name
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + "?, ".repeat(columns.length - 1)
            + "?)";
    tables.put(name, new Table(connection.prepareStatement(sql)));
  }

  void insert(String table, Object... values) throws SQLException {
    Table target = tables.get(table);
    for (int i = 0; i < values.length; i++) {
      target.statement.setObject(i + 1, values[i]);
    }
    target.statement.addBatch();
    if (++target.pending >= BATCH) {
      flush();
    }
  }

  /** Writes every pending row, parents first, and commits. */
  void flush() throws SQLException {
    for (Table table : tables.values()) {
      if (table.pending > 0) {
        table.statement.executeBatch();
        written += table.pending;
        table.pending = 0;
      }
    }
    connection.commit();
  }

  long written() {
    return written;
  }

  @Override
  public void close() throws SQLException {
    flush();
    for (Table table : tables.values()) {
      table.statement.close();
    }
  }

  private static final class Table {
    private final PreparedStatement statement;
    private int pending;

    private Table(PreparedStatement statement) {
      this.statement = statement;
    }
  }
}
