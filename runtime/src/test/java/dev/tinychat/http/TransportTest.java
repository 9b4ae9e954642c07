package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.auth.Credentials;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportTest {
  static final String TOKEN = "ya29.secret-token-value";

  private final TestServer server = newServer();

  static TestServer newServer() {
    try {
      return new TestServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Transport.Builder transport() {
    return Transport.builder().baseUrl(server.url()).credentials(Credentials.ofToken(TOKEN));
  }

  /** A tiny codec: the "name" member of an object, everything else skipped. */
  static String readName(JsonReader json) {
    String name = null;
    json.beginObject();
    while (json.hasNext()) {
      if (json.nextName().equals("name")) {
        name = json.nextString();
      } else {
        json.skipValue();
      }
    }
    json.endObject();
    return name;
  }

  static ApiRequest<String> createSpace() {
    return ApiRequest.post("/v1/spaces")
        .query("requestId", "r-1")
        .body(json -> json.beginObject().name("displayName").value("Team é").endObject())
        .retrySafe()
        .build(TransportTest::readName);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void sendsBearerTokenUserAgentJsonHeadersAndTheEncodedBody() {
    server.then(reply(200, "{\"name\":\"spaces/AAA\",\"spaceType\":\"SPACE\"}"));

    assertEquals("spaces/AAA", transport().build().send(createSpace()));

    TestServer.Received r = server.received.get(0);
    assertEquals("POST", r.method());
    assertEquals("/v1/spaces", r.rawPath());
    assertEquals("requestId=r-1", r.rawQuery());
    assertEquals("Bearer " + TOKEN, r.header("Authorization"));
    String userAgent = r.header("User-Agent");
    assertTrue(userAgent.matches("tinychat/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/"
        + Pattern.quote(System.getProperty("java.version"))), userAgent);
    assertNull(r.header("Accept"), "the API answers JSON unasked: no header spent on it");
    assertEquals("gzip", r.header("Accept-Encoding"));
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    assertEquals("{\"displayName\":\"Team é\"}", new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void closeRefusesLaterCallsAndEndsTheSelectorThread() throws InterruptedException {
    server.then(reply(200, "{\"name\":\"spaces/AAA\"}"));
    Set<Thread> before = selectorThreads();
    Transport transport = transport().build();
    assertEquals("spaces/AAA", transport.send(createSpace()));
    Set<Thread> ours = selectorThreads();
    ours.removeAll(before);
    assertEquals(1, ours.size(), "the client runs one selector thread");

    transport.close();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> transport.send(createSpace()));
    assertEquals("this Transport is closed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> transport.sendAsync(createSpace()));
    assertEquals(1, server.received.size(), "nothing sent after close");
    // Java 21+ closes the client; Java 17 interrupts its selector thread, which ends it.
    Thread selector = ours.iterator().next();
    selector.join(10_000);
    assertFalse(selector.isAlive(), "selector thread still running after close");
  }

  private static Set<Thread> selectorThreads() {
    return liveThreads(name -> name.endsWith("SelectorManager"));
  }

  private static Set<Thread> liveThreads(Predicate<String> name) {
    Set<Thread> threads = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (name.test(t.getName()) && t.isAlive()) {
        threads.add(t);
      }
    }
    return threads;
  }

  @Test
  void plainHttpSpeaksHttp11WithoutUpgradeOfferOrDefaultTlsContext() throws Exception {
    server.then(reply(200, "{\"name\":\"spaces/AAA\"}"));
    Transport transport = transport().build();

    assertEquals("spaces/AAA", transport.send(createSpace()));

    TestServer.Received r = server.received.get(0);
    assertNull(r.header("Upgrade"), "h2c offered on plain http");
    assertNull(r.header("HTTP2-Settings"));
    assertEquals(HttpClient.Version.HTTP_1_1, transport.client.version());
    assertNotSame(SSLContext.getDefault(), transport.client.sslContext(),
        "the default TLS context is built for a plain-http endpoint");
    assertEquals("none", transport.client.sslContext().getProtocol());
  }

  @Test
  void httpsUsesTheDefaultTlsContextAndOffersHttp2() throws Exception {
    Transport transport = Transport.builder().baseUrl("https://chat.example.test")
        .credentials(Credentials.ofToken(TOKEN)).build();

    assertSame(SSLContext.getDefault(), transport.client.sslContext());
    assertEquals(HttpClient.Version.HTTP_2, transport.client.version());
  }

  @Test
  void requestWithoutBodyHasNoContentType() {
    server.then(reply(200, "{}"));
    transport().build().send(ApiRequest.get("/v1/{name}").pathParam("name", "spaces/A").build());
    TestServer.Received r = server.received.get(0);
    assertEquals("GET", r.method());
    assertNull(r.header("Content-Type"));
    assertEquals(0, r.body().length);
  }

  @Test
  void pathAndQueryArriveEncoded() {
    server.then(reply(200, ""));
    transport().build().send(ApiRequest.delete("/v1/{name}")
        .pathParam("name", "spaces/A B/members/users/a@b.com")
        .query("filter", "type = \"HUMAN\" & x")
        .build());
    TestServer.Received r = server.received.get(0);
    assertEquals("DELETE", r.method());
    assertEquals("/v1/spaces/A%20B/members/users/a%40b.com", r.rawPath());
    assertEquals("filter=type%20%3D%20%22HUMAN%22%20%26%20x", r.rawQuery());
  }

  @Test
  void baseUrlMayCarryAPrefixAndTrailingSlashes() {
    server.then(reply(200, ""));
    Transport.builder().baseUrl(server.url() + "/emulator//").credentials(Credentials.ofToken(TOKEN))
        .build().send(ApiRequest.get("/v1/spaces").build());
    assertEquals("/emulator/v1/spaces", server.received.get(0).rawPath());
  }

  @Test
  void badBaseUrlAndMissingCredentialsFailAtBuild() {
    IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
        () -> Transport.builder().baseUrl("ftp://example.com"));
    assertEquals("baseUrl must be an http or https URL without query, got ftp://example.com",
        url.getMessage());
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> Transport.builder().build());
    assertEquals("no credentials: set Transport.builder().credentials(...), for a fixed token"
        + " Credentials.ofToken(token)", none.getMessage());
  }

  @Test
  void gzipResponseIsDecoded() throws IOException {
    server.then(reply(200, gzip("{\"name\":\"spaces/GZ\"}".getBytes(StandardCharsets.UTF_8)),
        "Content-Encoding", "gzip"));
    assertEquals("spaces/GZ", transport().build().send(createSpace()));
  }

  @Test
  void requestTimeoutIsATransportException() {
    CountDownLatch release = new CountDownLatch(1);
    server.then(request -> {
      release.await(10, TimeUnit.SECONDS);
      return reply(200, "{}");
    });
    try {
      Transport transport = transport().requestTimeout(Duration.ofMillis(200))
          .retryPolicy(RetryPolicy.none()).build();
      TransportException e = assertThrows(TransportException.class,
          () -> transport.send(ApiRequest.get("/v1/slow").build()));
      assertEquals(1, e.attempts());
      assertInstanceOf(HttpTimeoutException.class, e.getCause());
      assertEquals("GET /v1/slow: no response after 1 attempt: " + e.getCause(), e.getMessage());
      assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    } finally {
      release.countDown();
    }
  }

  @Test
  void timedOutAndTimelyCallsShareOneWatchdogThatLeavesNoInterruptBehind() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 201; i++) {
      server.then(request -> {
        if (request.rawPath().equals("/v1/slow")) {
          release.await(10, TimeUnit.SECONDS);
        }
        return reply(200, "{\"name\":\"spaces/FAST\"}");
      });
    }
    Set<Thread> before = watchdogs();
    Transport transport = transport().requestTimeout(Duration.ofMillis(400))
        .retryPolicy(RetryPolicy.none()).build();
    try {
      AtomicReference<Throwable> slowFailure = new AtomicReference<>();
      AtomicBoolean slowInterrupted = new AtomicBoolean(true);
      Thread slow = new Thread(() -> {
        try {
          transport.send(ApiRequest.get("/v1/slow").build(TransportTest::readName));
        } catch (RuntimeException e) {
          slowFailure.set(e);
        }
        slowInterrupted.set(Thread.currentThread().isInterrupted());
      });
      slow.start();
      // timely calls in flight while the slow one waits, before and after its deadline: one
      // call, then a wait for the slow one to end (at most 20 ms), until it has; then one more
      int calls = 0;
      do {
        assertEquals("spaces/FAST",
            transport.send(ApiRequest.get("/v1/fast").build(TransportTest::readName)));
        assertFalse(Thread.currentThread().isInterrupted());
        calls++;
      } while (calls <= 1 || slow.isAlive() && calls < 200 && !joined(slow, 20));
      assertFalse(slow.isAlive(), "the slow call was not ended at its deadline");
      assertEquals("spaces/FAST",
          transport.send(ApiRequest.get("/v1/fast").build(TransportTest::readName)));
      assertFalse(Thread.currentThread().isInterrupted());
      assertInstanceOf(TransportException.class, slowFailure.get());
      assertInstanceOf(HttpTimeoutException.class, slowFailure.get().getCause());
      assertFalse(slowInterrupted.get(), "the watchdog's interrupt was left on the slow caller");
    } finally {
      release.countDown();
    }
    Set<Thread> ours = watchdogs();
    ours.removeAll(before);
    assertEquals(1, ours.size(), "one watchdog thread for the transport's blocking calls");
    transport.close();
    Thread watchdog = ours.iterator().next();
    watchdog.join(10_000);
    assertFalse(watchdog.isAlive(), "the watchdog still runs after close");
  }

  @Test
  void interruptOfTheWaitingCallerIsNotATimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch arrived = new CountDownLatch(1);
    server.then(request -> {
      arrived.countDown();
      release.await(10, TimeUnit.SECONDS);
      return reply(200, "{}");
    });
    Transport transport = transport().requestTimeout(Duration.ofSeconds(30))
        .retryPolicy(RetryPolicy.none()).build();
    Thread caller = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      try {
        arrived.await(10, TimeUnit.SECONDS);
        caller.interrupt();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    interrupter.start();
    try {
      TransportException e = assertThrows(TransportException.class,
          () -> transport.send(ApiRequest.get("/v1/slow").build()));
      assertEquals("GET /v1/slow: interrupted after 1 attempt", e.getMessage());
      assertInstanceOf(InterruptedException.class, e.getCause());
      assertTrue(Thread.interrupted(), "the caller's interrupt flag is kept");
    } finally {
      release.countDown();
      interrupter.join();
      Thread.interrupted();
    }
  }

  /** Whether {@code thread} ended within {@code millis}. */
  private static boolean joined(Thread thread, long millis) throws InterruptedException {
    thread.join(millis);
    return !thread.isAlive();
  }

  private static Set<Thread> watchdogs() {
    return liveThreads("tinychat-timeouts"::equals);
  }

  @Test
  void bodyOverTheLimitIsRefused() {
    server.then(reply(200, "{\"name\":\"" + "x".repeat(1000) + "\"}"));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> transport().maxResponseBytes(100).build().send(createSpace()));
    assertEquals("POST /v1/spaces: the HTTP 200 response has a body over 100 bytes",
        e.getMessage());
    assertEquals(200, e.httpStatus());
  }

  @Test
  void gzipBombIsStoppedAtTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[8 << 20]);
    assertTrue(bomb.length < 65536);
    server.then(reply(200, bomb, "Content-Encoding", "gzip"));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> transport().maxResponseBytes(65536).build().send(createSpace()));
    assertEquals("POST /v1/spaces: the HTTP 200 response has a body over 65536 bytes",
        e.getMessage());
  }

  @Test
  void brokenGzipIsAnInvalidResponse() {
    server.then(reply(200, "not gzip at all", "Content-Encoding", "gzip"));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> transport().build().send(createSpace()));
    assertEquals("POST /v1/spaces: the HTTP 200 response has a broken gzip body: Not in GZIP format",
        e.getMessage());
  }

  @Test
  void malformedSuccessBodyIsAnInvalidResponseWithTheJsonPosition() {
    server.then(reply(200, "{\"name\": spaces/AAA}"));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> transport().build().send(createSpace()));
    JsonException cause = assertInstanceOf(JsonException.class, e.getCause());
    assertEquals(1, cause.line());
    assertEquals("POST /v1/spaces: the HTTP 200 response is not the expected JSON: "
        + cause.getMessage(), e.getMessage());
    assertTrue(e.getMessage().contains("line 1 column"), e.getMessage());
  }

  @Test
  void wrongShapeAndTrailingDataAreInvalidResponses() {
    server.then(reply(200, "[1,2]"), reply(200, "{\"name\":\"a\"} {}"), reply(201, ""));
    Transport transport = transport().build();
    for (int i = 0; i < 3; i++) {
      InvalidResponseException e =
          assertThrows(InvalidResponseException.class, () -> transport.send(createSpace()));
      assertInstanceOf(JsonException.class, e.getCause());
    }
  }

  @Test
  void decoderFailuresNeverEscapeAsRuntimeExceptions() {
    server.then(reply(200, "{\"name\":null}"), reply(200, "{\"name\":\"x\"}"));
    Transport transport = transport().build();
    InvalidResponseException shape = assertThrows(InvalidResponseException.class,
        () -> transport.send(createSpace()));
    assertInstanceOf(JsonException.class, shape.getCause());
    InvalidResponseException npe = assertThrows(InvalidResponseException.class,
        () -> transport.send(ApiRequest.get("/v1/x").build(json -> {
          Object nothing = null;
          return nothing.toString();
        })));
    assertInstanceOf(NullPointerException.class, npe.getCause());
    assertTrue(npe.getMessage().startsWith("GET /v1/x: the HTTP 200 response could not be decoded: "
        + "java.lang.NullPointerException"), npe.getMessage());
  }

  @Test
  void buildWithoutDecoderIgnoresTheBody() {
    server.then(reply(200, "{}"), reply(204, ""));
    Transport transport = transport().build();
    assertNull(transport.send(ApiRequest.delete("/v1/spaces/A").build()));
    assertNull(transport.send(ApiRequest.delete("/v1/spaces/B").build()));
    assertEquals(2, server.received.size());
  }

  @Test
  void tokenIsNeverInMessagesOrToString() {
    server.then(request -> reply(500,
        "<html><body>Bad request with " + request.header("Authorization") + "</body></html>"));
    ApiException e = assertThrows(ApiException.class,
        () -> transport().retryPolicy(RetryPolicy.none()).build().send(createSpace()));
    assertEquals("HTTP 500 INTERNAL: <html><body>Bad request with Bearer <redacted></body></html>",
        e.getMessage());
    assertFalse(e.toString().contains(TOKEN));
    assertFalse(e.errorMessage().contains(TOKEN));
  }
}
