package de.dmp.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The jti of every client assertion until it expires, in the database so that every server of a
 * cluster refuses a replay. Assertions live five minutes, so the table stays small: each use clears
 * what has expired.
 */
@Stateless
@PermitAll
public class AssertionReplays {

  @PersistenceContext private EntityManager em;

  /**
   * Whether this is the first use of the jti; in a transaction of its own, so that of two servers
   * recording the same jti at once the one that loses on the primary key fails here (an
   * EJBException), a replay too.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean firstUse(String clientId, String jti, Instant expiry, Instant now) {
    em.createNativeQuery("delete from client_assertion_use where expires_at < ?1")
        .setParameter(1, utc(now))
        .executeUpdate();
    long seen =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from client_assertion_use where client_id = ?1 and jti = ?2")
                    .setParameter(1, clientId)
                    .setParameter(2, jti)
                    .getSingleResult())
            .longValue();
    if (seen > 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into client_assertion_use (client_id, jti, expires_at) values (?1, ?2, ?3)")
        .setParameter(1, clientId)
        .setParameter(2, jti)
        .setParameter(3, utc(expiry))
        .executeUpdate();
    return true;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
