package de.dmp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A WildFly of its own beside the test server, for tests that kill it: the build's server with a
 * base directory (configuration, data, log) of its own under target/ and the application's EAR in
 * its deployment scanner, on a port offset of its own, with the demo population.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Path HOME = Path.of(System.getProperty("jboss.home"));

  private final Path base;
  private final int offset;
  private final Map<String, String> environment;
  private final List<String> properties;
  private Process process;

  private ServerProcess(
      Path base, int offset, Map<String, String> environment, List<String> properties) {
    this.base = base;
    this.offset = offset;
    this.environment = environment;
    this.properties = properties;
  }

  /** Starts a server named {@code name} and returns when it is ready. */
  public static ServerProcess start(
      String name, int offset, Map<String, String> environment, List<String> properties) {
    Path base = HOME.resolveSibling("servers").resolve(name);
    copy(HOME.resolve("standalone/configuration"), base.resolve("configuration"));
    copy(Path.of(System.getProperty("dmp.ear")), base.resolve("deployments").resolve("dmp.ear"));
    var server = new ServerProcess(base, offset, environment, properties);
    server.start();
    return server;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start() {
    List<String> command = new ArrayList<>();
    command.add(HOME.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone-dmp.xml");
    command.add("-Djboss.server.base.dir=" + base);
    command.add("-Djboss.socket.binding.port-offset=" + offset);
    command.add("-Ddmp.demo-data=true");
    command.addAll(properties);
    var builder = new ProcessBuilder(command);
    builder.environment().put("JBOSS_HOME", HOME.toString());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    builder.redirectOutput(base.resolve("console.log").toFile());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReadiness(200);
  }

  /** The application's base URL on this server, e.g. http://127.0.0.1:8680/dmp/ . */
  public URL base() {
    try {
      return URI.create("http://127.0.0.1:" + (8080 + offset) + "/dmp/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's data directory: its H2 file, its Bulk export files. */
  public Path dataDirectory() {
    return base.resolve("data");
  }

  /**
   * Waits up to six minutes for /health/ready to answer {@code status}: a first start loads the
   * demo population, which took just over three minutes on MariaDB on the two-core CI machine.
   */
  public void awaitReadiness(int status) {
    Awaitility.await("readiness " + status + " of the server in " + base)
        .atMost(Duration.ofMinutes(6))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> !process.isAlive() || readiness() == status);
    if (!process.isAlive()) {
      throw new AssertionError("the server stopped, see " + base.resolve("console.log"));
    }
  }

  /** The status /health/ready answers now; 0 while nothing listens. */
  public int readiness() {
    try {
      return Http.getAnonymously(base(), "health/ready").statusCode();
    } catch (UncheckedIOException e) {
      return 0;
    }
  }

  /** SIGKILL to the server and every process it started, as a power cut would stop it. */
  public void kill() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroyForcibly);
    all.forEach(handle -> handle.onExit().join());
  }

  /** Starts the killed server again, on its data, and returns when it is ready. */
  public void restart() {
    start();
  }

  @Override
  public void close() {
    kill();
  }
}
