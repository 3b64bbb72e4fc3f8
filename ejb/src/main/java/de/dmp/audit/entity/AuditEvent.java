package de.dmp.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who did what with which patient's data, when, and whether it was allowed. Written once and never
 * changed: the entity is immutable and the application has no way to update or delete it. It holds
 * identifiers only, never clinical content.
 */
@Entity
@Immutable
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.FIND_ALL,
    query = "select a from AuditEvent a order by a.occurredAt desc, a.id desc")
@NamedQuery(name = AuditEvent.COUNT_ALL, query = "select count(a) from AuditEvent a")
@NamedQuery(
    name = AuditEvent.FIND_BY_PATIENT,
    query = "select a from AuditEvent a where a.patientId = :patientId order by a.occurredAt, a.id")
public class AuditEvent {

  public static final String FIND_ALL = "AuditEvent.findAll";
  public static final String COUNT_ALL = "AuditEvent.countAll";
  public static final String FIND_BY_PATIENT = "AuditEvent.findByPatient";

  /** What a granted or refused action ended as. */
  public enum Outcome {
    SUCCESS,
    DENIED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 60, updatable = false)
  private String username;

  @Column(nullable = false, length = 16, updatable = false)
  private String role;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16, updatable = false)
  private AuditAction action;

  @Column(name = "resource_type", nullable = false, length = 40, updatable = false)
  private String resourceType;

  @Column(name = "resource_id", length = 40, updatable = false)
  private String resourceId;

  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12, updatable = false)
  private Outcome outcome;

  @Column(length = 500, updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String username,
      String role,
      AuditAction action,
      String resourceType,
      String resourceId,
      Long patientId,
      Outcome outcome,
      String detail) {
    this.occurredAt = occurredAt;
    this.username = username;
    this.role = role;
    this.action = action;
    this.resourceType = resourceType;
    this.resourceId = resourceId;
    this.patientId = patientId;
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public String getRole() {
    return role;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getResourceType() {
    return resourceType;
  }

  public String getResourceId() {
    return resourceId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }
}
