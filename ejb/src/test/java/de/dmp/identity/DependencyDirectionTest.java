package de.dmp.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Who calls, what they may reach and the audit record of it point one way: identity ← audit ←
 * policy. Policy records its refusals in the audit; if the audit asked the policy who calls, a
 * change to either would ripple into the other.
 */
class DependencyDirectionTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.dmp");

  @Test
  void identity_shouldKnowNeitherAuditNorPolicy() {
    noClasses()
        .that()
        .resideInAPackage("de.dmp.identity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("de.dmp.audit..", "de.dmp.security.control..")
        .check(CLASSES);
  }

  @Test
  void audit_shouldNotAskThePolicy() {
    noClasses()
        .that()
        .resideInAPackage("de.dmp.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.dmp.security.control..")
        .check(CLASSES);
  }
}
