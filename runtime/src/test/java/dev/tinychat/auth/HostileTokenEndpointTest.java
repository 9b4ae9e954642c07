package dev.tinychat.auth;

import static dev.tinychat.Hostile.assertNoSecret;
import static dev.tinychat.Hostile.failsWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.RawServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token endpoint that misbehaves on purpose, over raw sockets on loopback: every case ends in a
 * {@link CredentialsException} within the endpoint timeout plus slack (or in a usable token), and
 * no message holds the refresh token, the client secret or the signed assertion, even where the
 * endpoint echoes them.
 */
class HostileTokenEndpointTest {
  static final String CLIENT_SECRET = "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6789";
  static final String REFRESH_TOKEN = "1//hostile-refresh-token-0123456789abcdefghijklmnop";
  static final Duration TIMEOUT = Duration.ofSeconds(2);
  static final String JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";

  @TempDir Path dir;
  private Duration saved;
  private RawServer server;

  /** The first request of a JVM loads the HTTP client: not in a deadline under test. */
  @BeforeAll
  static void warmUp() throws IOException {
    try (RawServer warm = new RawServer(json(200, "{\"access_token\":\"at-warm\"}"))) {
      assertEquals("at-warm", Credentials.refreshToken("c", "s", "r",
          URI.create(warm.url() + "/token")).token().value());
    }
  }

  @BeforeEach
  void shortTimeout() {
    saved = OAuth.timeout;
    OAuth.timeout = TIMEOUT;
  }

  @AfterEach
  void stop() throws IOException {
    OAuth.timeout = saved;
    if (server != null) {
      server.close();
    }
  }

  private Credentials refreshing(RawServer.Script script) throws IOException {
    server = new RawServer(script);
    return Credentials.refreshToken(
        "client-1", CLIENT_SECRET, REFRESH_TOKEN, URI.create(server.url() + "/token"));
  }

  private CredentialsException fails(RawServer.Script script) throws IOException {
    Credentials credentials = refreshing(script);
    CredentialsException e = failsWithin(TIMEOUT, CredentialsException.class, credentials::token);
    assertNoSecret(e, List.of(), CLIENT_SECRET, REFRESH_TOKEN);
    return e;
  }

