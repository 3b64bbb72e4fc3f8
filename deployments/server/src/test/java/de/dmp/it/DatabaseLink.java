package de.dmp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The TCP path from a server to its database, which a test cuts and restores as a network failure
 * or a restart of the database would: cut, every open connection breaks and new ones are refused.
 */
public final class DatabaseLink implements AutoCloseable {

  private final String host;
  private final int databasePort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService pipes = Executors.newCachedThreadPool();
  private volatile ServerSocket listener;

  private DatabaseLink(String host, int databasePort, int port) {
    this.host = host;
    this.databasePort = databasePort;
    this.port = port;
  }

  /** A link to the database at host:port, open, on a free local port. */
  public static DatabaseLink to(String host, int databasePort) {
    int free;
    try (var probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var link = new DatabaseLink(host, databasePort, free);
    link.restore();
    return link;
  }

  /** The local port the server connects to instead of the database's. */
  public int port() {
    return port;
  }

  /** Opens the link again: new connections reach the database. */
  public void restore() {
    try {
      var socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      listener = socket;
      pipes.execute(() -> accept(socket));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Socket database = new Socket(host, databasePort);
        open.add(client);
        open.add(database);
        pipe(client, database);
        pipe(database, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    pipes.execute(
        () -> {
          try {
            from.getInputStream().transferTo(to.getOutputStream());
          } catch (IOException broken) {
            // the other direction or cut() closed the connection
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  /** Breaks every open connection and refuses new ones. */
  public void cut() {
    closeQuietly(listener);
    open.forEach(DatabaseLink::closeQuietly);
    open.clear();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyClosed) {
      // nothing left to close
    }
  }

  @Override
  public void close() {
    cut();
    pipes.shutdownNow();
  }
}
