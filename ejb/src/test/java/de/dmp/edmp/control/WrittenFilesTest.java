package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.PROGRAMMES;
import static de.dmp.edmp.control.EdmpFixture.READER;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.InterfaceField;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files the writer makes for documentations of every shipped version, both document types and every
 * value of the definition: valid against KBV's schema of the version, ISO-8859-15, and read back to
 * the same documentation but for what the interface does not carry.
 */
class WrittenFilesTest {

  static Stream<Arguments> documentations() {
    return EdmpFixture.versions()
        .flatMap(
            version ->
                Stream.of(DocumentType.values())
                    .flatMap(
                        type -> {
                          LocalDate day = version.validFrom().plusDays(11);
                          ProgrammeDefinition definition =
                              PROGRAMMES.current(version.programme(), day).orElseThrow();
                          return SampleDocumentations.of(definition, type, day).stream()
                              .map(document -> Arguments.of(version, type, document));
                        }));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentations")
  void writtenFile_shouldValidateAgainstTheKbvSchema(
      InterfaceVersion version, DocumentType type, EdmpDocument document) {
    EdmpFile file = WRITER.write(document, version);

    assertThat(EdmpKit.schemaErrors(version, file.content())).isEmpty();
    assertThat(new String(file.content(), Charset.forName("ISO-8859-15")))
        .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>")
        .contains("Müller");
    assertThat(file.name())
        .isEqualTo(
            "278012389_123456_"
                + document.documentedOn().toString().replace("-", "")
                + "."
                + version.kind(type).extension());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentations")
  void writtenFile_shouldReadBackToTheDocumentation(
      InterfaceVersion version, DocumentType type, EdmpDocument document) {
    EdmpFile file = WRITER.write(document, version);

    EdmpDocument read = READER.read(file.name(), file.content());

    assertThat(read.values()).isEqualTo(sent(version, document));
    assertThat(read.type()).isEqualTo(type);
    assertThat(read.patient()).isEqualTo(document.patient());
    assertThat(read.provider()).isEqualTo(document.provider());
  }

  /**
   * The values as the interface carries them: without the parameters it does not send and the
   * values it omits, with the implied ones, numbers as written, and a value spelt like another of
   * ours (Theophyllin as "Andere") read as that one.
   */
  private static Map<String, String> sent(InterfaceVersion version, EdmpDocument document) {
    ProgrammeDefinition definition =
        PROGRAMMES.current(version.programme(), document.documentedOn()).orElseThrow();
    Map<String, String> sent = new LinkedHashMap<>();
    for (InterfaceField field : version.fields()) {
      String raw = document.values().get(field.parameter());
      if (raw == null) {
        continue;
      }
      if (field.isMeasurement()) {
        sent.put(field.parameter(), new BigDecimal(raw).toPlainString());
        continue;
      }
      Parameter parameter = definition.parameter(field.parameter()).orElseThrow();
      List<String> texts = new ArrayList<>();
      if (field.implied() != null) {
        texts.add(field.implied());
      }
      ParameterValue.codes(raw).stream()
          .filter(code -> !field.omitted().contains(code))
          .map(code -> readBack(field, parameter, code))
          .filter(code -> !texts.contains(code))
          .forEach(texts::add);
      if (!texts.isEmpty()) {
        sent.put(field.parameter(), String.join(ParameterValue.SEPARATOR, texts));
      }
    }
    return sent;
  }

  /** Theophyllin is sent as "Andere", which reads back as our "Andere". */
  private static String readBack(InterfaceField field, Parameter parameter, String code) {
    String text = field.values().getOrDefault(code, code);
    boolean ours = parameter.values().contains(text) && !field.values().containsKey(text);
    return ours ? text : code;
  }
}
