import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Stops the build when a WildFly runs from the installation it is about to unpack, configure and
 * deploy into: rewriting a running server's configuration, log or deployments breaks it (the demo
 * answered 404 to everything while the tests built beside it). A single-file program, run by the
 * build's own JDK before anything else of the module.
 *
 * <p>Arguments: the installation's directory, and what the build calls that server.
 */
public class ServerRunning {

  public static void main(String[] args) {
    Path home = Path.of(args[0]).toAbsolutePath().normalize();
    Optional<ProcessHandle> server = serverFrom(home);
    if (server.isPresent()) {
      System.err.printf(
          "%s already runs from %s (process %d).%n"
              + "Stop the server first (Ctrl-C in its terminal, or kill %d); this build would"
              + " rewrite its configuration, log and deployments while it runs.%n",
          args[1], home, server.get().pid(), server.get().pid());
      System.exit(1);
    }
  }

  /** A process started with WildFly's {@code -Djboss.home.dir} of this installation. */
  private static Optional<ProcessHandle> serverFrom(Path home) {
    String option = "-Djboss.home.dir=" + home;
    return ProcessHandle.allProcesses()
        .filter(
            process ->
                process.info().arguments().stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(option::equals))
        .findFirst();
  }
}
