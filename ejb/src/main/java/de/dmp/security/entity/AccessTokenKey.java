package de.dmp.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** The installation's one key for signing access tokens, shared by all its servers. */
@Entity
@Table(name = "access_token_key")
public class AccessTokenKey {

  /** The only row: one key per installation. */
  public static final int ID = 1;

  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private int id;

  @Column(nullable = false, length = 64, updatable = false)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AccessTokenKey() {}

  /** A fresh random 256-bit key, as HMAC-SHA256 wants it. */
  public static AccessTokenKey generate(Instant now) {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    AccessTokenKey key = new AccessTokenKey();
    key.id = ID;
    key.secret = Base64.getEncoder().encodeToString(bytes);
    key.createdAt = now;
    return key;
  }

  public byte[] secret() {
    return Base64.getDecoder().decode(secret);
  }
}
