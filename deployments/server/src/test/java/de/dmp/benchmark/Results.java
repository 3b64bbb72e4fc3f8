package de.dmp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's figures as Markdown: printed, and saved as {@code <name>.md} in {@code
 * dmp.benchmarks} (target/benchmarks), where {@link BenchmarkReport} collects them.
 */
final class Results {

  private Results() {}

  static void save(String name, String markdown) {
    System.out.println(markdown);
    Path out = Path.of(System.getProperty("dmp.benchmarks", "target/benchmarks"), name + ".md");
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, markdown + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
