package de.dmp.edmp.control;

import static de.dmp.edmp.control.EdmpFixture.PROGRAMMES;
import static de.dmp.edmp.control.EdmpFixture.READER;
import static de.dmp.edmp.control.EdmpFixture.WRITER;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.control.SampleDocumentation;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.InterfaceVersion;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quarter's worth of documentations as the demo population draws them (mostly normal values,
 * sometimes any other) for every shipped version: every file valid against KBV's schema and read
 * back as the same programme and document type.
 */
class DemoDocumentationsTest {

  private static final int PER_TYPE = 60;

  @ParameterizedTest(name = "{0}")
  @MethodSource("de.dmp.edmp.control.EdmpFixture#versions")
  void demoDocumentations_shouldAllBeValidFiles(InterfaceVersion version) {
    SampleDocumentation demo = new SampleDocumentation(new Random(20261123L));
    LocalDate day = version.validFrom().plusDays(40);
    ProgrammeDefinition definition = PROGRAMMES.current(version.programme(), day).orElseThrow();

    for (DocumentType type : DocumentType.values()) {
      for (int i = 0; i < PER_TYPE; i++) {
        EdmpDocument document =
            new EdmpDocument(
                String.valueOf(i),
                version.programme(),
                type,
                day,
                SampleDocumentations.PROVIDER,
                SampleDocumentations.PATIENT,
                demo.values(definition, type, day));

        EdmpFile file = WRITER.write(document, version);

        assertThat(EdmpKit.schemaErrors(version, file.content())).as(file.name()).isEmpty();
        assertThat(READER.read(file.name(), file.content()).type()).isEqualTo(type);
      }
    }
  }
}
