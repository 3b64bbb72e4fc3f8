package de.dmp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The archives the integration tests deploy: always the application's real EAR. */
public final class Deployments {

  private Deployments() {}

  /**
   * The EAR exactly as the build produced it, for tests that call it from outside. Each test class
   * deploys it under its own name, so that no deployment ever reuses the services of the one before
   * it.
   */
  public static EnterpriseArchive application(Class<?> testClass) {
    return ShrinkWrap.create(ZipImporter.class, "dmp-" + testClass.getSimpleName() + ".ear")
        .importFrom(new File(System.getProperty("dmp.ear")))
        .as(EnterpriseArchive.class);
  }

  /**
   * The EAR with the given test classes, the shared test data helpers and AssertJ added as a
   * library, for tests that run inside it.
   */
  public static EnterpriseArchive applicationWith(Class<?> testClass) {
    return application(testClass).addAsLibrary(testLibrary(testClass));
  }

  /** The library of in-container test classes, for tests that add more to it. */
  public static JavaArchive testLibrary(Class<?>... testClasses) {
    return ShrinkWrap.create(JavaArchive.class, "in-container-tests.jar")
        .addClasses(testClasses)
        .addClasses(TestData.class)
        .addPackages(true, "org.assertj")
        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
  }
}
