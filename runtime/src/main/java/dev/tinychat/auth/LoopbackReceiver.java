package dev.tinychat.auth;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Listens on 127.0.0.1 for the browser's redirect that ends a consent: reads the request line of
 * each GET and answers a small page. A redirect with another state is refused (HTTP 400) and the
 * wait goes on, since it may come from another page than the consent in progress.
 */
final class LoopbackReceiver implements AutoCloseable {
  private static final int MAX_LINE = 8192;

  private final ServerSocket server;

  LoopbackReceiver(int port) throws IOException {
    server = new ServerSocket(port, 16, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
  }

  /** Where the authorization server sends the browser back to. */
  String redirectUri() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** The authorization code of the first redirect with this state. */
  String awaitCode(String state, Duration timeout, Consumer<String> out) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      Socket socket;
      try {
        if (left <= 0) {
          throw new SocketTimeoutException();
        }
        server.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        socket = server.accept();
      } catch (SocketTimeoutException e) {
        throw new CredentialsException(
            "No answer from the browser reached " + redirectUri() + " within " + timeout
                + ": run again and complete the consent in the browser");
      }
      try (socket) {
        socket.setSoTimeout(10_000);
        Map<String, String> query = readQuery(new BufferedInputStream(socket.getInputStream()));
        String code = query.get("code");
        String error = query.get("error");
        if (code == null && error == null) {
          respond(socket, "404 Not Found", "Nothing here.");
        } else if (!state.equals(query.get("state"))) {
          respond(socket, "400 Bad Request",
              "Refused: this answer does not belong to the sign-in in progress (wrong state).");
          out.accept("Refused a redirect to " + redirectUri() + " with a wrong state; still waiting.");
        } else if (error != null) {
          respond(socket, "200 OK", "Access was not granted. You can close this window.");
          throw new CredentialsException(
              "Consent was not given: the authorization server answered "
                  + (error.matches("[\\w.-]{1,64}") ? error : "an error"),
              error,
              null);
        } else {
          respond(socket, "200 OK", "Access granted. You can close this window.");
          return code;
        }
      } catch (IOException | IllegalArgumentException e) {
        // a broken or malformed connection (IllegalArgumentException: bad %-escape) is ignored
      }
    }
  }

  /** The query of a {@code GET} request line (the headers are read and dropped). */
  private static Map<String, String> readQuery(InputStream in) throws IOException {
    String[] requestLine = readLine(in).split(" ");
    while (!readLine(in).isEmpty()) {
      // headers
    }
    Map<String, String> query = new HashMap<>();
    int mark = requestLine.length == 3 ? requestLine[1].indexOf('?') : -1;
    if (requestLine[0].equals("GET") && mark >= 0) {
      for (String pair : requestLine[1].substring(mark + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0 || line.size() > MAX_LINE) {
        throw new IOException("not an HTTP request");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static void respond(Socket socket, String status, String text) throws IOException {
    byte[] body =
        ("<!doctype html><meta charset=utf-8><title>Sign-in</title><p>" + text)
            .getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
