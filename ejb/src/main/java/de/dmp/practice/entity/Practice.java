package de.dmp.practice.entity;

import de.dmp.platform.entity.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A contracted practice site, identified by its BSNR (Betriebsstättennummer). It hands out the DMP
 * case numbers of its patients; {@code region} selects the regional contract's targets.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.FIND_BY_BSNR, query = "select p from Practice p where p.bsnr = :bsnr")
public class Practice {

  public static final String FIND_BY_BSNR = "Practice.findByBsnr";

  /** The DMP-Fallnummer has at most seven digits. */
  static final int LARGEST_CASE_NUMBER = 9_999_999;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 9)
  private String bsnr;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 40)
  private String region;

  @Column(name = "last_case_number", nullable = false)
  private int lastCaseNumber;

  @Embedded private PostalAddress address;

  @Column(length = 40)
  private String phone;

  protected Practice() {}

  public Practice(String bsnr, String name, String region) {
    this.bsnr = bsnr;
    this.name = name.strip();
    this.region = region.strip();
  }

  /** The next unused case number of this practice, at most seven digits. */
  public String nextCaseNumber() {
    if (lastCaseNumber >= LARGEST_CASE_NUMBER) {
      throw new IllegalStateException("Practice " + bsnr + " has used all 7-digit case numbers.");
    }
    lastCaseNumber++;
    return String.valueOf(lastCaseNumber);
  }

  /**
   * Takes a case number the practice gave in other software (an imported eDMP file's), so that the
   * numbers given here afterwards come after it.
   */
  public void takeCaseNumber(String caseNumber) {
    lastCaseNumber = Math.max(lastCaseNumber, Integer.parseInt(caseNumber));
  }

  /** Records where the practice is and how it is called, as eDMP files name it. */
  public void locate(PostalAddress address, String phone) {
    this.address = address;
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  public Long getId() {
    return id;
  }

  public String getBsnr() {
    return bsnr;
  }

  public String getName() {
    return name;
  }

  public String getRegion() {
    return region;
  }

  public PostalAddress getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }
}
