package de.dmp.benchmark;

import de.dmp.demo.control.ProgrammeMix;
import de.dmp.demo.control.SampleDocumentation;
import de.dmp.demo.control.SyntheticNames;
import de.dmp.patient.entity.InsuranceNumber;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.rules.entity.CareDeadline;
import de.dmp.rules.entity.Deadline;
import de.dmp.rules.entity.EnrolmentFacts;
import de.dmp.rules.entity.ProgrammeRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Writes one synthetic patient with everything the application would have stored: insurance, care
 * relation, case number, enrolments with their history, visits, documentations with their values,
 * the next follow-up, some missed trainings, and the rules' deadlines. Most patients document at
 * every interval with a rare gap; some ended, some were excluded, some stopped documenting lately.
 */
final class PatientWriter {

  static final List<String> TABLES =
      List.of(
          "insurer",
          "practice",
          "practitioner",
          "app_user",
          "patient",
          "patient_practice",
          "dmp_case",
          "enrolment",
          "enrolment_status_change",
          "visit",
          "documentation",
          "documentation_value",
          "documentation_revision",
          "appointment",
          "care_deadline");

  /** The tables with an id column; the others are keyed by their parent. */
  static final List<String> TABLES_WITH_IDENTITY =
      TABLES.stream()
          .filter(
              t ->
                  !List.of(
                          "enrolment_status_change",
                          "documentation_value",
                          "documentation_revision")
                      .contains(t))
          .toList();

  static final int LARGE_PRACTICE = 2_000;

  private final GeneratorSettings settings;
  private final Random random;
  private final SampleDocumentation samples;
  private final Function<String, ProgrammeDefinition> programmes;
  private final LocalDateTime now;
  private final int[] caseNumbers;
  private long enrolmentId;
  private long visitId;
  private long documentationId;
  private long appointmentId;
  private long deadlineId;

  PatientWriter(
      GeneratorSettings settings,
      Random random,
      SampleDocumentation samples,
      Function<String, ProgrammeDefinition> programmes,
      LocalDateTime now) {
    this.settings = settings;
    this.random = random;
    this.samples = samples;
    this.programmes = programmes;
    this.now = now;
    this.caseNumbers = new int[settings.practices() + 1];
  }

  static String bsnr(int practice) {
    return "30" + String.format("%07d", practice);
  }

  static void declare(Rows rows) throws SQLException {
    rows.table("insurer", "id", "version", "institution_code", "name");
    rows.table("practice", "id", "version", "bsnr", "name", "region", "last_case_number");
    rows.table("practitioner", "id", "version", "lanr", "family_name", "given_name", "practice_id");
    rows.table(
        "app_user",
        "id",
        "version",
        "username",
        "password_hash",
        "password_salt",
        "password_iterations",
        "role",
        "practice_id",
        "insurer_id",
        "created_at");
    rows.table(
        "patient",
        "id",
        "version",
        "family_name",
        "given_name",
        "birth_date",
        "sex",
        "created_at",
        "updated_at",
        "insurer_id",
        "insurance_number",
        "phone");
    rows.table("patient_practice", "id", "patient_id", "practice_id", "since");
    rows.table("dmp_case", "id", "patient_id", "practice_id", "case_number", "created_at");
    rows.table(
        "enrolment",
        "id",
        "version",
        "patient_id",
        "practice_id",
        "dmp_case_id",
        "programme_code",
        "programme_version",
        "status",
        "documentation_interval",
        "diagnosis_code",
        "diagnosis_date",
        "consent_signed_on",
        "initial_documented_on",
        "started_on",
        "ended_on",
        "created_at",
        "updated_at");
    rows.table(
        "enrolment_status_change",
        "enrolment_id",
        "position",
        "from_status",
        "to_status",
        "effective_on",
        "reason",
        "recorded_at");
    rows.table(
        "visit", "id", "patient_id", "practice_id", "practitioner_id", "visit_date", "created_at");
    rows.table(
        "documentation",
        "id",
        "version",
        "visit_id",
        "enrolment_id",
        "document_type",
        "programme_version",
        "revision",
        "documented_on",
        "created_at",
        "updated_at",
        "status",
        "sent_on");
    rows.table(
        "documentation_value", "documentation_id", "revision", "parameter_code", "value_text");
    rows.table(
        "documentation_revision",
        "documentation_id",
        "revision",
        "programme_version",
        "status",
        "recorded_at");
    rows.table(
        "appointment",
        "id",
        "version",
        "enrolment_id",
        "practice_id",
        "kind",
        "code",
        "label",
        "due_on",
        "status",
        "updated_at");
    rows.table(
        "care_deadline",
        "id",
        "enrolment_id",
        "practice_id",
        "patient_id",
        "programme_code",
        "rule_id",
        "rule_version",
        "kind",
        "subject",
        "due_from",
        "overdue_from",
        "warning_from",
        "exclusion_from",
        "expires_on",
        "exclusion_effective_on",
        "details",
        "evaluated_on");
  }

