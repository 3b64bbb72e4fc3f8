package de.dmp.practice.boundary;

import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The registry of insurers, practices and their doctors. */
@Stateless
public class Practices {

  private static final String NINE_DIGITS = "\\d{9}";

  @PersistenceContext private EntityManager em;

  @RolesAllowed(Role.ADMIN_NAME)
  public Insurer registerInsurer(
      @NotNull(message = "{dmp.practice.ik.pattern}")
          @Pattern(regexp = NINE_DIGITS, message = "{dmp.practice.ik.pattern}")
          String institutionCode,
      @NotBlank(message = "{dmp.practice.insurer.name.required}") @Size(max = 200) String name) {
    Records.refuseTaken(
        em.createNamedQuery(Insurer.FIND_BY_INSTITUTION_CODE, Insurer.class)
            .setParameter("code", institutionCode),
        Insurer::getId,
        "registered.insurer",
        institutionCode);
    var insurer = new Insurer(institutionCode, name);
    em.persist(insurer);
    return insurer;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Practice registerPractice(
      @NotNull(message = "{dmp.practice.bsnr.pattern}")
          @Pattern(regexp = NINE_DIGITS, message = "{dmp.practice.bsnr.pattern}")
          String bsnr,
      @NotBlank(message = "{dmp.practice.name.required}") @Size(max = 200) String name,
      @NotBlank(message = "{dmp.practice.region.required}") @Size(max = 40) String region) {
    Records.refuseTaken(
        em.createNamedQuery(Practice.FIND_BY_BSNR, Practice.class).setParameter("bsnr", bsnr),
        Practice::getId,
        "registered.practice",
        bsnr);
    var practice = new Practice(bsnr, name, region);
    em.persist(practice);
    return practice;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Practitioner registerPractitioner(
      @NotNull(message = "{dmp.practice.lanr.pattern}")
          @Pattern(regexp = NINE_DIGITS, message = "{dmp.practice.lanr.pattern}")
          String lanr,
      @NotBlank @Size(max = 100) String familyName,
      @NotBlank @Size(max = 100) String givenName,
      long practiceId) {
    Records.refuseTaken(
        em.createNamedQuery(Practitioner.FIND_BY_LANR, Practitioner.class)
            .setParameter("lanr", lanr),
        Practitioner::getId,
        "registered.doctor",
        lanr);
    var practitioner = new Practitioner(lanr, familyName, givenName, practice(practiceId));
    em.persist(practitioner);
    return practitioner;
  }

  /** Records the practice's address and phone, which its eDMP files carry. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Practice locatePractice(
      long practiceId,
      @NotNull(message = "{dmp.address.city.required}") @Valid PostalAddress address,
      @NotBlank(message = "{dmp.practice.phone.required}") @Size(max = 40) String phone) {
    Practice practice = practice(practiceId);
    practice.locate(address, phone);
    return practice;
  }

  /** Every practice by name, for choosing one; everyone who may read a practice may list them. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME, Role.ADMIN_NAME})
  public List<Practice> all() {
    return em.createQuery("select p from Practice p order by p.name, p.id", Practice.class)
        .getResultList();
  }

  /**
   * Every insurer by name, for choosing one: an account's, or a patient's insurance; everyone who
   * may read an insurer may list them.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME, Role.ADMIN_NAME})
  public List<Insurer> insurers() {
    return em.createQuery("select i from Insurer i order by i.name, i.id", Insurer.class)
        .getResultList();
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME, Role.ADMIN_NAME})
  public Practice practice(long id) {
    return Records.require(em, Practice.class, id, "practice");
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME, Role.ADMIN_NAME})
  public Insurer insurer(long id) {
    return Records.require(em, Insurer.class, id, "insurer");
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME, Role.ADMIN_NAME})
  public Practitioner practitioner(long id) {
    return Records.require(em, Practitioner.class, id, "practitioner");
  }
}
