package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.TestClock;
import dev.tinychat.auth.AccessToken;
import dev.tinychat.auth.Credentials;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final String TOKEN = TransportTest.TOKEN;

  private final TestServer server = TransportTest.newServer();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Half of each backoff cap: 250 ms, 500 ms, 1 s, ... with the default policy. */
  private Transport.Builder transport() {
    return Transport.builder().baseUrl(server.url()).credentials(Credentials.ofToken(TOKEN))
        .sleeper(sleeps::add).random(() -> 0.5);
  }

  private static ApiRequest<String> plainPost() {
    return ApiRequest.post("/v1/spaces:setup")
        .body(json -> json.beginObject().name("requestId").value("k").endObject())
        .build(TransportTest::readName);
  }

  private static ApiRequest<String> get() {
    return ApiRequest.get("/v1/spaces/A").build(TransportTest::readName);
  }

  private static String deadPort() {
    TestServer gone = TransportTest.newServer();
    gone.close();
    return gone.url();
  }

  @Test
  void retrySafePostIsRetriedOn429And503WithTheSameBytes() {
    server.then(reply(429, ""), reply(503, ""), reply(200, "{\"name\":\"spaces/A\"}"));

    assertEquals("spaces/A", transport().build().send(TransportTest.createSpace()));

    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeps);
    assertEquals(3, server.received.size());
    for (TestServer.Received r : server.received) {
      assertArrayEquals(server.received.get(0).body(), r.body());
      assertEquals("requestId=r-1", r.rawQuery());
      assertEquals("Bearer " + TOKEN, r.header("Authorization"));
    }
  }

  @Test
  void plainPostIsNotRetriedOn503() {
    server.then(reply(503, ""), reply(200, "{}"));
    ApiException e = assertThrows(ApiException.class, () -> transport().build().send(plainPost()));
    assertEquals(503, e.httpStatus());
    assertEquals(1, server.received.size());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void otherClientErrorsAreNeverRetried() {
    Transport transport = transport().build();
    for (int status : new int[] {400, 403, 404, 409}) {
      server.then(reply(status, ""));
      ApiException e =
          assertThrows(ApiException.class, () -> transport.send(TransportTest.createSpace()));
      assertEquals(status, e.httpStatus());
      server.then(reply(200, "{}"));
      transport.send(get());
    }
    assertEquals(8, server.received.size());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void getIsRetriedOnServerErrorsUntilAttemptsRunOut() {
    server.then(reply(500, ""), reply(502, ""), reply(504, ""), reply(503, ""), reply(503, "x"));
    ApiException e = assertThrows(ApiException.class, () -> transport().build().send(get()));
    assertEquals("HTTP 503 UNAVAILABLE: x", e.getMessage());
    assertEquals(5, server.received.size());
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void connectionRefusedIsRetriedThenATransportExceptionWithTheAttempts() {
    Transport transport = Transport.builder().baseUrl(deadPort())
        .credentials(Credentials.ofToken(TOKEN)).sleeper(sleeps::add).random(() -> 0.5)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build();
    TransportException e = assertThrows(TransportException.class, () -> transport.send(get()));
    assertEquals(3, e.attempts());
    assertInstanceOf(ConnectException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("GET /v1/spaces/A: no response after 3 attempts: "
        + "java.net.ConnectException"), e.getMessage());
    assertEquals(2, sleeps.size());
  }

  @Test
  void connectionRefusedOfAPlainPostIsNotRetried() {
    Transport transport = Transport.builder().baseUrl(deadPort())
        .credentials(Credentials.ofToken(TOKEN)).sleeper(sleeps::add).build();
    TransportException e = assertThrows(TransportException.class, () -> transport.send(plainPost()));
    assertEquals(1, e.attempts());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void retryAfterSecondsIsHonouredAndCappedByTheMaxDelay() {
    server.then(reply(429, "", "Retry-After", "7"), reply(503, "", "Retry-After", "3600"),
        reply(200, "{}"));
    transport().build().send(get());
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(16)), sleeps);
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    TestClock clock = new TestClock(Instant.parse("2026-11-22T10:00:00Z"));
    server.then(reply(503, "", "Retry-After", "Sun, 22 Nov 2026 10:00:05 GMT"),
        reply(503, "", "Retry-After", "Sun, 22 Nov 2026 09:00:00 GMT"),
        reply(503, "", "Retry-After", "soon"),
        reply(200, "{}"));
    transport().clock(clock).build().send(get());
    // a date in the past means "now": no wait at all
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(1)), sleeps);
    assertEquals(4, server.received.size());
  }

  @Test
  void fullJitterStaysWithinTheGrowingCap() {
    server.then(reply(503, ""), reply(503, ""), reply(503, ""), reply(503, ""), reply(200, "{}"));
    Random random = new Random(42);
    transport().random(random::nextDouble).build().send(get());

    Random same = new Random(42);
    List<Duration> expected = new ArrayList<>();
    for (long capMillis : new long[] {500, 1000, 2000, 4000}) {
      expected.add(Duration.ofNanos((long) (capMillis * 1_000_000 * same.nextDouble())));
    }
    assertEquals(expected, sleeps);
    for (int i = 0; i < 4; i++) {
      assertTrue(sleeps.get(i).compareTo(Duration.ofMillis(500L << i)) < 0);
    }
    assertTrue(new java.util.HashSet<>(sleeps).size() == 4, "jitter varies: " + sleeps);
  }

  @Test
  void jitterIsCappedByTheMaxDelay() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertEquals(Duration.ofSeconds(16).multipliedBy(9).dividedBy(10), policy.backoff(10, 0.9));
    assertEquals(Duration.ZERO, policy.backoff(3, 0));
  }

  @Test
  void totalTimeBudgetStopsRetrying() {
    TestClock clock = new TestClock(Instant.parse("2026-11-22T10:00:00Z"));
    for (int i = 0; i < 5; i++) {
      server.then(request -> {
        clock.advance(Duration.ofSeconds(4));
        return reply(503, "");
      });
    }
    Transport transport = transport().clock(clock)
        .sleeper(d -> {
          sleeps.add(d);
          clock.advance(d);
        })
        .retryPolicy(RetryPolicy.defaults().withInitialDelay(Duration.ofSeconds(1))
            .withMaxAttempts(10).withTotalTimeout(Duration.ofSeconds(10)))
        .build();
    assertThrows(ApiException.class, () -> transport.send(get()));
    // 4 s + 0.5 s + 4 s + 1 s = 9.5 s; the next wait of 2 s would end at 13.5 + 2 > 10
    assertEquals(3, server.received.size());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeps);
  }

  /** Hands out "old" until refreshed, then "new"; counts refreshes. */
  static final class RefreshingCredentials implements Credentials {
    final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public AccessToken token() {
      return AccessToken.of(refreshes.get() == 0 ? "old-token" : "new-token");
    }

    @Override
    public AccessToken refresh() {
      refreshes.incrementAndGet();
      return token();
    }
  }

  @Test
  void unauthorizedRefreshesOnceAndRetriesEvenAPlainPost() {
    RefreshingCredentials credentials = new RefreshingCredentials();
    server.then(reply(401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}"),
        reply(200, "{\"name\":\"spaces/A\"}"));
    assertEquals("spaces/A", transport().credentials(credentials).build().send(plainPost()));
    assertEquals(1, credentials.refreshes.get());
    assertEquals("Bearer old-token", server.received.get(0).header("Authorization"));
    assertEquals("Bearer new-token", server.received.get(1).header("Authorization"));
    assertArrayEquals(server.received.get(0).body(), server.received.get(1).body());
    assertEquals(List.of(), sleeps);
  }

  @Test
  void secondUnauthorizedIsAnApiExceptionAfterExactlyOneRefresh() {
    RefreshingCredentials credentials = new RefreshingCredentials();
    server.then(reply(401, ""), reply(401, "{\"error\":{\"code\":401,\"message\":\"Request had"
        + " invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}"));
    ApiException e = assertThrows(ApiException.class,
        () -> transport().credentials(credentials).build().send(get()));
    assertEquals("HTTP 401 UNAUTHENTICATED: Request had invalid authentication credentials.",
        e.getMessage());
    assertEquals(1, credentials.refreshes.get());
    assertEquals(2, server.received.size());
  }

  @Test
  void interruptedWaitIsATransportExceptionAndKeepsTheFlag() {
    server.then(reply(503, ""));
    Transport transport = transport().sleeper(d -> {
      throw new InterruptedException();
    }).build();
    try {
      TransportException e = assertThrows(TransportException.class, () -> transport.send(get()));
      assertEquals("GET /v1/spaces/A: interrupted after 1 attempt", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void asyncSuccessErrorAndRetry() throws Exception {
    Transport transport = transport().build();
    server.then(reply(200, "{\"name\":\"spaces/A\"}"));
    assertEquals("spaces/A", transport.sendAsync(get()).get(10, TimeUnit.SECONDS));

    server.then(reply(409, "{\"error\":{\"message\":\"Exists.\",\"status\":\"ALREADY_EXISTS\"}}"));
    CompletableFuture<String> failed = transport.sendAsync(TransportTest.createSpace());
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> failed.get(10, TimeUnit.SECONDS));
    ApiException api = assertInstanceOf(ApiException.class, e.getCause());
    assertEquals("HTTP 409 ALREADY_EXISTS: Exists.", api.getMessage());

    server.then(reply(503, ""), reply(429, "", "Retry-After", "2"), reply(200, "{\"name\":\"B\"}"));
    assertEquals("B", transport.sendAsync(TransportTest.createSpace()).get(10, TimeUnit.SECONDS));
    assertEquals(List.of(Duration.ofMillis(250), Duration.ofSeconds(2)), sleeps);
    assertEquals(5, server.received.size());
  }

  @Test
  void asyncUnauthorizedRefreshAndConnectionFailure() throws Exception {
    RefreshingCredentials credentials = new RefreshingCredentials();
    server.then(reply(401, ""), reply(200, "{\"name\":\"A\"}"));
    assertEquals("A", transport().credentials(credentials).build().sendAsync(plainPost())
        .get(10, TimeUnit.SECONDS));
    assertEquals(1, credentials.refreshes.get());

    Transport dead = Transport.builder().baseUrl(deadPort())
        .credentials(Credentials.ofToken(TOKEN)).sleeper(sleeps::add).random(() -> 0.5)
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)).build();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> dead.sendAsync(get()).get(10, TimeUnit.SECONDS));
    TransportException transport = assertInstanceOf(TransportException.class, e.getCause());
    assertEquals(2, transport.attempts());
    assertEquals(List.of(Duration.ofMillis(250)), sleeps);
  }

  @Test
  void asyncMalformedBodyIsAnInvalidResponse() {
    server.then(reply(200, "{\"name\":"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> transport().build().sendAsync(get()).get(10, TimeUnit.SECONDS));
    assertInstanceOf(InvalidResponseException.class, e.getCause());
  }

  /** Collects log lines; fully enabled. */
  static final class CapturingLogger implements System.Logger {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(level + " " + format);
    }
  }

  @Test
  void logsEachAttemptAndRetryWithoutTheToken() {
    CapturingLogger logger = new CapturingLogger();
    server.then(reply(503, "{\"error\":{\"message\":\"Busy.\",\"status\":\"UNAVAILABLE\"}}"),
        reply(200, "{}"));
    transport().logger(logger).build().send(TransportTest.createSpace());
    assertEquals(List.of(
        "DEBUG POST /v1/spaces attempt 1",
        "INFO POST /v1/spaces: HTTP 503 UNAVAILABLE: Busy.; retry 1 in 250 ms",
        "DEBUG POST /v1/spaces attempt 2"), logger.lines);
    for (String line : logger.lines) {
      assertFalse(line.contains(TOKEN), line);
    }
  }
}
