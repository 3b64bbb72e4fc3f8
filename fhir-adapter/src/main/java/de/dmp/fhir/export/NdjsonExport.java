package de.dmp.fhir.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import de.dmp.export.boundary.ExportSink;
import de.dmp.export.boundary.RecordPage;
import de.dmp.programme.boundary.Programmes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Writes an export's pages as one NDJSON file per resource type, a resource a line, appending page
 * after page so that nothing but the current page is held in memory.
 */
public final class NdjsonExport implements ExportSink {

  private static final JsonFactory JSON =
      new JsonFactoryBuilder().rootValueSeparator((String) null).build();

  private final ExportFiles files;
  private final Set<String> types;
  private final Programmes programmes;
  private final Map<String, JsonGenerator> writers = new TreeMap<>();
  private final Map<String, Long> counts = new TreeMap<>();

  public NdjsonExport(ExportFiles files, Set<String> types, Programmes programmes) {
    this.files = files;
    this.types = Set.copyOf(types);
    this.programmes = programmes;
  }

  @Override
  public void write(RecordPage page) {
    RecordResources.translate(page, programmes, this::write);
    flush();
  }

  private void write(IBaseResource resource) {
    if (types.contains(resource.fhirType())) {
      append(resource);
    }
  }

  /**
   * Writes an OperationOutcome to the error file before the export starts, e.g. the parameters a
   * lenient kick-off ignored; the manifest lists it under {@code error}.
   */
  public void report(OperationOutcome outcome) {
    append(outcome);
    flush();
  }

  private void append(IBaseResource resource) {
    String type = resource.fhirType();
    try {
      JsonGenerator writer = writers.get(type);
      if (writer == null) {
        writer = JSON.createGenerator(Files.newOutputStream(files.file(type)), JsonEncoding.UTF8);
        writers.put(type, writer);
      }
      ExportJson.write(resource, writer);
      writer.writeRaw('\n');
      counts.merge(type, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each page reaches the disk before its transaction commits, so a crash loses no page silently.
   */
  private void flush() {
    try {
      for (JsonGenerator writer : writers.values()) {
        writer.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, Long> counts() {
    close();
    return Map.copyOf(counts);
  }

  @Override
  public void discard() {
    close();
    files.delete();
  }

  private void close() {
    try {
      for (JsonGenerator writer : writers.values()) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
