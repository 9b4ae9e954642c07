package dev.tinychat.bench;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A loopback Chat endpoint for benchmarks: every {@code POST /v1/spaces} that carries a bearer
 * token and a {@code requestId} gets 200 with the full Space response of {@link Fixtures}; anything
 * else gets 400 and counts as a failure. Plain {@code http}, or {@code https} with a key store.
 * The same server serves every client alike, so its cost is the same on every side.
 */
final class StubServer implements AutoCloseable {
  private final HttpServer server;
  private final String baseUrl;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  private StubServer(HttpServer server, String scheme) {
    this.server = server;
    byte[] space = Fixtures.SPACE_RESPONSE.getBytes(StandardCharsets.UTF_8);
    server.createContext("/v1/spaces", exchange -> {
      try (exchange; InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
        String query = exchange.getRequestURI().getRawQuery();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        boolean ok = exchange.getRequestMethod().equals("POST")
            && query != null && query.startsWith("requestId=")
            && auth != null && auth.startsWith("Bearer ");
        (ok ? created : refused).incrementAndGet();
        byte[] body = ok ? space : "{\"error\":{\"code\":400}}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(ok ? 200 : 400, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
    this.baseUrl = scheme + "://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Plain http on a free loopback port. */
  static StubServer http() throws IOException {
    return new StubServer(HttpServer.create(loopback(), 0), "http");
  }

  /** https on a free loopback port, with the key in a PKCS#12 store. */
  static StubServer https(Path keyStore, String password) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, password.toCharArray());
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password.toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    return new StubServer(server, "https");
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  String baseUrl() {
    return baseUrl;
  }

  /** How many well-formed creates were answered. */
  int created() {
    return created.get();
  }

  /** How many requests were refused as malformed. */
  int refused() {
    return refused.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
