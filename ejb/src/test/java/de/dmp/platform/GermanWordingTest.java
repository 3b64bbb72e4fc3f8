package de.dmp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The German texts speak of the person without a gender, as practice software does: a rule's
 * sentence or a refusal reads the same for a woman as for a man ("ohne sie kommt die Einschreibung
 * nicht zustande", not "gilt der Patient nicht als eingeschrieben").
 */
class GermanWordingTest {

  /**
   * "der Patient", "einem Patienten", "einem anderen Patienten", and "er", "ihn", "ihm"; with
   * Unicode word boundaries, so that "größer" holds no "er".
   */
  static final Pattern GENDERED =
      Pattern.compile(
          "\\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]in|[Ee]inen|[Ee]inem|[Ee]ines)(?: anderen)?"
              + " Patient(?:en)?\\b|\\b(?:[Ee]r|ihn|ihm)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void gendered_shouldBeFoundWhereASentenceSpeaksOfHimOnly() {
    assertThat(GENDERED.matcher("solange er in DM2 eingeschrieben ist").find()).isTrue();
    assertThat(GENDERED.matcher("gilt der Patient nicht als eingeschrieben").find()).isTrue();
    assertThat(GENDERED.matcher("bereits einem anderen Patienten gegeben").find()).isTrue();
    assertThat(GENDERED.matcher("höchstens 100 Patienten; Patientenakte; Ergebnis; größer").find())
        .isFalse();
  }

  @Test
  void everyGermanBundle_shouldSpeakOfThePersonWithoutGender() throws IOException {
    List<Path> bundles;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      bundles = files.filter(f -> f.getFileName().toString().endsWith("_de.properties")).toList();
    }
    assertThat(bundles).hasSizeGreaterThanOrEqualTo(6);

    for (Path bundle : bundles) {
      var texts = Bundles.load("/" + Path.of("src/main/resources").relativize(bundle).toString());
      assertThat(texts.entrySet())
          .as(bundle.toString())
          .filteredOn(text -> GENDERED.matcher((String) text.getValue()).find())
          .extracting(Map.Entry::getKey)
          .isEmpty();
    }
  }
}
