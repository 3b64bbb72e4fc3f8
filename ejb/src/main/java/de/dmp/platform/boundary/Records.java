package de.dmp.platform.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.function.ToLongFunction;

/** The two lookups every boundary needs: a record by id, and a natural key not yet taken. */
public final class Records {

  private Records() {}

  /** The record with that id, or {@link NotFoundException} naming what was looked for. */
  public static <T> T require(EntityManager em, Class<T> type, Object id, String what) {
    T found = em.find(type, id);
    if (found == null) {
      throw new NotFoundException(what, id);
    }
    return found;
  }

  /**
   * Refuses a natural key that a record already has, naming that record; the reason is a key of
   * {@code Refusals*.properties}.
   */
  public static <T> void refuseTaken(
      TypedQuery<T> sameKey, ToLongFunction<T> idOf, String reason, String key) {
    sameKey
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw new AlreadyRegisteredException(reason, key, idOf.applyAsLong(existing));
            });
  }
}
