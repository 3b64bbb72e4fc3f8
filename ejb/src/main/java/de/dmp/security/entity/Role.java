package de.dmp.security.entity;

/**
 * The four kinds of user. The names are the Elytron role names in {@code app_user.role}; the
 * constants serve {@code @RolesAllowed}, which needs compile-time strings.
 */
public enum Role {
  /** Documents and treats the patients of their practice. */
  DOCTOR,
  /** Schedules and contacts the patients of their practice; no clinical changes. */
  STAFF,
  /** Reads its own insured members, over FHIR only. */
  INSURER,
  /** Manages users, practices and programme definitions; no clinical data. */
  ADMIN;

  public static final String DOCTOR_NAME = "DOCTOR";
  public static final String STAFF_NAME = "STAFF";
  public static final String INSURER_NAME = "INSURER";
  public static final String ADMIN_NAME = "ADMIN";

  /** Doctors and staff work for one practice and see only its patients. */
  public boolean needsPractice() {
    return this == DOCTOR || this == STAFF;
  }

  /** An insurer's account reads only that insurer's members. */
  public boolean needsInsurer() {
    return this == INSURER;
  }
}
