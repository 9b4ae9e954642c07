package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolTest {
  private static final String NAMED = "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}";

  private ChatEmulator emulator;
  private Wire wire;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void listensOnLoopbackAtTheBaseUrl() {
    assertEquals("http://127.0.0.1:" + emulator.port(), emulator.baseUrl());
    assertTrue(emulator.port() > 0);
    assertEquals("ChatEmulator[" + emulator.baseUrl() + "]", emulator.toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "PUT, /v1/spaces",
    "DELETE, /v1/spaces",
    "GET, /v1/spaces:setup",
    "POST, /v1/spaces/abc",
    "GET, /v1/spaces%2Fabc",
    "GET, /v1/spaces/abc/messagePins",
    "POST, /v1/spaces/abc/messages:search",
    "GET, /v1/spaces/abc/members/x/y",
    "GET, /v2/spaces",
    "GET, /"
  })
  void unknownMethodsAndPathsAreNotFound(String method, String path) {
    Wire.Answer answer = wire.send("alice", method, path, method.equals("GET") ? null : "{}");

    assertEquals(
        "No method " + method + " " + path + " in the emulated Chat API.",
        answer.error(404, "NOT_FOUND"));
  }

  @Test
  void answersAreJson() {
    Wire.Answer answer = wire.create("alice", NAMED);

    assertEquals("application/json; charset=UTF-8", answer.header("Content-Type"));
  }

  @Test
  void gzipRequestBodiesAreDecoded() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "Bearer alice")
            .header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(NAMED)))
            .build();

    Wire.Answer answer = Wire.send(request);

    assertEquals(200, answer.status(), answer.text());
    assertEquals(NAMED, emulator.requestLog().get(0).bodyText());
    assertEquals("gzip", emulator.requestLog().get(0).header("content-encoding"));
  }

  @Test
  void aBrokenGzipBodyIsInvalidArgument() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "Bearer alice")
            .header("Content-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofString(NAMED))
            .build();

    assertEquals(
        "Invalid gzip request body.", Wire.send(request).error(400, "INVALID_ARGUMENT"));
    assertEquals(0, emulator.spaceCount());
  }

  @Test
  void answersAreGzippedOnlyForAGzipUserAgentThatAcceptsIt() throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "Bearer alice")
            .header("Accept-Encoding", "gzip");

    Wire.Answer plain =
        Wire.send(request.copy().POST(HttpRequest.BodyPublishers.ofString(NAMED)).build());
    Wire.Answer zipped =
        Wire.send(
            request
                .header("User-Agent", "tinychat/1.0 (gzip)")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"spaceType\":\"SPACE\",\"displayName\":\"Zipped\"}"))
                .build());

    assertNull(plain.header("Content-Encoding"));
    assertEquals("Team", plain.string("displayName"));
    assertEquals("gzip", zipped.header("Content-Encoding"));
    String text = gunzip(zipped.response().body());
    assertEquals(
        "Zipped",
        JsonParser.parseString(text).getAsJsonObject().get("displayName").getAsString());
  }

  @Test
  void failNextFailsBeforeProcessingWithRetryAfter() {
    emulator.failNext(2, 503, Duration.ofMillis(2500));

    Wire.Answer first = wire.create("alice", "r-1", NAMED);
    Wire.Answer second = wire.create("alice", "r-1", NAMED);
    Wire.Answer third = wire.create("alice", "r-1", NAMED);

    assertEquals("The service is currently unavailable.", first.error(503, "UNAVAILABLE"));
    assertEquals("3", first.header("Retry-After"));
    second.error(503, "UNAVAILABLE");
    assertEquals(200, third.status(), third.text());
    assertEquals(1, emulator.spaceCount());
  }

  @Test
  void failNextWithoutRetryAfterSendsNone() {
    emulator.failNext(1, 429);

    Wire.Answer answer = wire.create("alice", NAMED);

    assertEquals(
        "Resource has been exhausted (e.g. check quota).",
        answer.error(429, "RESOURCE_EXHAUSTED"));
    assertNull(answer.header("Retry-After"));
    assertEquals(0, emulator.spaceCount());
  }

  @Test
  void failNextAfterProcessingLosesTheAnswerButARetryWithTheRequestIdGetsTheSpace() {
    emulator.failNextAfterProcessing(1, 500);

    Wire.Answer lost = wire.create("alice", "r-1", NAMED);
    Wire.Answer retry = wire.create("alice", "r-1", NAMED);

    assertEquals("Internal error encountered.", lost.error(500, "INTERNAL"));
    assertEquals(200, retry.status(), retry.text());
    assertEquals(1, emulator.spaceCount());
    assertEquals(List.of("users/alice"), wire.memberNames("alice", retry.name()));
  }

  @Test
  void failuresRejectBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> emulator.failNext(1, 200));
    assertThrows(IllegalArgumentException.class, () -> emulator.failNext(-1, 503));
    assertThrows(
        IllegalArgumentException.class, () -> emulator.failNext(1, 503, Duration.ofSeconds(-1)));
  }

  @Test
  void theRequestLogHoldsWhatWasSent() {
    wire.create("alice", "r%2F1", NAMED);
    wire.get("alice", "spaces/none");

    List<RecordedRequest> log = emulator.requestLog();
    assertEquals(2, log.size());
    RecordedRequest create = log.get(0);
    assertEquals("POST", create.method());
    assertEquals("/v1/spaces", create.path());
    assertEquals("requestId=r%2F1", create.query());
    assertEquals("application/json", create.header("Content-Type"));
    assertArrayEquals(NAMED.getBytes(StandardCharsets.UTF_8), create.body());
    assertFalse(create.headers().containsKey("authorization"));
    assertEquals("GET", log.get(1).method());
    assertEquals("/v1/spaces/none", log.get(1).path());
    assertEquals("", log.get(1).query());

    emulator.clearRequestLog();
    assertEquals(List.of(), emulator.requestLog());
  }

  @Test
  void theQueryRequestIdIsPercentDecoded() {
    String first = wire.create("alice", "r%2F1", NAMED).name();
    String second = wire.create("alice", "r/1", NAMED).name();

    assertEquals(first, second);
  }

  @Test
  void defaultsHaveAUserAnAppAndMyCustomer() {
    try (ChatEmulator defaults = ChatEmulator.withDefaults()) {
      Wire other = new Wire(defaults);

      Wire.Answer asUser = other.create(ChatEmulator.DEFAULT_USER_TOKEN, NAMED);
      Wire.Answer asApp =
          other.create(
              ChatEmulator.DEFAULT_APP_TOKEN,
              "{\"spaceType\":\"SPACE\",\"displayName\":\"App\","
                  + "\"customer\":\"customers/my_customer\"}");
      Wire.Answer appDm =
          other.setup(
              ChatEmulator.DEFAULT_USER_TOKEN,
              "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true}}");

      assertEquals(200, asUser.status(), asUser.text());
      assertEquals(
          List.of(ChatEmulator.DEFAULT_USER),
          other.memberNames(ChatEmulator.DEFAULT_USER_TOKEN, asUser.name()));
      assertEquals(200, asApp.status(), asApp.text());
      assertEquals(
          List.of(ChatEmulator.DEFAULT_USER, ChatEmulator.DEFAULT_APP),
          other.memberNames(ChatEmulator.DEFAULT_USER_TOKEN, appDm.name()));
    }
  }

  @Test
  void withoutAnyAppTheDefaultAppIsTheCallingApp() {
    String name =
        wire.setup(
                "alice", "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true}}")
            .name();

    assertEquals(
        List.of("users/alice", ChatEmulator.DEFAULT_APP), wire.memberNames("alice", name));
  }

  @Test
  void theBuilderRejectsBadCallersWithoutSayingTheToken() {
    ChatEmulator.Builder builder =
        ChatEmulator.builder().user("secret-token", "users/alice", Set.of());

    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder.user("secret-token", "users/bob", Set.of()));
    assertEquals(
        "the token of users/bob is already the token of users/alice", duplicate.getMessage());
    assertEquals(
        "name must be users/{user}, but was \"alice\"",
        assertThrows(IllegalArgumentException.class, () -> builder.user("t", "alice", Set.of()))
            .getMessage());
    assertEquals(
        "users/alice can't be both a person and a Chat app",
        assertThrows(
                IllegalArgumentException.class, () -> builder.app("t2", "users/alice", Set.of()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.user(" ", "users/c", Set.of()));
    assertThrows(IllegalArgumentException.class, () -> builder.customer("my_customer"));
    assertThrows(IllegalArgumentException.class, () -> builder.port(65536));
    assertThrows(NullPointerException.class, () -> builder.user(null, "users/c", Set.of()));
  }

  @Test
  void closeStopsServing() {
    ChatEmulator other = ChatEmulator.builder().start();
    String url = other.baseUrl();
    other.close();

    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/spaces")).GET().build();
    assertThrows(java.io.UncheckedIOException.class, () -> Wire.send(request));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