  private static RawServer.Script json(int status, String body) {
    return RawServer.answering("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  // case 1: the answer's body has a deadline too

  @Test
  void stallAfterTheHeaders() throws IOException {
    CredentialsException e = fails((request, out) -> {
      write(out, JSON_HEAD + "Content-Length: 100\r\n\r\n{\"access_token\":");
      server.stall(30_000);
    });
    assertTrue(e.getMessage().contains("no complete answer within PT2S"), e.getMessage());
  }

  @Test
  void answerOneByteAtATime() throws IOException {
    fails((request, out) -> {
      write(out, JSON_HEAD + "Content-Length: 100000\r\n\r\n{");
      for (int i = 0; i < 150; i++) {
        server.stall(200);
        write(out, " ");
      }
    });
  }

  @Test
  void stallBeforeTheHeaders() throws IOException {
    fails((request, out) -> server.stall(30_000));
  }

  // case 2

  @ParameterizedTest
  @ValueSource(strings = {"12abc", "99999999999999999999", "-5"})
  void malformedContentLength(String length) throws IOException {
    fails(RawServer.answering(JSON_HEAD + "Content-Length: " + length + "\r\n\r\n{}"));
  }

  // case 6: the answer has a size limit

  @Test
  void endlessAnswer() throws IOException {
    CredentialsException e = fails((request, out) -> {
      write(out, JSON_HEAD + "Transfer-Encoding: chunked\r\n\r\n");
      for (int i = 0; i < 600 * 1024; i++) { // up to 600 MiB
        write(out, "400\r\n" + " ".repeat(1024) + "\r\n");
      }
    });
    assertTrue(e.getMessage().contains("an answer over 65536 bytes"), e.getMessage());
  }

  // answers that already failed cleanly: they stay so

  @ParameterizedTest
  @ValueSource(strings = {"deep", "utf8", "html", "redirect", "empty", "array"})
  void otherBrokenAnswers(String kind) throws IOException {
    String deep = "{\"a\":".repeat(100_000);
    fails(switch (kind) {
      case "deep" -> json(200, deep);
      case "utf8" -> RawServer.answering(JSON_HEAD + "Content-Length: 22\r\n\r\n{\"access_token\":\"\u00c3(\"}");
      case "html" -> RawServer.answering("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
          + "Content-Length: 20\r\n\r\n<html>oops</html>\r\n");
      case "redirect" -> RawServer.answering("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/"
          + "\r\nContent-Length: 0\r\n\r\n");
      case "empty" -> RawServer.answering(JSON_HEAD + "Content-Length: 0\r\n\r\n");
      default -> json(200, "[\"access_token\"]");
    });
  }

  // case 4: what the endpoint echoes of the secrets sent is redacted

  @Test
  void errorDescriptionEchoingTheSecrets() throws IOException {
    CredentialsException e = fails(json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
        + "\"Bad refresh_token=" + REFRESH_TOKEN + "&client_secret=" + CLIENT_SECRET + "\"}"));
    assertEquals("invalid_grant", e.error());
    assertTrue(e.getMessage().contains("Bad refresh_token=<redacted>&client_secret=<redacted>"),
        e.getMessage());
  }

  @Test
  void errorCodeEchoingASecret() throws IOException {
    CredentialsException e = fails(json(400, "{\"error\":\"" + REFRESH_TOKEN + "\"}"));
    assertNoSecret(new AssertionError(e.error()), List.of(), REFRESH_TOKEN);
  }

  @Test
  void googleErrorEchoingTheSecrets() throws IOException {
    fails(json(401, "{\"error\":{\"code\":401,\"status\":\"" + CLIENT_SECRET
        + "\",\"message\":\"" + REFRESH_TOKEN + "\"}}"));
  }

  @Test
  void htmlPageEchoingTheSecrets() throws IOException {
    String page = "<html><body>grant_type=refresh_token&refresh_token=" + REFRESH_TOKEN
        + "&client_id=client-1&client_secret=" + CLIENT_SECRET + "</body></html>";
    CredentialsException e = fails(RawServer.answering("HTTP/1.1 500 Oops\r\nContent-Type: "
        + "text/html\r\nContent-Length: " + page.length() + "\r\n\r\n" + page));
    assertTrue(e.getMessage().contains("client_id=client-1"), e.getMessage());
  }

  @Test
  void pageEchoingTheSignedAssertion() throws Exception {
    // the endpoint echoes the form it received, which holds the signed JWT, and its signature
    server = new RawServer((request, out) -> {
      String form = request.substring(request.indexOf("\r\n\r\n") + 4);
      String body = "{\"error\":\"invalid_grant\",\"error_description\":\"got " + form
          + " signed " + form.substring(form.lastIndexOf('.') + 1) + "\"}";
      write(out, "HTTP/1.1 400 Bad\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length() + "\r\n\r\n" + body);
    });
    Path key = ServiceAccountCredentialsTest.writeKeyFile(dir, server.url() + "/token");
    Credentials credentials = Credentials.serviceAccount(key, List.of("scope-1"));
    CredentialsException e = failsWithin(TIMEOUT, CredentialsException.class, credentials::token);
    Matcher assertion = Pattern.compile("assertion=([^&\\s]+)").matcher(server.requests.get(0));
    assertTrue(assertion.find());
    String jwt = assertion.group(1);
    assertNoSecret(e, List.of(), jwt, jwt.substring(jwt.lastIndexOf('.') + 1));
    assertTrue(e.getMessage().contains("(got grant_type=urn"), e.getMessage());
  }

  // case 5: lifetimes out of any range

  @ParameterizedTest
  @ValueSource(strings = {"1e300", "-1e300", "9223372036854775807", "-9223372036854775808",
      "1e-300", "0"})
  void expiresInExtremes(String expiresIn) throws IOException {
    Credentials credentials = refreshing(json(200,
        "{\"access_token\":\"at-1\",\"expires_in\":" + expiresIn + "}"));
    AccessToken token = failsWithinOrReturns(credentials);
    assertEquals("at-1", token.value());
    assertTrue(!token.expiresAt().isBefore(Instant.now().minusSeconds(60))
        && token.expiresAt().isBefore(Instant.parse("5000-01-01T00:00:00Z")), token.toString());
  }

  private static AccessToken failsWithinOrReturns(Credentials credentials) {
    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        TIMEOUT.plus(dev.tinychat.Hostile.SLACK), credentials::token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e300", "-1e300", "9223372036854775807", "-9223372036854775808"})
  void expiresAtInTheTokenFileOutOfRange(String expiresAt) throws Exception {
    server = new RawServer(json(200, "{\"access_token\":\"at-new\",\"expires_in\":3600}"));
    Path secrets = Files.writeString(dir.resolve("client_secrets.json"),
        "{\"installed\":{\"client_id\":\"client-1\",\"client_secret\":\"" + CLIENT_SECRET
            + "\",\"token_uri\":\"" + server.url() + "/token\"}}");
    Path tokens = Files.writeString(dir.resolve("token.json"),
        "{\"access_token\":\"at-saved\",\"expires_at\":" + expiresAt + ",\"refresh_token\":\""
            + REFRESH_TOKEN + "\",\"scope\":\"scope-1\"}");
    Credentials credentials =
        InstalledAppCredentials.builder(secrets, tokens, List.of("scope-1")).build();
    // far future: the saved token is used; far past: it is refreshed
    assertEquals(expiresAt.startsWith("-") ? "at-new" : "at-saved",
        failsWithinOrReturns(credentials).value());
  }
}
