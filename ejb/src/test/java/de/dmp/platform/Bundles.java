package de.dmp.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts of one resource bundle file on the class path, for tests that compare languages. */
public final class Bundles {

  private Bundles() {}

  /** The file's texts; the path is absolute, e.g. {@code /ValidationMessages_de.properties}. */
  public static Properties load(String path) {
    var properties = new Properties();
    try (InputStream in = Bundles.class.getResourceAsStream(path)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
