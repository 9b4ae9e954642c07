package dev.tinychat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that speaks HTTP/1.1 by hand over raw sockets, so that it can misbehave
 * as the JDK's HttpServer cannot: stall mid-body, trickle, send malformed headers, lie about
 * lengths. Each connection's request (line, headers and a Content-Length body) is read and
 * recorded, then the {@link Script} writes whatever it likes. Shared by the http and auth tests.
 */
public final class RawServer implements AutoCloseable {
  /** What to answer on one connection; the socket is closed after it returns. */
  @FunctionalInterface
  public interface Script {
    void answer(String request, OutputStream out) throws Exception;
  }

  /** The request heads and bodies received, in order. */
  public final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final ServerSocket server;
  private volatile boolean closed;

  public RawServer(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    Thread acceptor = new Thread(() -> {
      while (!closed) {
        try {
          Socket socket = server.accept();
          sockets.add(socket);
          Thread connection = new Thread(() -> serve(socket, script));
          connection.setDaemon(true);
          connection.start();
        } catch (IOException e) {
          return; // closed
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A script that writes {@code raw} (ISO-8859-1) and closes. */
  public static Script answering(String raw) {
    return (request, out) -> out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void serve(Socket socket, Script script) {
    try (socket) {
      socket.setSoTimeout(30_000);
      InputStream in = socket.getInputStream();
      String head = head(in);
      int length = 0;
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).strip());
        }
      }
      requests.add(head + new String(in.readNBytes(length), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      script.answer(requests.get(requests.size() - 1), out);
      out.flush();
    } catch (Exception e) {
      // the client went away, or the test is over
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0 || head.size() > 65536) {
        throw new IOException("no request head");
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Waits until the server is closed or {@code millis} have passed: a server that stalls. */
  public void stall(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!closed && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
