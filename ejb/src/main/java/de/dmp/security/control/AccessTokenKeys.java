package de.dmp.security.control;

import de.dmp.security.entity.AccessTokenKey;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Finds the installation's token key, or makes it when this is the first token ever asked for. */
@Stateless
@PermitAll
public class AccessTokenKeys {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * In a transaction of its own, so that when two servers make the key at once, the one that loses
   * on the primary key can simply ask again and find the other's.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] findOrCreate() {
    AccessTokenKey key = em.find(AccessTokenKey.class, AccessTokenKey.ID);
    if (key == null) {
      key = AccessTokenKey.generate(clock.instant());
      em.persist(key);
      em.flush();
    }
    return key.secret();
  }
}
