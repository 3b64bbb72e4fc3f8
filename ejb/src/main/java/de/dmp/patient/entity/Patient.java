package de.dmp.patient.entity;

import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person cared for in one or more programmes: one record across programmes and practices. */
@Entity
@Table(name = "patient")
@NamedQuery(
    name = Patient.COUNT_REACHED_BY_PRACTICE,
    query = "select count(p) from Patient p where p.id = :patientId and " + Patient.IN_PRACTICE)
@NamedQuery(
    name = Patient.COUNT_REACHED_BY_INSURER,
    query =
        "select count(p) from Patient p where p.id = :patientId and "
            + Patient.OF_INSURER_WITH_CONSENT)
@NamedQuery(
    name = Patient.FIND_BY_INSURANCE,
    query =
        "select p from Patient p where p.insurer.id = :insurerId and p.insuranceNumber = :number")
@NamedQuery(
    name = Patient.FIND_BY_INSURANCE_NUMBER,
    query = "select p from Patient p where p.insuranceNumber = :number order by p.id")
@NamedQuery(
    name = Patient.FIND_IN_PRACTICE_BY_INSURANCE_NUMBER,
    query =
        "select p from Patient p left join fetch p.insurer"
            + " where p.insuranceNumber = :number and "
            + Patient.IN_PRACTICE
            + " order by p.id")
@NamedQuery(
    name = Patient.FIND_OF_INSURER_BY_INSURANCE_NUMBER,
    query =
        "select p from Patient p left join fetch p.insurer"
            + " where p.insuranceNumber = :number and "
            + Patient.OF_INSURER_WITH_CONSENT
            + " order by p.id")
@NamedQuery(
    name = Patient.FIND_LOOK_ALIKES_IN_PRACTICE,
    query =
        "select p from Patient p where ((lower(p.familyName) = :family"
            + " and lower(p.givenName) = :given and p.birthDate = :birthDate)"
            + " or p.insuranceNumber = :number) and "
            + Patient.IN_PRACTICE
            + " order by p.id")
@NamedQuery(name = Patient.COUNT_ALL, query = "select count(p) from Patient p")
@NamedQuery(
    name = Patient.IDS_IN_PRACTICE_AFTER,
    query =
        "select p.id from Patient p where p.id > :after and "
            + Patient.IN_PRACTICE
            + " and "
            + Patient.IN_PROGRAMME
            + " and "
            + Patient.NAMED_IN_EXPORT
            + " order by p.id")
@NamedQuery(
    name = Patient.IDS_OF_INSURER_AFTER,
    query =
        "select p.id from Patient p where p.id > :after and "
            + Patient.OF_INSURER_WITH_CONSENT
            + " and "
            + Patient.IN_PROGRAMME
            + " and "
            + Patient.NAMED_IN_EXPORT
            + " order by p.id")
@NamedQuery(
    name = Patient.COUNT_IN_PRACTICE_AND_PROGRAMME,
    query =
        "select count(p) from Patient p where "
            + Patient.IN_PRACTICE
            + " and "
            + Patient.IN_PROGRAMME)
@NamedQuery(
    name = Patient.COUNT_OF_INSURER_AND_PROGRAMME,
    query =
        "select count(p) from Patient p where "
            + Patient.OF_INSURER_WITH_CONSENT
            + " and "
            + Patient.IN_PROGRAMME)
@NamedQuery(
    name = Patient.FIND_BY_IDS,
    query = "select p from Patient p left join fetch p.insurer where p.id in :ids order by p.id")
@NamedQuery(
    name = Patient.FIND_WITH_INSURER,
    query = "select p from Patient p left join fetch p.insurer where p.id = :id")
public class Patient {

  /** One patient with the insurer, for callers outside the transaction. */
  public static final String FIND_WITH_INSURER = "Patient.findWithInsurer";

  /** A practice reaches the patients it cares for (see {@link CareRelation}). */
  static final String IN_PRACTICE =
      "exists (select r from CareRelation r where r.patient = p and r.practice.id = :scopeId)";

  /** An insurer reaches its members while at least one enrolment has a valid consent. */
  static final String OF_INSURER_WITH_CONSENT =
      "(p.insurer.id = :scopeId and exists (select e from Enrolment e where e.patient = p"
          + " and e.consentSignedOn is not null and e.consentWithdrawnOn is null))";

