package de.dmp.export.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One FHIR Bulk Data export of the patients a user may see: what was asked for, how far it got, and
 * what it wrote. It belongs to the user who asked; nobody else learns that it exists.
 */
@Entity
@Table(name = "bulk_export")
@NamedQuery(
    name = BulkExport.FIND_RUNNING_ON,
    query =
        "select x from BulkExport x where x.status = de.dmp.export.entity.ExportStatus.RUNNING"
            + " and x.node = :node")
@NamedQuery(
    name = BulkExport.FIND_STALLED,
    query =
        "select x from BulkExport x where x.status = de.dmp.export.entity.ExportStatus.RUNNING"
            + " and coalesce(x.heartbeatAt, x.createdAt) < :silentSince")
public class BulkExport {

  /** The exports running on a server (:node), e.g. when it starts after a crash. */
  public static final String FIND_RUNNING_ON = "BulkExport.findRunningOn";

  /** The running exports without a written page since :silentSince: their server is gone. */
  public static final String FIND_STALLED = "BulkExport.findStalled";

  @Id
  @Column(length = 36)
  private String id;

  @Version private long version;

  @Column(nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "request_url", nullable = false, length = 2000, updatable = false)
  private String requestUrl;

  @Column(name = "resource_types", nullable = false, length = 500, updatable = false)
  private String resourceTypes;

  @Column(updatable = false)
  private Instant since;

  @Column(name = "programme_code", length = 20, updatable = false)
  private String programmeCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private ExportStatus status;

  @Column(name = "patients_total", nullable = false)
  private long patientsTotal;

  @Column(name = "patients_done", nullable = false)
  private long patientsDone;

  @Column(length = 500)
  private String error;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The server that writes the export. */
  @Column(length = 100, updatable = false)
  private String node;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bulk_export_output", joinColumns = @JoinColumn(name = "export_id"))
  @MapKeyColumn(name = "resource_type", length = 40)
  @Column(name = "resource_count", nullable = false)
  private Map<String, Long> output = new TreeMap<>();

  /** The patients the request named, the only ones it holds; none named: all in its scope. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bulk_export_patient", joinColumns = @JoinColumn(name = "export_id"))
  @Column(name = "patient_id", nullable = false)
  private Set<Long> patients = new TreeSet<>();

  protected BulkExport() {}

  public BulkExport(
      String username,
      String requestUrl,
      Set<String> resourceTypes,
      Instant since,
      String programmeCode,
      Set<Long> patients,
      long patientsTotal,
      String node,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.requestUrl = requestUrl;
    this.resourceTypes = String.join(",", resourceTypes);
    this.since = since;
    this.programmeCode = programmeCode;
    this.patients.addAll(patients);
    this.patientsTotal = patientsTotal;
    this.status = ExportStatus.RUNNING;
    this.node = node;
    this.createdAt = now;
  }

  public boolean isOwnedBy(String user) {
    return username.equals(user);
  }

  /** Whether the request named the patients to export. */
  public boolean namesPatients() {
    return !patients.isEmpty();
  }

  /** The named patients that are not among those the caller may export, in id order. */
  public List<Long> namedBeyond(Collection<Long> exportable) {
    return patients.stream().filter(id -> !exportable.contains(id)).toList();
  }

  /** A page of patients is written: the export is alive. */
  public void advance(int patients, Instant now) {
    patientsDone += patients;
    heartbeatAt = now;
  }

  public void complete(Map<String, Long> written, Instant now) {
    if (status == ExportStatus.RUNNING) {
      output.putAll(written);
      finish(ExportStatus.COMPLETE, now);
    }
  }

  public void fail(String reason, Instant now) {
    if (status == ExportStatus.RUNNING) {
      error = reason.length() <= 500 ? reason : reason.substring(0, 500);
      finish(ExportStatus.FAILED, now);
    }
  }

  /**
   * Cancelled by its owner: running or finished, its files are to go. A running export's writer
   * removes them when it sees the cancel at its next page, a finished one's are for the caller to
   * remove: true then.
   */
  public boolean cancel(Instant now) {
    boolean finished = status.isFinished();
    output.clear();
    finish(ExportStatus.CANCELLED, now);
    return finished;
  }

  private void finish(ExportStatus finished, Instant now) {
    status = finished;
    finishedAt = now;
  }

  /** Per cent of the patients written, 0 to 100. */
  public int percentDone() {
    return patientsTotal == 0 ? 100 : (int) (patientsDone * 100 / patientsTotal);
  }

  public Set<String> getResourceTypes() {
    return new LinkedHashSet<>(Arrays.asList(resourceTypes.split(",")));
  }

  public String getId() {
    return id;
  }

  public String getRequestUrl() {
    return requestUrl;
  }

  public Instant getSince() {
    return since;
  }

  public String getProgrammeCode() {
    return programmeCode;
  }

  public ExportStatus getStatus() {
    return status;
  }

  public long getPatientsTotal() {
    return patientsTotal;
  }

  public long getPatientsDone() {
    return patientsDone;
  }

  public String getError() {
    return error;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Map<String, Long> getOutput() {
    return Map.copyOf(output);
  }
}
