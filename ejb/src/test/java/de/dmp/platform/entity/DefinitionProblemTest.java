package de.dmp.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.Bundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DefinitionProblemTest {

  private static final DefinitionProblem NOT_A_VALUE =
      DefinitionProblem.of("qualityTargets[0].criteria[1].in", "notAValue", "Vielleicht", "smoker");

  @Test
  void aProblem_shouldNameItsPathInTheAdministratorsLanguageAndInEnglishForSystems() {
    assertThat(NOT_A_VALUE.text(Locale.GERMAN))
        .isEqualTo("qualityTargets[0].criteria[1].in: 'Vielleicht' ist kein Wert von 'smoker'");
    assertThat(NOT_A_VALUE)
        .hasToString("qualityTargets[0].criteria[1].in: 'Vielleicht' is not a value of 'smoker'");
    assertThat(NOT_A_VALUE.text(Locale.FRENCH)).isEqualTo(NOT_A_VALUE.toString());
  }

  @Test
  void aProblemWithoutPath_shouldBeItsTextAlone() {
    assertThat(DefinitionProblem.inEnglish("listed but not found").text(Locale.GERMAN))
        .isEqualTo("listed but not found");
  }

  @Test
  void everyProblem_shouldHaveBothLanguages() {
    String folder = "/de/dmp/platform/entity/";
    assertThat(Bundles.load(folder + "DefinitionProblems_de.properties").keySet())
        .isEqualTo(Bundles.load(folder + "DefinitionProblems.properties").keySet());
  }
}
