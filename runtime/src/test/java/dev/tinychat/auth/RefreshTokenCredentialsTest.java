package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.TestClock;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshTokenCredentialsTest {
  private static final String SECRET = "client-secret-Q7";
  private static final String REFRESH = "refresh-token-Z9";

  private final FakeTokenServer server = new FakeTokenServer();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final AtomicInteger issued = new AtomicInteger();

  RefreshTokenCredentialsTest() throws Exception {
    server.answer = form -> FakeTokenServer.token("access-" + issued.incrementAndGet(), 3600, "s1", null);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CachedCredentials credentials() {
    return CachedCredentials.refreshToken(
        "client-1", SECRET, REFRESH, server.uri(),
        "The refresh token was revoked, has expired or belongs to another client: get a new one.",
        clock);
  }

  @Test
  void sendsTheRefreshGrantForm() {
    AccessToken token = credentials().token();

    assertEquals("access-1", token.value());
    assertEquals(clock.instant().plusSeconds(3600), token.expiresAt());
    assertEquals(java.util.Set.of("s1"), token.scopes());
    var form = server.lastForm();
    assertEquals("refresh_token", form.get("grant_type"));
    assertEquals(REFRESH, form.get("refresh_token"));
    assertEquals("client-1", form.get("client_id"));
    assertEquals(SECRET, form.get("client_secret"));
    assertEquals("application/x-www-form-urlencoded", form.get("@content-type"));
  }

  @Test
  void keepsTheTokenUntilTheMarginBeforeExpiryThenRenewsIt() {
    CachedCredentials credentials = credentials();
    assertEquals("access-1", credentials.token().value());

    clock.advance(Duration.ofSeconds(3600).minus(CachedCredentials.MARGIN).minusSeconds(1));
    assertEquals("access-1", credentials.token().value());
    assertEquals(1, server.requests());

    clock.advance(Duration.ofSeconds(1));
    assertEquals("access-2", credentials.token().value());
    assertEquals("access-2", credentials.token().value());
    assertEquals(2, server.requests());
  }

  @Test
  void refreshForcesANewToken() {
    CachedCredentials credentials = credentials();
    assertEquals("access-1", credentials.token().value());

    assertEquals("access-2", credentials.refresh().value());
    assertEquals("access-2", credentials.token().value());
    assertEquals(2, server.requests());
  }

  @Test
  void sixteenThreadsAskingAtOnceCauseOneTokenRequest() throws Exception {
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch asking = new CountDownLatch(threads);
    // The endpoint answers only once every thread is on its way to ask.
    server.answer =
        form -> {
          assertTrue(asking.await(10, TimeUnit.SECONDS));
          return FakeTokenServer.token("access-" + issued.incrementAndGet(), 3600, null, null);
        };
    CachedCredentials credentials = credentials();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AccessToken>> tokens = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        tokens.add(
            pool.submit(
                () -> {
                  start.await();
                  asking.countDown();
                  return credentials.token();
                }));
      }
      start.countDown();
      AccessToken first = tokens.get(0).get(20, TimeUnit.SECONDS);
      for (Future<AccessToken> token : tokens) {
        assertSame(first, token.get(20, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, server.requests());
  }

  @Test
  void invalidGrantSaysWhatToDoWithoutSecrets() {
    server.answer =
        form ->
            FakeTokenServer.json(
                400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
    Credentials credentials = Credentials.refreshToken("client-1", SECRET, REFRESH, server.uri());

    CredentialsException e = assertThrows(CredentialsException.class, credentials::token);

    assertEquals("invalid_grant", e.error());
    assertEquals(
        "The token endpoint " + server.uri() + " answered HTTP 400: invalid_grant (Token has been"
            + " expired or revoked.). The refresh token was revoked, has expired or belongs to"
            + " another client: get a new one.",
        e.getMessage());
    Secrets.assertNone(e, SECRET, REFRESH);
    Secrets.assertNone(credentials.toString(), SECRET, REFRESH);
  }

  @Test
  void invalidClientSaysToCheckTheClient() {
    server.answer = form -> FakeTokenServer.json(401, "{\"error\":\"invalid_client\"}");

    CredentialsException e = assertThrows(CredentialsException.class, credentials()::token);

    assertEquals("invalid_client", e.error());
    assertTrue(e.getMessage().endsWith("answered HTTP 401: invalid_client. Check the OAuth client id and secret."), e.getMessage());
  }

  @Test
  void htmlAnswerGivesTheStatusAndAnExcerpt() {
    server.answer =
        form ->
            new FakeTokenServer.Reply(
                200, "text/html", "<html>\n  <body>Sign in to the hotel Wi-Fi</body>\n</html>");

    CredentialsException e = assertThrows(CredentialsException.class, credentials()::token);

    assertEquals(
        "The token endpoint " + server.uri() + " answered HTTP 200 (text/html) instead of a JSON"
            + " token answer: <html> <body>Sign in to the hotel Wi-Fi</body> </html>",
        e.getMessage());
    assertNull(e.error());
    Secrets.assertNone(e, SECRET, REFRESH);
  }

  @Test
  void serverErrorGivesTheStatusAndAShortExcerpt() {
    server.answer = form -> new FakeTokenServer.Reply(500, "text/plain", "x".repeat(1000));

    CredentialsException e = assertThrows(CredentialsException.class, credentials()::token);

    assertTrue(e.getMessage().startsWith("The token endpoint " + server.uri() + " answered HTTP 500 (text/plain)"), e.getMessage());
    assertTrue(e.getMessage().endsWith(" token answer: " + "x".repeat(160) + "..."), e.getMessage());
  }

  @Test
  void successWithoutAccessTokenIsAClearError() {
    server.answer = form -> FakeTokenServer.json(200, "{\"token_type\":\"Bearer\"}");

    CredentialsException e = assertThrows(CredentialsException.class, credentials()::token);

    assertEquals(
        "The token endpoint " + server.uri() + " answered HTTP 200: missing field \"access_token\"",
        e.getMessage());
  }

  @Test
  void googleApiErrorShapeIsRead() {
    server.answer =
        form ->
            FakeTokenServer.json(
                503, "{\"error\":{\"code\":503,\"message\":\"The service is unavailable.\",\"status\":\"UNAVAILABLE\"}}");

    CredentialsException e = assertThrows(CredentialsException.class, credentials()::token);

    assertEquals("UNAVAILABLE", e.error());
    assertTrue(e.getMessage().contains("HTTP 503: UNAVAILABLE (The service is unavailable.)"), e.getMessage());
  }

  @Test
  void unreachableEndpointIsAClearError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/token");
    Credentials credentials = Credentials.refreshToken("client-1", SECRET, REFRESH, closed);

    CredentialsException e = assertThrows(CredentialsException.class, credentials::token);

    assertTrue(e.getMessage().startsWith("Could not reach the token endpoint " + closed + ": "), e.getMessage());
    Secrets.assertNone(e, SECRET, REFRESH);
  }
}
