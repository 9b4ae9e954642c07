package dev.tinychat.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 that records requests and answers with scripted replies. */
final class TestServer implements AutoCloseable {
  /** A request as the server saw it. */
  record Received(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** Computes a reply; may block (e.g. on a latch). */
  interface Responder {
    Reply respond(Received request) throws Exception;
  }

  /** A scripted answer. */
  record Reply(int status, Map<String, String> headers, byte[] body) {}

  static Reply reply(int status, String body, String... headers) {
    return reply(status, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  static Reply reply(int status, byte[] body, String... headers) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], headers[i + 1]);
    }
    return new Reply(status, map, body);
  }

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Responder> script = new ConcurrentLinkedQueue<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        Received request = new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders(),
            exchange.getRequestBody().readAllBytes());
        received.add(request);
        Responder next = script.poll();
        Reply reply = next == null
            ? reply(599, "no reply scripted")
            : next.respond(request);
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Queues replies, answered in order. */
  TestServer then(Reply... replies) {
    for (Reply reply : replies) {
      script.add(request -> reply);
    }
    return this;
  }

  /** Queues a computed reply. */
  TestServer then(Responder responder) {
    script.add(responder);
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
