package dev.tinychat.http;

import static dev.tinychat.Hostile.assertNoSecret;
import static dev.tinychat.Hostile.failsWithin;
import static dev.tinychat.Hostile.failsWithinAsync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.Hostile;
import dev.tinychat.RawServer;
import dev.tinychat.auth.AccessToken;
import dev.tinychat.auth.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that misbehaves on purpose, over raw sockets on loopback: each case ends in the
 * library's own exception (or its answer) within the request timeout plus slack, blocking and
 * not, and no message or log record holds the access token, even where the server echoes it.
 */
class HostileServerTest {
  /** Long, so that an excerpt cut at 40 or 200 characters would keep only its start. */
  static final String TOKEN =
      "ya29.a0AfB_hostile-" + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ".repeat(2);
  static final Duration TIMEOUT = Duration.ofSeconds(2);
  static final String JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";

  private final Hostile.Log log = new Hostile.Log();
  private RawServer server;
  private RawServer other;

  /** The first request of a JVM loads the HTTP client: not in a deadline under test. */
  @BeforeAll
  static void warmUp() throws IOException {
    try (RawServer warm = new RawServer(RawServer.answering(
        JSON_HEAD + "Content-Length: 12\r\n\r\n{\"name\":\"x\"}"))) {
      Transport transport = Transport.builder().baseUrl(warm.url())
          .credentials(Credentials.ofToken(TOKEN)).build();
      assertEquals("x", transport.send(get()));
      assertEquals("x", transport.sendAsync(get()).join());
    }
  }

  @AfterEach
  void stop() throws IOException {
    for (RawServer s : new RawServer[] {server, other}) {
      if (s != null) {
        s.close();
      }
    }
  }

  private Transport.Builder transport(RawServer.Script script) throws IOException {
    server = new RawServer(script);
    return Transport.builder().baseUrl(server.url()).credentials(Credentials.ofToken(TOKEN))
        .requestTimeout(TIMEOUT).connectTimeout(TIMEOUT).retryPolicy(RetryPolicy.none())
        .logger(log);
  }

  static ApiRequest<String> get() {
    return ApiRequest.get("/v1/spaces/AAA").build(TransportTest::readName);
  }

  /** Sends {@link #get()} blocking or not; it must fail with {@code type} in time, secret-free. */
  private <T extends Throwable> T fails(
      Class<T> type, boolean async, Transport.Builder builder) {
    Transport transport = builder.build();
    T e = async
        ? failsWithinAsync(TIMEOUT, type, () -> transport.sendAsync(get()))
        : failsWithin(TIMEOUT, type, () -> transport.send(get()));
    assertNoSecret(e, log.records, TOKEN);
    return e;
  }

