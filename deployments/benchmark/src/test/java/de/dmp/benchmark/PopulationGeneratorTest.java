package de.dmp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Database freshDatabase() {
    return new Database(
        "h2",
        "jdbc:h2:mem:generated"
            + DATABASES.incrementAndGet()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "sa",
        "sa");
  }

  private static Map<String, Long> generate(Database database, long seed) throws SQLException {
    return new PopulationGenerator(new GeneratorSettings(80, 4, 2, seed, 2, 8, TODAY), database)
        .generate();
  }

  @Test
  void generate_shouldFillEveryTableConsistently() throws SQLException {
    Database database = freshDatabase();

    Map<String, Long> counts = generate(database, 7);

    assertThat(counts).containsEntry("patient", 80L).containsEntry("practice", 4L);
    assertThat(counts).containsEntry("app_user", 1L + 2 + 2 * 4);
    assertThat(counts.get("documentation")).isGreaterThan(80L * 4);
    assertThat(counts.get("documentation_value")).isGreaterThan(counts.get("documentation") * 5);
    assertThat(
            single(
                database,
                "SELECT COUNT(*) FROM enrolment e WHERE e.status = 'ACTIVE' AND NOT EXISTS"
                    + " (SELECT 1 FROM care_deadline d WHERE d.enrolment_id = e.id)"))
        .isZero();
    assertThat(
            single(
                database,
                "SELECT COUNT(*) FROM care_deadline WHERE warning_from <= DATE '2026-11-23'"))
        .as("lapsed patients close to exclusion")
        .isPositive();
  }

  @Test
  void generate_shouldBeDeterministicFromTheSeed() throws SQLException {
    String fingerprint =
        "SELECT COUNT(*) || '/' || SUM(LENGTH(value_text)) || '/' || SUM(documentation_id)"
            + " FROM documentation_value";
    Database first = freshDatabase();
    Database second = freshDatabase();
    generate(first, 11);
    generate(second, 11);

    assertThat(text(first, fingerprint)).isEqualTo(text(second, fingerprint));
  }

  @Test
  void generate_shouldRefuseADatabaseWithPatients() throws SQLException {
    Database database = freshDatabase();
    generate(database, 3);

    assertThatThrownBy(() -> generate(database, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already holds 80 patients");
  }

  @Test
  void settings_shouldRefuseMorePracticesThanPatients() {
    assertThatThrownBy(() -> new GeneratorSettings(3, 5, 1, 1, 2, 8, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("practices=5");
  }

  private static long single(Database database, String sql) throws SQLException {
    return Long.parseLong(text(database, sql));
  }

  private static String text(Database database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }
}
