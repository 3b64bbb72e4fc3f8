package de.dmp.security.control;

import de.dmp.platform.boundary.Records;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Creates accounts; the callers decide who may (the admin boundary, the demo loader). */
@Dependent
public class UserAccounts {

  @Inject private EntityManager em;
  @Inject private Clock clock;

  public AppUser create(
      String username, char[] password, Role role, Long practiceId, Long insurerId) {
    Records.refuseTaken(
        em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
            .setParameter("username", username),
        AppUser::getId,
        "registered.user",
        username);
    var user =
        new AppUser(
            username,
            role,
            practiceId == null ? null : Records.require(em, Practice.class, practiceId, "practice"),
            insurerId == null ? null : Records.require(em, Insurer.class, insurerId, "insurer"),
            PasswordHashing.hash(password),
            clock.instant());
    em.persist(user);
    return user;
  }
}
