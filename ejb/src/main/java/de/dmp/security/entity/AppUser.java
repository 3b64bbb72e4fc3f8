package de.dmp.security.entity;

import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who logs in. The password is stored as a bcrypt hash that WildFly's JDBC realm checks;
 * doctors and staff belong to one practice, insurer users to one insurer.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = AppUser.FIND_ACTIVE_BY_USERNAME,
    query = "select u from AppUser u where u.username = :username and u.disabledAt is null")
@NamedQuery(
    name = AppUser.FIND_BY_USERNAME,
    query = "select u from AppUser u where u.username = :username")
@NamedQuery(
    name = AppUser.NAMES_BY_USERNAMES,
    query =
        "select u.username, u.displayName from AppUser u"
            + " where u.username in :usernames and u.displayName is not null")
public class AppUser {

  public static final String FIND_ACTIVE_BY_USERNAME = "AppUser.findActiveByUsername";
  public static final String FIND_BY_USERNAME = "AppUser.findByUsername";

  /** The names of the persons using the accounts, as rows of user name and name. */
  public static final String NAMES_BY_USERNAMES = "AppUser.namesByUsernames";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(name = "password_salt", nullable = false, length = 40)
  private String passwordSalt;

  @Column(name = "password_iterations", nullable = false)
  private int passwordIterations;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16, updatable = false)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "insurer_id", updatable = false)
  private Insurer insurer;

  /** The name of the person who uses the account, null where none is given. */
  @Column(name = "display_name", length = 100)
  private String displayName;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AppUser() {}

  /** A user of a role, tied to the practice or insurer the role needs and to nothing else. */
  public AppUser(
      String username,
      Role role,
      Practice practice,
      Insurer insurer,
      HashedPassword password,
      Instant now) {
    if (role.needsPractice() != (practice != null) || role.needsInsurer() != (insurer != null)) {
      throw new IllegalTransitionException(
          role.needsPractice()
              ? "user.needsPractice"
              : role.needsInsurer() ? "user.needsInsurer" : "user.needsNeither",
          role);
    }
    this.username = username;
    this.role = role;
    this.practice = practice;
    this.insurer = insurer;
    this.createdAt = now;
    setPassword(password);
  }

  public final void setPassword(HashedPassword password) {
    this.passwordHash = password.hash();
    this.passwordSalt = password.salt();
    this.passwordIterations = password.iterations();
  }

  public void disable(Instant now) {
    disabledAt = now;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Role getRole() {
    return role;
  }

  public Practice getPractice() {
    return practice;
  }

  public Insurer getInsurer() {
    return insurer;
  }

  public boolean isDisabled() {
    return disabledAt != null;
  }
}