  /** How a patient's participation went. */
  private enum Course {
    ACTIVE,
    LAPSED,
    EXCLUDED,
    ENDED
  }

  void write(Rows rows, int index, Sex sex, List<String> codes) throws SQLException {
    long patientId = index + 1L;
    int practice = practiceOf(index);
    LocalDate today = settings.today();
    LocalDate birth = today.minusYears(age(codes)).minusDays(random.nextInt(365));
    rows.insert(
        "patient",
        patientId,
        0,
        SyntheticNames.family(random),
        SyntheticNames.given(random, sex),
        birth,
        sex.name(),
        now,
        now,
        1L + random.nextInt(settings.insurers()),
        InsuranceNumber.withCheckDigit('G', index),
        "0" + (200 + random.nextInt(700)) + " " + (100000 + random.nextInt(900000)));
    rows.insert("patient_practice", patientId, patientId, (long) practice, now);
    int caseNumber = ++caseNumbers[practice];
    rows.insert("dmp_case", patientId, patientId, (long) practice, String.valueOf(caseNumber), now);
    long days =
        (long)
            ((settings.minYears()
                    + random.nextDouble() * (settings.maxYears() - settings.minYears()))
                * 365);
    LocalDate start = today.minusDays(days);
    DocumentationInterval interval =
        random.nextInt(10) < 7
            ? DocumentationInterval.QUARTERLY
            : DocumentationInterval.EVERY_SECOND_QUARTER;
    Course course = course();
    List<LocalDate> visits = visits(start, interval, course);
    LocalDate last = visits.get(visits.size() - 1);
    List<Long> visitIds = new ArrayList<>();
    for (int v = 0; v < visits.size(); v++) {
      visitIds.add(++visitId);
    }
    boolean visitsWritten = false;
    for (String code : codes) {
      ProgrammeDefinition programme = programmes.apply(code);
      long enrolment = ++enrolmentId;
      boolean open = course == Course.ACTIVE || course == Course.LAPSED;
      String status =
          switch (course) {
            case ACTIVE, LAPSED -> "ACTIVE";
            case EXCLUDED -> "EXCLUDED";
            case ENDED -> "ENDED";
          };
      LocalDate endedOn = open ? null : last;
      rows.insert(
          "enrolment",
          enrolment,
          0,
          patientId,
          (long) practice,
          patientId,
          code,
          programme.version(),
          status,
          interval.name(),
          ProgrammeMix.DIAGNOSIS.get(code),
          start.minusMonths(2 + random.nextInt(30)),
          start,
          start,
          start,
          endedOn,
          now,
          now);
      history(rows, enrolment, start, course, last);
      if (!visitsWritten) {
        for (int v = 0; v < visits.size(); v++) {
          rows.insert(
              "visit",
              visitIds.get(v),
              patientId,
              (long) practice,
              (long) practice,
              visits.get(v),
              now);
        }
        visitsWritten = true;
      }
      List<Documented> documented =
          documentations(rows, programme, enrolment, visits, visitIds, interval);
      List<LocalDate> missed = open ? trainings(rows, enrolment, practice, code, last) : List.of();
      if (open) {
        nextFollowUp(rows, enrolment, practice, Quarter.of(last).plus(interval.quarters()));
        deadlines(
            rows,
            new EnrolmentFacts(
                enrolment,
                programme,
                interval,
                true,
                start,
                birth,
                documented,
                missed,
                List.of(),
                List.of()),
            practice,
            patientId,
            code);
      }
    }
  }

  /**
   * The first practices are large (medical care centres with {@value #LARGE_PRACTICE} patients
   * each, one per 50 practices), the others share the rest at random.
   */
  private int practiceOf(int index) {
    int large = Math.min(settings.practices() / 50, settings.patients() / (2 * LARGE_PRACTICE));
    if (index < large * LARGE_PRACTICE) {
      return 1 + index / LARGE_PRACTICE;
    }
    return 1 + large + random.nextInt(settings.practices() - large);
  }

  private int age(List<String> codes) {
    if (codes.contains("DM1")) {
      return 18 + random.nextInt(50);
    }
    if (codes.contains("ASTHMA")) {
      return 12 + random.nextInt(70);
    }
    return 45 + random.nextInt(45);
  }

  private Course course() {
    int draw = random.nextInt(100);
    if (draw < 5) {
      return Course.ENDED;
    }
    if (draw < 9) {
      return Course.EXCLUDED;
    }
    return draw < 14 ? Course.LAPSED : Course.ACTIVE;
  }

