package de.dmp.security.entity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import de.dmp.platform.entity.IllegalTransitionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;

/**
 * An insurer's or a vendor's software that logs in with SMART Backend Services: it proves who it is
 * with a JWT signed by a key of its JWK Set and then acts for one DMP account, limited to its
 * scopes. Only public keys are kept: the private ones never leave the client.
 */
@Entity
@Table(name = "system_client")
public class SystemClient {

  /** How long a set fetched from the client's URL is used before it is fetched again. */
  public static final Duration KEYS_MAX_AGE = Duration.ofHours(1);

  /** The least time between two fetches of the set. */
  public static final Duration REFETCH_PAUSE = Duration.ofMinutes(1);

  @Id
  @Column(name = "client_id", length = 100, updatable = false)
  private String clientId;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private AppUser account;

  @Column(nullable = false, columnDefinition = "LONGTEXT")
  private String jwks;

  /** Where the client publishes its JWK Set, when it was registered so; jwks is the set fetched. */
  @Column(name = "jwks_url", length = 500)
  private String jwksUrl;

  @Column(name = "jwks_fetched_at")
  private Instant jwksFetchedAt;

  @Column(nullable = false, length = 1000)
  private String scopes;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SystemClient() {}

  /** A client whose JWK Set holds only public RSA or EC keys, each with its kid. */
  public SystemClient(
      String clientId, AppUser account, String jwks, Scopes scopes, Instant createdAt) {
    this.clientId = clientId;
    this.account = account;
    this.jwks = publicKeysOf(jwks).toString();
    this.scopes = scopes.toString();
    this.createdAt = createdAt;
  }

  /** A client registered by the URL of its JWK Set, with the set just fetched from there. */
  public static SystemClient byUrl(
      String clientId,
      AppUser account,
      String jwksUrl,
      String fetched,
      Scopes scopes,
      Instant createdAt) {
    var client = new SystemClient(clientId, account, fetched, scopes, createdAt);
    client.jwksUrl = jwksUrl;
    client.jwksFetchedAt = createdAt;
    return client;
  }

  /**
   * Whether a set fetched from the client's URL should be fetched again before an assertion signed
   * with the key {@code kid} is checked: once it is older than {@link #KEYS_MAX_AGE}, or when it
   * lacks that key (the client rotated its keys), but not more than once per {@link
   * #REFETCH_PAUSE}, however many assertions name unknown keys.
   */
  public boolean needsFreshKeys(String kid, Instant now) {
    if (jwksUrl == null) {
      return false;
    }
    boolean unknownKey = kid != null && keys().getKeyByKeyId(kid) == null;
    return jwksFetchedAt.plus(KEYS_MAX_AGE).isBefore(now)
        || (unknownKey && jwksFetchedAt.plus(REFETCH_PAUSE).isBefore(now));
  }

  /** Keeps the set just fetched from the URL; refused as a pasted one is when it is not valid. */
  public void refreshKeys(String fetched, Instant now) {
    jwks = publicKeysOf(fetched).toString();
    jwksFetchedAt = now;
  }

  /** The set when it can be read and holds only public keys that say which they are. */
  static JWKSet publicKeysOf(String json) {
    JWKSet set;
    try {
      set = JWKSet.parse(json);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalTransitionException("client.jwksUnreadable", e.getMessage());
    }
    if (set.getKeys().isEmpty()) {
      throw new IllegalTransitionException("client.jwksEmpty");
    }
    for (JWK key : set.getKeys()) {
      if (key.isPrivate()) {
        throw new IllegalTransitionException("client.jwksPrivate", key.getKeyID());
      }
      if (key.getKeyID() == null || key.getKeyID().isBlank()) {
        throw new IllegalTransitionException("client.jwksNoKid");
      }
    }
    return set;
  }

  public void disable(Instant now) {
    disabledAt = now;
  }

  public boolean isActive() {
    return disabledAt == null && !account.isDisabled();
  }

  public String getClientId() {
    return clientId;
  }

  public AppUser getAccount() {
    return account;
  }

  public JWKSet keys() {
    try {
      return JWKSet.parse(jwks);
    } catch (ParseException e) {
      throw new IllegalStateException("The stored JWK Set of " + clientId + " is unreadable", e);
    }
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public Instant getJwksFetchedAt() {
    return jwksFetchedAt;
  }

  public Scopes scopes() {
    return Scopes.parseStrictly(scopes);
  }

  public Instant getDisabledAt() {
    return disabledAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
