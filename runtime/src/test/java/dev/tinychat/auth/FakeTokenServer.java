package dev.tinychat.auth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A token endpoint on 127.0.0.1 that records each form it receives and answers as told. */
final class FakeTokenServer implements AutoCloseable {
  /** How to answer one token request. */
  interface Answer {
    Reply reply(Map<String, String> form) throws Exception;
  }

  record Reply(int status, String contentType, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
  volatile Answer answer = form -> token("at-" + (form.hashCode() & 0xff), 3600, null, null);

  FakeTokenServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/token",
        exchange -> {
          Reply reply;
          try {
            Map<String, String> form =
                parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            form.put("@content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
            forms.add(form);
            reply = answer.reply(form);
          } catch (Exception | AssertionError e) {
            reply = new Reply(599, "text/plain", "test server failed: " + e);
          }
          byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", reply.contentType());
          exchange.sendResponseHeaders(reply.status(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(executor);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
  }

  int requests() {
    return forms.size();
  }

  Map<String, String> lastForm() {
    return forms.get(forms.size() - 1);
  }

  static Reply token(String accessToken, long expiresIn, String scope, String refreshToken) {
    return new Reply(
        200,
        "application/json; charset=utf-8",
        "{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
            + ",\"token_type\":\"Bearer\""
            + (scope == null ? "" : ",\"scope\":\"" + scope + "\"")
            + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"")
            + "}");
  }

  static Reply json(int status, String body) {
    return new Reply(status, "application/json", body);
  }

  static Map<String, String> parseForm(String form) {
    Map<String, String> values = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
