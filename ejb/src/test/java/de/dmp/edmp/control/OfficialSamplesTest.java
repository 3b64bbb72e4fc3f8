package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.INTERFACES;
import static de.dmp.edmp.control.EdmpFixture.READER;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.edmp.entity.Measurement;
import de.dmp.edmp.entity.Observation;
import de.dmp.edmp.entity.Paragraph;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KBV's official samples read into our model and written again: the same observations, the same
 * header, the same file name, and the written file valid against the version's schema.
 */
class OfficialSamplesTest {

  static Stream<Arguments> samples() {
    return EdmpFixture.versions()
        .filter(EdmpKit::covers)
        .flatMap(version -> EdmpKit.samples(version).stream().map(s -> Arguments.of(version, s)));
  }

  @Test
  void everyShippedVersion_hasSamplesInTheKit() {
    assertThat(INTERFACES.all()).allMatch(EdmpKit::covers);
    assertThat(INTERFACES.all())
        .allMatch(version -> samples().anyMatch(a -> a.get()[0] == version));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("samples")
  void readAndWrittenAgain_shouldGiveTheSameObservations(InterfaceVersion version, Path sample)
      throws IOException {
    byte[] official = Files.readAllBytes(sample);
    String name = sample.getFileName().toString();

    EdmpDocument document = READER.read(name, official);
    EdmpFile written = WRITER.write(document, version);

    assertThat(normalised(READER.paragraphs(written.name(), written.content())))
        .isEqualTo(normalised(READER.paragraphs(name, official)));
    assertThat(READER.read(written.name(), written.content())).isEqualTo(document);
    assertThat(written.name()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("samples")
  void officialSample_shouldValidateLikeTheKitSays(InterfaceVersion version, Path sample)
      throws IOException {
    byte[] official = Files.readAllBytes(sample);

    EdmpFile written =
        WRITER.write(READER.read(sample.getFileName().toString(), official), version);

    assertThat(EdmpKit.schemaErrors(version, written.content())).isEmpty();
  }

  /** Per section, the observations in a canonical form: order and number spelling do not count. */
  private static Map<String, List<String>> normalised(List<Paragraph> paragraphs) {
    return paragraphs.stream()
        .collect(
            Collectors.toMap(
                Paragraph::caption,
                p ->
                    p.observations().stream().map(OfficialSamplesTest::canonical).sorted().toList(),
                (a, b) -> a,
                TreeMap::new));
  }

  private static String canonical(Observation observation) {
    return observation.parameter()
        + observation.texts().stream().sorted().toList()
        + observation.measurements().stream().map(OfficialSamplesTest::canonical).toList()
        + observation.children().stream().map(OfficialSamplesTest::canonical).sorted().toList();
  }

  private static String canonical(Measurement measurement) {
    return new BigDecimal(measurement.value()).stripTrailingZeros().toPlainString()
        + " "
        + measurement.unit();
  }
}
