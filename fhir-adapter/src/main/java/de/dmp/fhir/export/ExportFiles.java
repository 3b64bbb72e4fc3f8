package de.dmp.fhir.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one export's files, {@code <export id>/<ResourceType>.ndjson} under the export
 * directory.
 */
public final class ExportFiles {

  private final Path folder;

  private ExportFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * The files of an export, in {@code dmp.export.dir} where a cluster's servers share it, else in
   * {@code bulk-export} in WildFly's data directory.
   */
  public static ExportFiles of(String exportId) {
    String shared = System.getProperty("dmp.export.dir");
    if (shared != null) {
      return new ExportFiles(Path.of(shared, exportId));
    }
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return new ExportFiles(Path.of(data, "bulk-export", exportId));
  }

  /** The file of one resource type, its folder created when needed. */
  public Path file(String resourceType) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder.resolve(resourceType + ".ndjson");
  }

  /** The file of a type, if the export wrote one. */
  public Path existing(String resourceType) {
    return folder.resolve(resourceType + ".ndjson");
  }

  /**
   * Removes the export's folder; what is gone already, e.g. removed by a concurrent cancel, counts
   * as removed.
   */
  public void delete() {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (NoSuchFileException gone) {
      // nothing left to remove
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof NoSuchFileException)) {
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
