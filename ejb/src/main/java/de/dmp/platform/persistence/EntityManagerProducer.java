package de.dmp.platform.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Gives CDI beans (controls, observers) the container-managed EntityManager of the boundaries. A
 * {@code @PersistenceContext} in a plain CDI bean is resolved by Weld at start-up and raced the
 * persistence unit's start now and then ("service jboss.persistenceunit ... not found"); in a
 * session bean the container injects it in step with the unit. Open to every caller: it hands out
 * no data, and the callers' own boundaries check them.
 */
@Stateless
@PermitAll
public class EntityManagerProducer {

  @PersistenceContext private EntityManager em;

  @Produces
  public EntityManager entityManager() {
    return em;
  }
}
