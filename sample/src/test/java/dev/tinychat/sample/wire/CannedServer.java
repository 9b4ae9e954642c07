package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A loopback HTTP server that records each request (its body un-gzipped) and answers every one
 * with the same status and JSON body. It knows nothing of Chat, so both clients are compared on
 * what they put on the wire, not on what a server accepts.
 */
final class CannedServer implements AutoCloseable {
  /**
   * One request as received; {@code methodOverride} is its {@code X-HTTP-Method-Override} header
   * (Google's client sends PATCH as POST with it), or null.
   */
  record Received(String method, String path, String query, String contentEncoding, String body,
      String methodOverride) {
    /** The method a server acts on: the override when there is one. */
    String effectiveMethod() {
      return methodOverride == null ? method : methodOverride;
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);

  CannedServer() {
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers every request from now on with {@code status} and {@code json}. */
  void answer(int status, String json) {
    this.status = status;
    this.answer = json.getBytes(StandardCharsets.UTF_8);
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** The last request, after checking there was exactly one since {@link #clear()}. */
  Received only() {
    if (received.size() != 1) {
      throw new AssertionError("expected one request, got " + received);
    }
    return received.get(0);
  }

  void clear() {
    received.clear();
  }

  /** A call of one client. */
  interface Call {
    void run() throws IOException;
  }

  /**
   * Sends with each client and checks they agree on method, path, query (each pair as sent, in
   * any order: Google's client sorts them by name, ours follows the definition) and JSON body
   * (compared as parsed JSON, so the order of members does not count). Returns ours.
   */
  Received assertSameRequest(Call ours, Call google) throws IOException {
    Received[] both = sameTarget(ours, google);
    Received mine = both[0];
    Received theirs = both[1];
    assertEquals(rawPairs(theirs.query()), rawPairs(mine.query()),
        () -> "ours " + mine.query() + "\nGoogle's " + theirs.query());
    if (theirs.body().isEmpty()) {
      assertEquals("", mine.body());
    } else {
      assertEquals(JsonParser.parseString(theirs.body()), JsonParser.parseString(mine.body()),
          () -> "ours " + mine.body() + "\nGoogle's " + theirs.body());
    }
    return mine;
  }

  /**
   * Sends a body-less request with each client and checks they agree on method, path and query
   * parameters, compared decoded and sorted: the order differs (Google's client sorts by name,
   * ours follows the definition) and so does the escaping of characters a query may hold as they
   * are (Google's client sends {@code !} and {@code /}, ours {@code %21} and {@code %2F});
   * neither changes what a server reads. Returns our query pairs.
   */
  List<String> assertSameQuery(Call ours, Call google) throws IOException {
    Received[] both = sameTarget(ours, google);
    Received mine = both[0];
    Received theirs = both[1];
    assertEquals(pairs(theirs.query()), pairs(mine.query()),
        () -> "ours " + mine.query() + "\nGoogle's " + theirs.query());
    assertEquals("", mine.body());
    return pairs(mine.query());
  }

  /** Sends with each client, checks the same method and path; ours, then Google's. */
  private Received[] sameTarget(Call ours, Call google) throws IOException {
    clear();
    ours.run();
    Received mine = only();
    clear();
    google.run();
    Received theirs = only();
    assertEquals(theirs.method(), mine.method());
    assertEquals(theirs.path(), mine.path());
    return new Received[] {mine, theirs};
  }

  private static List<String> rawPairs(String query) {
    return Arrays.stream(query.split("&")).sorted().toList();
  }

  /** Decoded, sorted {@code name=value} pairs; a raw '+' (space or plus?) fails the test. */
  static List<String> pairs(String query) {
    assertFalse(query.contains("+"), query);
    return query.isEmpty()
        ? List.of()
        : Arrays.stream(query.split("&"))
            .map(pair -> URLDecoder.decode(pair, StandardCharsets.UTF_8))
            .sorted()
            .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      if ("gzip".equalsIgnoreCase(encoding) && raw.length > 0) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
          raw = in.readAllBytes();
        }
      }
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              Objects.requireNonNullElse(exchange.getRequestURI().getRawQuery(), ""),
              encoding,
              new String(raw, StandardCharsets.UTF_8),
              exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override")));
      byte[] body = answer;
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