  private <T extends Throwable> T fails(Class<T> type, boolean async, RawServer.Script script)
      throws IOException {
    return fails(type, async, transport(script));
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  // Issue 10, case 1: the body read has a deadline

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void stallAfterTheHeaders(boolean async) throws IOException {
    TransportException e = fails(TransportException.class, async, (request, out) -> {
      write(out, JSON_HEAD + "Content-Length: 100\r\n\r\n{\"na");
      server.stall(30_000);
    });
    assertTrue(e.getMessage().contains("no complete response within PT2S"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void bodyOneByteAtATime(boolean async) throws IOException {
    fails(TransportException.class, async, (request, out) -> {
      write(out, JSON_HEAD + "Content-Length: 100000\r\n\r\n[");
      for (int i = 0; i < 150; i++) {
        server.stall(200);
        write(out, "1,");
      }
    });
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void stallBeforeTheHeaders(boolean async) throws IOException {
    fails(TransportException.class, async, (request, out) -> server.stall(30_000));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void endlessBodyStopsAtTheLimit(boolean async) throws IOException {
    InvalidResponseException e = fails(InvalidResponseException.class, async,
        transport((request, out) -> {
          write(out, JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\n");
          for (int i = 0; i < 100_000; i++) {
            write(out, "400\r\n" + " ".repeat(1024) + "\r\n");
          }
        }).maxResponseBytes(64 * 1024));
    assertTrue(e.getMessage().contains("has a body over 65536 bytes"), e.getMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void truncatedBody(boolean async) throws IOException {
    fails(TransportException.class, async, RawServer.answering(
        JSON_HEAD + "Content-Length: 100\r\n\r\n{\"name\":"));
  }

  // case 2: malformed Content-Length, and other broken heads

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12abc", "99999999999999999999", "-5", "0x10", "1 2"})
  void malformedContentLength(String length) throws IOException {
    for (boolean async : new boolean[] {false, true}) {
      fails(TransportException.class, async, RawServer.answering(
          JSON_HEAD + "Content-Length: " + length + "\r\n\r\n{\"name\":\"x\"}"));
      server.close();
    }
  }

  /**
   * Heads the JDK reads leniently or refuses: either way the caller gets the answer or one of the
   * library's exceptions, in time.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Length: 3\r\n",
    "HTTP/1.1 200 OK\r\nNo colon here\r\nContent-Length: 12\r\n",
    "HTTP/1.1 200 OK\r\nBad\u00ffName: x\r\nContent-Length: 12\r\n",
    "HTTP/1.1 200 OK\r\nX: a\u0000b\r\nContent-Length: 12\r\n",
    "HTTP/1.1 abc OK\r\nContent-Length: 12\r\n",
    "HTTP/1.1 2000 OK\r\nContent-Length: 12\r\n",
    "HTTP/9 200 OK\r\nContent-Length: 12\r\n",
    "garbage\r\nContent-Length: 12\r\n",
  })
  void brokenHeads(String head) throws IOException {
    answerOrClientException(head);
  }

  @Test
  void hugeHeader() throws IOException {
    answerOrClientException("HTTP/1.1 200 OK\r\nX: " + "a".repeat(1 << 20) + "\r\nContent-Length: 12\r\n");
  }

  private void answerOrClientException(String head) throws IOException {
    for (boolean async : new boolean[] {false, true}) {
      Transport transport = transport(RawServer.answering(head + "\r\n{\"name\":\"x\"}")).build();
      Duration bound = TIMEOUT.plus(Hostile.SLACK);
      assertTimeoutPreemptively(bound, () -> {
        try {
          String name = async
              ? transport.sendAsync(get()).get(bound.toMillis(), TimeUnit.MILLISECONDS)
              : transport.send(get());
          assertEquals("x", name);
        } catch (ClientException e) {
          assertNoSecret(e, log.records, TOKEN);
        } catch (ExecutionException e) {
          assertNoSecret(Hostile.cause(ClientException.class, e.getCause()), log.records, TOKEN);
        }
      });
      server.close();
    }
  }

  // case 3: a token that cannot go into a header is refused before any I/O, without showing it

  @ParameterizedTest
  @ValueSource(strings = {"tok\r\nX-Evil: 1", "tok\nen", "tok\u0000en", "tok\u20acen", "tok en",
      "tok\u00e9en"})
  void tokenWithCharactersAHeaderCannotHold(String token) throws IOException {
    String secret = token + "-" + TOKEN;
    assertNoSecret(failsWithin(TIMEOUT, dev.tinychat.auth.CredentialsException.class,
        () -> Credentials.ofToken(secret)), log.records, secret);
    Transport transport = transport(RawServer.answering("HTTP/1.1 500 X\r\n\r\n"))
        .credentials(Credentials.fromSupplier(() -> secret)).build();
    assertNoSecret(failsWithin(TIMEOUT, dev.tinychat.auth.CredentialsException.class,
        () -> transport.send(get())), log.records, secret);
    assertNoSecret(failsWithinAsync(TIMEOUT, dev.tinychat.auth.CredentialsException.class,
        () -> transport.sendAsync(get())), log.records, secret);
    assertEquals(0, server.requests.size());
  }

  // case 4: whatever the server echoes, the token is in no message and no log record

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void errorEnvelopeEchoingTheToken(boolean async) throws IOException {
    String body = "{\"error\":{\"code\":503,\"status\":\"" + TOKEN + "\",\"message\":\"bad token "
        + TOKEN + "\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
        + "\"reason\":\"" + TOKEN + "\",\"metadata\":{\"t\":\"" + TOKEN + "\"}}],"
        + "\"errors\":[{\"reason\":\"" + TOKEN + "\"}]}}";
    ApiException e = fails(ApiException.class, async,
        transport(RawServer.answering("HTTP/1.1 503 Unavailable\r\nContent-Type: application/json"
            + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body))
            .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)
                .withInitialDelay(Duration.ofMillis(1)).withMaxDelay(Duration.ofMillis(5))));
    assertEquals(3, server.requests.size());
    assertTrue(log.has("retry 2"), log.records.toString());
    for (String text : new String[] {e.statusText(), e.errorMessage(), e.details(), e.reason()}) {
      assertNoSecret(new AssertionError(text), log.records, TOKEN);
    }
    assertEquals("bad token <redacted>", e.errorMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void htmlErrorPageEchoingTheToken(boolean async) throws IOException {
    // the 200-character excerpt cuts the token: its start is redacted too
    String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(120)
        + " Authorization: Bearer " + TOKEN + "</body></html>";
    ApiException e = fails(ApiException.class, async, RawServer.answering(
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
            + page.length() + "\r\n\r\n" + page));
    assertEquals(502, e.httpStatus());
    assertTrue(e.errorMessage().startsWith("<html><body><h1>502 Bad Gateway</h1>xxx"));
    assertTrue(e.errorMessage().endsWith("<redacted>..."), e.errorMessage());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void successBodyEchoingTheToken(boolean async) throws IOException {
    String body = "{\"n\":\"" + TOKEN + "\"}";
    Transport transport = transport(RawServer.answering(JSON_HEAD + "Content-Length: "
        + body.length() + "\r\n\r\n" + body)).build();
    ApiRequest<Integer> request = ApiRequest.get("/v1/x").build(json -> {
      json.beginObject();
      json.nextName();
      return json.nextInt();
    });
    InvalidResponseException e = async
        ? failsWithinAsync(TIMEOUT, InvalidResponseException.class,
            () -> transport.sendAsync(request))
        : failsWithin(TIMEOUT, InvalidResponseException.class, () -> transport.send(request));
    assertNoSecret(e, log.records, TOKEN);
    assertTrue(e.getMessage().contains("Expected an int but was \"<redacted>...\""),
        e.getMessage());
  }

  // the 401 retry

  @Test
  void fixedTokenIsNotSentAgainAfterA401() throws IOException {
    ApiException e = fails(ApiException.class, false, RawServer.answering(
        "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"));
    assertEquals(401, e.httpStatus());
    assertEquals(1, server.requests.size());
  }

  @Test
  void changingTokenIsSentAgainAfterA401() throws IOException {
    AtomicInteger n = new AtomicInteger();
    Transport transport = transport(RawServer.answering(
        "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"))
        .credentials(new Credentials() {
          @Override
          public AccessToken token() {
            return AccessToken.of("first-" + TOKEN);
          }

          @Override
          public AccessToken refresh() {
            return AccessToken.of("second-" + n.incrementAndGet());
          }
        }).build();
    failsWithin(TIMEOUT, ApiException.class, () -> transport.send(get()));
    assertEquals(2, server.requests.size());
    assertTrue(server.requests.get(1).contains("Bearer second-1"));
  }

  // redirects are not followed, so the token never goes to another port

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void redirectToAnotherPortIsNotFollowed(int status) throws IOException {
    other = new RawServer(RawServer.answering(JSON_HEAD + "Content-Length: 12\r\n\r\n{\"name\":\"x\"}"));
    ApiException e = fails(ApiException.class, false, RawServer.answering("HTTP/1.1 " + status
        + " Moved\r\nLocation: " + other.url() + "/v1/spaces/AAA\r\nContent-Length: 0\r\n\r\n"));
    assertEquals(status, e.httpStatus());
    assertEquals(0, other.requests.size());
  }

  // bodies that are not what they claim

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void invalidUtf8(boolean async) throws IOException {
    fails(InvalidResponseException.class, async, RawServer.answering(
        JSON_HEAD + "Content-Length: 12\r\n\r\n{\"name\":\"\u00c3(\"}"));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void deepNesting(boolean async) throws IOException {
    String body = "[".repeat(100_000) + "]".repeat(100_000);
    fails(InvalidResponseException.class, async, RawServer.answering(
        JSON_HEAD + "Content-Length: " + body.length() + "\r\n\r\n" + body));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void gzipBomb(boolean async) throws IOException {
    byte[] bomb = TransportTest.gzip(new byte[32 << 20]);
    InvalidResponseException e = fails(InvalidResponseException.class, async,
        transport((request, out) -> {
          write(out, JSON_HEAD + "Content-Encoding: gzip\r\nContent-Length: " + bomb.length
              + "\r\n\r\n");
          out.write(bomb);
        }).maxResponseBytes(1 << 20));
    assertTrue(e.getMessage().contains("over 1048576 bytes"), e.getMessage());
  }

  // case 8: what a response costs is bounded, not only its bytes

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void manySmallValuesWithinTheByteLimit(boolean async) throws IOException {
    String body = "[" + "{},".repeat(70_000) + "{}]"; // 210 KB, 70,001 values
    Transport transport = transport(RawServer.answering(JSON_HEAD + "Content-Length: "
        + body.length() + "\r\n\r\n" + body)).maxResponseBytes(1 << 20).build();
    AtomicInteger objects = new AtomicInteger();
    ApiRequest<Integer> request = ApiRequest.get("/v1/x").build(json -> {
      json.beginArray();
      while (json.hasNext()) {
        json.beginObject();
        json.endObject();
        objects.incrementAndGet();
      }
      json.endArray();
      return objects.get();
    });
    InvalidResponseException e = async
        ? failsWithinAsync(TIMEOUT, InvalidResponseException.class,
            () -> transport.sendAsync(request))
        : failsWithin(TIMEOUT, InvalidResponseException.class, () -> transport.send(request));
    assertTrue(e.getMessage().contains("Too many values: more than 65552"), e.getMessage());
    assertEquals(65_551, objects.get()); // the array is the first value
  }

  // informational, empty and not-modified answers

  @Test
  void continueBeforeTheAnswerIsSkipped() throws IOException {
    Transport transport = transport(RawServer.answering("HTTP/1.1 100 Continue\r\n\r\n"
        + JSON_HEAD + "Content-Length: 12\r\n\r\n{\"name\":\"x\"}")).build();
    assertEquals("x", transport.send(get()));
  }

  /** Other informational heads before the answer: skipped, or one of the library's exceptions. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"102 Processing", "103 Early Hints\r\nLink: </x>; rel=preload",
      "101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade", "199 Whatever"})
  void informationalHeads(String head) throws IOException {
    answerOrClientException("HTTP/1.1 " + head + "\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 12\r\n");
  }

  @Test
  void noContentForARequestWithoutAnswer() throws IOException {
    Transport transport = transport(RawServer.answering(
        "HTTP/1.1 204 No Content\r\n\r\n")).build();
    assertNull(transport.send(ApiRequest.delete("/v1/x").build()));
  }

  @Test
  void notModifiedIsAnError() throws IOException {
    assertEquals(304, fails(ApiException.class, false, RawServer.answering(
        "HTTP/1.1 304 Not Modified\r\n\r\n")).httpStatus());
  }

  // Retry-After: no value makes the client wait past its bounds

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"99999999999999999999", "999999999999", "-1", "1e9", "0x10",
      "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "\u00ff\u00fe", ""})
  void retryAfterExtremes(String value) throws IOException {
    Transport transport = transport(RawServer.answering("HTTP/1.1 503 Busy\r\nRetry-After: "
        + value + "\r\nContent-Length: 0\r\n\r\n"))
        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)
            .withInitialDelay(Duration.ofMillis(10)).withMaxDelay(Duration.ofMillis(200))
            .withTotalTimeout(TIMEOUT))
        .build();
    ApiException e = failsWithin(TIMEOUT, ApiException.class, () -> transport.send(get()));
    assertEquals(503, e.httpStatus());
    assertTrue(server.requests.size() >= 1 && server.requests.size() <= 3);
  }

  // the request's own input: a null request, lone surrogates

  @Test
  void nullRequestIsRefused() throws IOException {
    Transport transport = transport(RawServer.answering("")).build();
    assertEquals("request", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> transport.send(null)).field());
    assertEquals("request", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> transport.sendAsync(null)).field());
    assertEquals("body", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> ApiRequest.post("/v1/x").body(null)).field());
    assertEquals(0, server.requests.size());
  }

  // case 9

  @ParameterizedTest
  @ValueSource(strings = {"r\uD800", "r\uDC00", "\uDC00\uD800", "r\uD800x"})
  void loneSurrogatesAreRefusedNamingTheField(String text) {
    assertEquals("requestId", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> ApiRequest.post("/v1/spaces").query("requestId", text)).field());
    assertEquals("name", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> ApiRequest.get("/v1/{name}").pathParam("name", "spaces/" + text)).field());
    assertEquals("space.displayName", failsWithin(TIMEOUT, InvalidRequestException.class,
        () -> ApiRequest.post("/v1/spaces").body(json -> json.beginObject().name("space")
            .beginObject().name("displayName").value(text))).field());
  }

  @Test
  void pairedSurrogatesAreFine() {
    assertEquals("requestId=r%F0%9F%98%80",
        ApiRequest.post("/v1/spaces").query("requestId", "r\uD83D\uDE00").build().query());
  }

}
