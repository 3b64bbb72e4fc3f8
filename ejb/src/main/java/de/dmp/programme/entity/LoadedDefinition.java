package de.dmp.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A programme definition an administrator loaded, kept as the JSON text it was loaded as. */
@Entity
@Immutable
@Table(name = "programme_definition")
@NamedQuery(
    name = LoadedDefinition.FIND_ALL,
    query = "select d from LoadedDefinition d order by d.id")
@NamedQuery(
    name = LoadedDefinition.FIND_BY_VERSION,
    query =
        "select d from LoadedDefinition d"
            + " where d.programmeCode = :code and d.version = :version")
public class LoadedDefinition {

  public static final String FIND_ALL = "LoadedDefinition.findAll";
  public static final String FIND_BY_VERSION = "LoadedDefinition.findByVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_code", nullable = false, length = 20)
  private String programmeCode;

  @Column(nullable = false, length = 20)
  private String version;

  /** LONGTEXT on MySQL and MariaDB; H2 in MariaDB mode makes it a VARCHAR, which also fits. */
  @Column(nullable = false, columnDefinition = "LONGTEXT")
  private String content;

  @Column(name = "loaded_by", nullable = false, length = 60)
  private String loadedBy;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected LoadedDefinition() {}

  public LoadedDefinition(
      ProgrammeDefinition definition, String content, String loadedBy, Instant loadedAt) {
    this.programmeCode = definition.code();
    this.version = definition.version();
    this.content = content;
    this.loadedBy = loadedBy;
    this.loadedAt = loadedAt;
  }

  public String getContent() {
    return content;
  }
}
