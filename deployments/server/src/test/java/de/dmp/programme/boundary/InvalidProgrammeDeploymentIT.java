package de.dmp.programme.boundary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An invalid programme file stops the deployment with a message naming file and field. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvalidProgrammeDeploymentIT {

  private static final String BROKEN = "broken-programme";

  @Deployment(name = BROKEN, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    JavaArchive programme =
        ShrinkWrap.create(JavaArchive.class, "broken-programme.jar")
            .addAsResource(new StringAsset("programmes/BROKEN/1.json\n"), "programmes/index.txt")
            .addAsResource(
                new StringAsset(
                    """
                    {"code":"BROKEN","version":"1","title":"Kaputt","validFrom":"2020-01-01",
                     "sources":["test"],"diagnoses":[{"code":"Z00","display":"d"}],
                     "intervals":["QUARTERLY"],
                     "parameters":[{"code":"weight","label":"Gewicht","section":"A",
                                    "type":"QUANTITY","required":true}]}
                    """),
                "programmes/BROKEN/1.json");
    return Deployments.application(InvalidProgrammeDeploymentIT.class).addAsLibrary(programme);
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void deploy_shouldFailNamingTheFileAndTheField() {
    try {
      assertThatThrownBy(() -> deployer.deploy(BROKEN))
          .hasStackTraceContaining("programmes/BROKEN/1.json")
          .hasStackTraceContaining("parameters[0].unit");
    } finally {
      deployer.undeploy(BROKEN);
    }
  }
}
