package de.dmp.security.boundary;

import de.dmp.security.entity.Role;
import java.io.Serializable;

/** Who is logged in, as the UI shows it: for doctors and staff, with their practice. */
public record Account(String username, Role role, Long practiceId, String practiceName)
    implements Serializable {

  public boolean isDoctor() {
    return role == Role.DOCTOR;
  }

  public boolean isAdministrator() {
    return role == Role.ADMIN;
  }

  public boolean isStaff() {
    return role == Role.STAFF;
  }
}
