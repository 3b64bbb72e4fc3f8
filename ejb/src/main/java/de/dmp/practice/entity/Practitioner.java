package de.dmp.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A doctor, identified by the LANR (lebenslange Arztnummer), working at one practice. */
@Entity
@Table(name = "practitioner")
@NamedQuery(
    name = Practitioner.FIND_BY_LANR,
    query = "select p from Practitioner p where p.lanr = :lanr")
public class Practitioner {

  public static final String FIND_BY_LANR = "Practitioner.findByLanr";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 9)
  private String lanr;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id")
  private Practice practice;

  protected Practitioner() {}

  public Practitioner(String lanr, String familyName, String givenName, Practice practice) {
    this.lanr = lanr;
    this.familyName = familyName.strip();
    this.givenName = givenName.strip();
    this.practice = practice;
  }

  public Long getId() {
    return id;
  }

  public String getLanr() {
    return lanr;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public Practice getPractice() {
    return practice;
  }
}
