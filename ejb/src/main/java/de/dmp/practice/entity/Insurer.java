package de.dmp.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A statutory health insurer, identified by its institution code (Institutionskennzeichen, IK). */
@Entity
@Table(name = "insurer")
@NamedQuery(
    name = Insurer.FIND_BY_INSTITUTION_CODE,
    query = "select i from Insurer i where i.institutionCode = :code")
public class Insurer {

  public static final String FIND_BY_INSTITUTION_CODE = "Insurer.findByInstitutionCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "institution_code", nullable = false, length = 9)
  private String institutionCode;

  @Column(nullable = false, length = 200)
  private String name;

  protected Insurer() {}

  public Insurer(String institutionCode, String name) {
    this.institutionCode = institutionCode;
    this.name = name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getInstitutionCode() {
    return institutionCode;
  }

  public String getName() {
    return name;
  }
}