  /** A visit at every interval from the start, a rare gap; lapsed and ended ones stop early. */
  private List<LocalDate> visits(LocalDate start, DocumentationInterval interval, Course course) {
    LocalDate today = settings.today();
    LocalDate stop =
        switch (course) {
          case ACTIVE -> today;
          case LAPSED ->
              Quarter.of(today).plus(-(1 + random.nextInt(3)) * interval.quarters()).end();
          case EXCLUDED, ENDED ->
              start.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(start, today))));
        };
    List<LocalDate> visits = new ArrayList<>(List.of(start));
    for (Quarter q = Quarter.of(start).plus(interval.quarters());
        !q.start().isAfter(stop);
        q = q.plus(interval.quarters())) {
      LocalDate day = q.start().plusDays(random.nextInt(80));
      if (!day.isAfter(stop) && random.nextInt(100) >= 4) {
        visits.add(day);
      }
    }
    return visits;
  }

  private List<Documented> documentations(
      Rows rows,
      ProgrammeDefinition programme,
      long enrolment,
      List<LocalDate> visits,
      List<Long> visitIds,
      DocumentationInterval interval)
      throws SQLException {
    List<Documented> documented = new ArrayList<>();
    for (int v = 0; v < visits.size(); v++) {
      LocalDate day = visits.get(v);
      DocumentType type = v == 0 ? DocumentType.ED : DocumentType.FD;
      Map<String, String> values = new HashMap<>(samples.values(programme, type, day));
      values.computeIfPresent("interval", (code, value) -> interval.label());
      long id = ++documentationId;
      boolean delivered = Quarter.of(day).deliveryDeadline().isBefore(settings.today());
      rows.insert(
          "documentation",
          id,
          0,
          visitIds.get(v),
          enrolment,
          type.name(),
          programme.version(),
          1,
          day,
          now,
          now,
          delivered ? "SENT" : "COMPLETE",
          delivered ? Quarter.of(day).end().plusDays(5) : null);
      for (Map.Entry<String, String> value : values.entrySet()) {
        rows.insert("documentation_value", id, 1, value.getKey(), value.getValue());
      }
      rows.insert("documentation_revision", id, 1, programme.version(), "COMPLETE", now);
      documented.add(new Documented(day, values));
    }
    return documented;
  }

  private void history(Rows rows, long enrolment, LocalDate start, Course course, LocalDate last)
      throws SQLException {
    rows.insert(
        "enrolment_status_change", enrolment, 0, null, "ENROLLED", start, "Einschreibung", now);
    rows.insert(
        "enrolment_status_change",
        enrolment,
        1,
        "ENROLLED",
        "ACTIVE",
        start,
        "Teilnahme- und Einwilligungserklärung und Erstdokumentation vollständig",
        now);
    if (course == Course.EXCLUDED || course == Course.ENDED) {
      rows.insert(
          "enrolment_status_change",
          enrolment,
          2,
          "ACTIVE",
          course.name(),
          last,
          course == Course.EXCLUDED
              ? "Zwei aufeinanderfolgende fehlende Folgedokumentationen"
              : "Praxiswechsel",
          now);
    }
  }

  /** One in twenty diabetics missed a training recently, a few of them twice. */
  private List<LocalDate> trainings(
      Rows rows, long enrolment, int practice, String code, LocalDate last) throws SQLException {
    if (!code.startsWith("DM") || random.nextInt(20) != 0) {
      return List.of();
    }
    List<LocalDate> missed = new ArrayList<>(List.of(last.minusDays(20)));
    if (random.nextInt(3) == 0) {
      missed.add(last.minusDays(130));
    }
    for (LocalDate day : missed) {
      rows.insert(
          "appointment",
          ++appointmentId,
          0,
          enrolment,
          (long) practice,
          "TRAINING",
          "diabetes-training",
          "Diabetes-Schulung",
          day,
          "MISSED",
          now);
    }
    return missed;
  }

  private void nextFollowUp(Rows rows, long enrolment, int practice, Quarter next)
      throws SQLException {
    rows.insert(
        "appointment",
        ++appointmentId,
        0,
        enrolment,
        (long) practice,
        "DOCUMENTATION",
        "follow-up-documentation",
        "Folgedokumentation " + next,
        next.start(),
        "PLANNED",
        now);
  }

  private void deadlines(Rows rows, EnrolmentFacts facts, int practice, long patientId, String code)
      throws SQLException {
    for (Deadline d : ProgrammeRules.deadlines(facts, settings.today())) {
      rows.insert(
          "care_deadline",
          ++deadlineId,
          facts.enrolmentId(),
          (long) practice,
          patientId,
          code,
          d.ruleId(),
          d.ruleVersion(),
          d.kind().name(),
          d.subject(),
          d.dueFrom(),
          d.overdueFrom(),
          d.warningFrom(),
          d.exclusionFrom(),
          d.expiresOn(),
          d.exclusionEffectiveOn(),
          CareDeadline.details(d),
          settings.today());
    }
  }

  /** Stores each practice's last case number, so that the application continues after it. */
  void finish(Connection connection) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE practice SET last_case_number = ? WHERE id = ?")) {
      for (int p = 1; p <= settings.practices(); p++) {
        update.setInt(1, caseNumbers[p]);
        update.setLong(2, p);
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
