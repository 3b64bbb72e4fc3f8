package de.dmp.security.boundary;

import de.dmp.identity.entity.Caller;
import de.dmp.practice.entity.Practice;
import de.dmp.security.control.AccessPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The logged-in user's own account, for the UI's header and start page. */
@Stateless
@PermitAll
public class Accounts {

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;

  public Account current() {
    Caller caller = access.caller();
    String practiceName =
        caller.practiceId() == null ? null : em.find(Practice.class, caller.practiceId()).getName();
    return new Account(caller.username(), caller.role(), caller.practiceId(), practiceName);
  }
}
