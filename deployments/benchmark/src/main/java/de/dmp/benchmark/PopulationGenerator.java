package de.dmp.benchmark;

import de.dmp.db.SchemaMigration;
import de.dmp.demo.control.ProgrammeMix;
import de.dmp.demo.control.SampleDocumentation;
import de.dmp.patient.entity.Sex;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.security.control.PasswordHashing;
import de.dmp.security.entity.HashedPassword;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Fills an empty database with a synthetic population, deterministic from the seed, through batched
 * inserts: insurers, practices with a doctor and a staff account each, patients with their
 * enrolments, years of documentations and the rules' deadlines, as the application would have
 * stored them. Run it with {@code ./mvnw verify -Pgenerate} (see the README).
 */
public final class PopulationGenerator {

  /** The password of every generated account, for benchmarks and load tests only. */
  public static final String PASSWORD = "bench-2026";

  static final String[] REGIONS = {"Nordrhein", "Westfalen-Lippe", "Bayern", "Hessen"};

  private final GeneratorSettings settings;
  private final Database database;
  private final Random random;
  private final LocalDateTime now;

  public PopulationGenerator(GeneratorSettings settings, Database database) {
    this.settings = settings;
    this.database = database;
    this.random = new Random(settings.seed());
    this.now = settings.today().atTime(6, 0);
  }

  public static void main(String[] args) {
    try {
      var settings =
          GeneratorSettings.fromSystemProperties(LocalDate.now(ZoneId.of("Europe/Berlin")));
      Map<String, Long> counts =
          new PopulationGenerator(settings, Database.fromEnvironment()).generate();
      System.out.println("Generated: " + counts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("Nothing generated: " + e.getMessage());
      System.exit(2);
    } catch (SQLException e) {
      System.err.println("Nothing generated, the database refused: " + e.getMessage());
      System.exit(3);
    }
  }

  /** Generates everything in batches; returns the rows per table. */
  public Map<String, Long> generate() throws SQLException {
    DataSource dataSource = database.dataSource();
    SchemaMigration.migrate(dataSource);
    ProgrammeCatalogue catalogue = ProgrammeCatalogue.load(getClass().getClassLoader());
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      refuseUnlessEmpty(connection);
      var population =
          new PatientWriter(
              settings,
              random,
              new SampleDocumentation(random),
              code -> catalogue.current(code, settings.today()).orElseThrow(),
              now);
      try (Rows rows = new Rows(connection)) {
        PatientWriter.declare(rows);
        registry(rows);
        var progress = new Progress(System.err, "patients", settings.patients());
        for (int i = 0; i < settings.patients(); i++) {
          Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
          population.write(rows, i, sex, ProgrammeMix.draw(random, sex));
          progress.step(rows.written());
        }
      }
      population.finish(connection);
      if (database.isH2()) {
        restartIdentities(connection);
      }
      connection.commit();
      Map<String, Long> counts = counts(connection);
      System.err.printf("Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
      return counts;
    }
  }

  private void refuseUnlessEmpty(Connection connection) throws SQLException {
    long patients = count(connection, "patient");
    if (patients > 0) {
      throw new IllegalStateException(
          "the database already holds "
              + patients
              + " patients; the generator fills an empty one (drop and create it, or point"
              + " DMP_DB_URL at a new database)");
    }
  }

  /** Insurers, practices with their doctor, and the accounts: admin, doc-, mfa- and kasse-. */
  private void registry(Rows rows) throws SQLException {
    HashedPassword password = PasswordHashing.hash(PASSWORD.toCharArray());
    long user = 1;
    rows.insert(
        "app_user",
        user++,
        0,
        "admin",
        password.hash(),
        password.salt(),
        password.iterations(),
        "ADMIN",
        null,
        null,
        now);
    for (int i = 1; i <= settings.insurers(); i++) {
      String ik = "10" + String.format("%07d", i);
      rows.insert("insurer", i, 0, ik, "Synthetische Kasse " + i);
      rows.insert(
          "app_user",
          user++,
          0,
          "kasse-" + ik,
          password.hash(),
          password.salt(),
          password.iterations(),
          "INSURER",
          null,
          (long) i,
          now);
    }
    for (int p = 1; p <= settings.practices(); p++) {
      String bsnr = PatientWriter.bsnr(p);
      rows.insert("practice", p, 0, bsnr, "Praxis " + p, REGIONS[p % REGIONS.length], 0);
      rows.insert("practitioner", p, 0, "40" + String.format("%07d", p), "Arzt" + p, "Dr.", p);
      for (String role : List.of("DOCTOR", "STAFF")) {
        String name = (role.equals("DOCTOR") ? "doc-" : "mfa-") + bsnr;
        rows.insert(
            "app_user",
            user++,
            0,
            name,
            password.hash(),
            password.salt(),
            password.iterations(),
            role,
            (long) p,
            null,
            now);
      }
    }
  }

  /** H2 does not move an identity past explicitly inserted ids; MariaDB does by itself. */
  private static void restartIdentities(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : PatientWriter.TABLES_WITH_IDENTITY) {
        long next = max(connection, table) + 1;
        statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
      }
    }
  }

  private static Map<String, Long> counts(Connection connection) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : PatientWriter.TABLES) {
      counts.put(table, count(connection, table));
    }
    return counts;
  }

  static long count(Connection connection, String table) throws SQLException {
    return single(connection, "SELECT COUNT(*) FROM " + table);
  }

  private static long max(Connection connection, String table) throws SQLException {
    return single(connection, "SELECT COALESCE(MAX(id), 0) FROM " + table);
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
