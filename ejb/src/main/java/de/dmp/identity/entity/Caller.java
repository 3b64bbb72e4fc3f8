package de.dmp.identity.entity;

import de.dmp.security.entity.Role;

/** Who is calling: the user's name, role, and the practice or insurer the role is tied to. */
public record Caller(String username, Role role, Long practiceId, Long insurerId) {

  public boolean isPracticeMember() {
    return role == Role.DOCTOR || role == Role.STAFF;
  }

  public boolean is(Role other) {
    return role == other;
  }
}