  public static final String FIND_LOOK_ALIKES_IN_PRACTICE = "Patient.findLookAlikesInPractice";
  public static final String COUNT_REACHED_BY_PRACTICE = "Patient.countReachedByPractice";
  public static final String COUNT_REACHED_BY_INSURER = "Patient.countReachedByInsurer";
  public static final String FIND_BY_INSURANCE = "Patient.findByInsurance";
  public static final String FIND_BY_INSURANCE_NUMBER = "Patient.findByInsuranceNumber";
  public static final String FIND_IN_PRACTICE_BY_INSURANCE_NUMBER =
      "Patient.findInPracticeByInsuranceNumber";
  public static final String FIND_OF_INSURER_BY_INSURANCE_NUMBER =
      "Patient.findOfInsurerByInsuranceNumber";
  public static final String COUNT_ALL = "Patient.countAll";

  /**
   * With {@code :programme} ('' for any) and {@code :scopeId}: the ids of the patients a practice
   * or an insurer reaches, one keyset page after {@code :after}, and their number. The ids also
   * take {@code :exportId} and {@code :named}: only the patients that export names when true.
   */
  public static final String IDS_IN_PRACTICE_AFTER = "Patient.idsInPracticeAfter";

  public static final String IDS_OF_INSURER_AFTER = "Patient.idsOfInsurerAfter";
  public static final String COUNT_IN_PRACTICE_AND_PROGRAMME =
      "Patient.countInPracticeAndProgramme";
  public static final String COUNT_OF_INSURER_AND_PROGRAMME = "Patient.countOfInsurerAndProgramme";

  /** Patients by id, with their insurer. */
  public static final String FIND_BY_IDS = "Patient.findByIds";

  /** Named by the bulk export {@code :exportId} when {@code :named}, else any. */
  static final String NAMED_IN_EXPORT =
      "(:named = false or p.id in (select n from BulkExport x join x.patients n"
          + " where x.id = :exportId))";

  /** Enrolled in the programme {@code :programme}, or any when it is ''. */
  static final String IN_PROGRAMME =
      "(:programme = '' or exists (select e from Enrolment e where e.patient = p"
          + " and e.programmeCode = :programme))";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Sex sex;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "insurer_id")
  private Insurer insurer;

  @Column(name = "insurance_number", length = 10)
  private String insuranceNumber;

  @Column(length = 40)
  private String phone;

  @Embedded private PostalAddress address;

  /** Versichertenart from the insurance card: 1 member, 3 family member, 5 pensioner. */
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "insured_status", length = 1)
  private String insuredStatus;

  @Column(length = 200)
  private String email;

  /** The day of death, when a practice or another system reported it; null while alive. */
  @Column(name = "died_on")
  private LocalDate diedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Patient() {}

  public Patient(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    this.familyName = familyName.strip();
    this.givenName = givenName.strip();
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /** Corrects the recorded identity, e.g. a misspelt name or a wrong date of birth. */
  public void correctIdentity(String familyName, String givenName, LocalDate birthDate, Sex sex) {
    this.familyName = familyName.strip();
    this.givenName = givenName.strip();
    this.birthDate = birthDate;
    this.sex = sex;
  }

  /**
   * Records the day of death (null: alive, e.g. a death recorded in error); whether it is new news,
   * which ends the patient's enrolments.
   */
  public boolean recordDeath(LocalDate day) {
    boolean news = day != null && !day.equals(diedOn);
    diedOn = day;
    return news;
  }

  /** Records the statutory insurance: the insurer and the insurance number (KVNR). */
  public void insure(Insurer insurer, String insuranceNumber) {
    this.insurer = insurer;
    this.insuranceNumber = insuranceNumber;
  }

  /** Records the address and the insured status (Versichertenart) from the insurance card. */
  public void recordResidence(PostalAddress address, String insuredStatus) {
    moveTo(address);
    this.insuredStatus = insuredStatus;
  }

  /** Records where the patient lives; null when the address is not known (any longer). */
  public void moveTo(PostalAddress address) {
    this.address = address;
  }

  public void setContact(String phone, String email) {
    this.phone = blankToNull(phone);
    this.email = blankToNull(email);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public boolean isInsured() {
    return insurer != null && insuranceNumber != null;
  }

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  /** Age in whole years on the day given, or at death. */
  public int ageOn(LocalDate day) {
    LocalDate until = diedOn != null && diedOn.isBefore(day) ? diedOn : day;
    return Period.between(birthDate, until).getYears();
  }

  public LocalDate getDiedOn() {
    return diedOn;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public Insurer getInsurer() {
    return insurer;
  }

  public String getInsuranceNumber() {
    return insuranceNumber;
  }

  public PostalAddress getAddress() {
    return address;
  }

  public String getInsuredStatus() {
    return insuredStatus;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
