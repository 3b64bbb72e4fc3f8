package de.dmp.quality.boundary;

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

/** A contract naming a quality target no programme has stops the deployment, naming both. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvalidContractDeploymentIT {

  private static final String BROKEN = "broken-contract";

  @Deployment(name = BROKEN, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    JavaArchive contract =
        ShrinkWrap.create(JavaArchive.class, "broken-contract.jar")
            .addAsResource(new StringAsset("contracts/Saarland/1.json\n"), "contracts/index.txt")
            .addAsResource(
                new StringAsset(
                    """
                    {"region":"Saarland","version":"1","validFrom":"2025-01-01","sources":["test"],
                     "targets":[{"programme":"DM2","target":"hba1c-below-5","share":0.5}]}
                    """),
                "contracts/Saarland/1.json");
    return Deployments.application(InvalidContractDeploymentIT.class).addAsLibrary(contract);
  }

  @ArquillianResource private Deployer deployer;

  @Test
  void deploy_shouldFailNamingTheFileAndTheTarget() {
    try {
      assertThatThrownBy(() -> deployer.deploy(BROKEN))
          .hasStackTraceContaining("contracts/Saarland/1.json")
          .hasStackTraceContaining("no programme DM2 has the quality target 'hba1c-below-5'");
    } finally {
      deployer.undeploy(BROKEN);
    }
  }
}
