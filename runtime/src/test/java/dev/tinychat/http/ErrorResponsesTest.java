package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.auth.Credentials;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {
  private final TestServer server = TransportTest.newServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiException fail(TestServer.Reply reply) {
    server.then(reply);
    Transport transport = Transport.builder().baseUrl(server.url())
        .credentials(Credentials.ofToken(TransportTest.TOKEN)).retryPolicy(RetryPolicy.none())
        .build();
    return assertThrows(ApiException.class, () -> transport.send(TransportTest.createSpace()));
  }

  @Test
  void googleEnvelopeWithErrorInfoAndDetailsKeptAsSent() {
    String details = "[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
        + "\"reason\":\"DUPLICATE_DISPLAY_NAME\",\"domain\":\"chat.googleapis.com\","
        + "\"metadata\":{\"displayName\":\"Team\",\"n\":3,\"ok\":true,\"x\":null,\"f\":1.5,"
        + "\"list\":[1,\"a\",[]],\"big\":12345678901234567890,\"e\":1.50e3}}]";
    ApiException e = fail(reply(409, "{\"error\": {\"code\": 409,\n"
        + " \"message\": \"Space with this display name already exists.\",\n"
        + " \"status\": \"ALREADY_EXISTS\", \"details\": " + details + "}}"));
    assertEquals("HTTP 409 ALREADY_EXISTS: Space with this display name already exists.",
        e.getMessage());
    assertEquals(409, e.httpStatus());
    assertEquals(ApiStatus.ALREADY_EXISTS, e.status());
    assertEquals("ALREADY_EXISTS", e.statusText());
    assertEquals("Space with this display name already exists.", e.errorMessage());
    assertEquals("DUPLICATE_DISPLAY_NAME", e.reason());
    assertEquals(details, e.details());
  }

  @Test
  void legacyErrorsArrayGivesTheReason() {
    ApiException e = fail(reply(403, "{\"error\":{\"code\":403,"
        + "\"message\":\"Request had insufficient authentication scopes.\","
        + "\"errors\":[{\"message\":\"Insufficient Permission\",\"domain\":\"global\","
        + "\"reason\":\"insufficientPermissions\"},{\"reason\":\"second\"}],"
        + "\"status\":\"PERMISSION_DENIED\"}}"));
    assertEquals("HTTP 403 PERMISSION_DENIED: Request had insufficient authentication scopes.",
        e.getMessage());
    assertEquals(ApiStatus.PERMISSION_DENIED, e.status());
    assertEquals("insufficientPermissions", e.reason());
    assertEquals("", e.details());
  }

  @Test
  void errorInfoReasonWinsOverLegacyAndOtherDetailsAreKept() {
    ApiException e = fail(reply(403, "{\"error\":{\"code\":403,\"message\":\"m\","
        + "\"errors\":[{\"reason\":\"legacy\"}],\"status\":\"PERMISSION_DENIED\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.Help\",\"reason\":\"no\"},"
        + "{\"reason\":\"ACCESS_TOKEN_SCOPE_INSUFFICIENT\","
        + "\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\"}]}}"));
    assertEquals("ACCESS_TOKEN_SCOPE_INSUFFICIENT", e.reason());
    assertEquals("[{\"@type\":\"type.googleapis.com/google.rpc.Help\",\"reason\":\"no\"},"
        + "{\"reason\":\"ACCESS_TOKEN_SCOPE_INSUFFICIENT\","
        + "\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\"}]", e.details());
  }

  @Test
  void envelopeWithoutDetails() {
    ApiException e = fail(reply(404,
        "{\"error\":{\"code\":404,\"message\":\"Space not found.\",\"status\":\"NOT_FOUND\"}}"));
    assertEquals("HTTP 404 NOT_FOUND: Space not found.", e.getMessage());
    assertEquals("", e.details());
    assertNull(e.reason());
  }

  @Test
  void missingStatusIsDerivedFromHttpAndUnknownTextIsUnrecognized() {
    ApiException derived = fail(reply(429, "{\"error\":{\"code\":429,\"message\":\"Quota.\"}}"));
    assertEquals("HTTP 429 RESOURCE_EXHAUSTED: Quota.", derived.getMessage());
    assertEquals(ApiStatus.RESOURCE_EXHAUSTED, derived.status());
    assertEquals("", derived.statusText());
    ApiException unknown = fail(reply(400,
        "{\"error\":{\"message\":\"New.\",\"status\":\"SOMETHING_NEW\"}}"));
    assertEquals("HTTP 400 SOMETHING_NEW: New.", unknown.getMessage());
    assertEquals(ApiStatus.UNRECOGNIZED, unknown.status());
    assertEquals("SOMETHING_NEW", unknown.statusText());
  }

  @Test
  void oauthStyleErrorString() {
    ApiException e = fail(reply(400, "{\"error\":\"invalid_request\",\"x\":[1]}"));
    assertEquals("HTTP 400 INVALID_ARGUMENT: invalid_request", e.getMessage());
    assertEquals("invalid_request", e.errorMessage());
  }

  @Test
  void emptyBody() {
    ApiException e = fail(reply(503, ""));
    assertEquals("HTTP 503 UNAVAILABLE", e.getMessage());
    assertEquals(ApiStatus.UNAVAILABLE, e.status());
    assertEquals("", e.errorMessage());
  }

  @Test
  void htmlGivesAShortSingleLineExcerpt() {
    String html = "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n"
        + "  <title>Error 502 (Server Error)!!1</title>\n\t<p>" + "x".repeat(400) + "</p>";
    ApiException e = fail(reply(502, html, "Content-Type", "text/html"));
    String excerpt = ("<!DOCTYPE html> <html lang=en> <meta charset=utf-8> "
        + "<title>Error 502 (Server Error)!!1</title> <p>" + "x".repeat(400)).substring(0, 200)
        + "...";
    assertEquals(excerpt, e.errorMessage());
    assertEquals("HTTP 502 UNKNOWN: " + excerpt, e.getMessage());
    assertEquals(ApiStatus.UNKNOWN, e.status());
  }

  @Test
  void malformedJsonGivesAnExcerpt() {
    ApiException e = fail(reply(500, "{\"error\": {\"message\": \"cut"));
    assertEquals("HTTP 500 INTERNAL: {\"error\": {\"message\": \"cut", e.getMessage());
  }

  @Test
  void jsonOfAnotherShapeGivesAnExcerpt() {
    assertEquals("HTTP 400 INVALID_ARGUMENT: [\"no\", \"envelope\"]",
        fail(reply(400, "[\"no\",\n \"envelope\"]")).getMessage());
    assertEquals("HTTP 400 INVALID_ARGUMENT: {\"error\": 42}",
        fail(reply(400, "{\"error\": 42}")).getMessage());
  }

  @Test
  void nonUtf8BodyIsReadWithReplacementCharacters() {
    byte[] latin1 = "Fehler: Größe\r\nungültig".getBytes(StandardCharsets.ISO_8859_1);
    ApiException e = fail(reply(500, latin1, "Content-Type", "text/plain; charset=iso-8859-1"));
    assertEquals("HTTP 500 INTERNAL: Fehler: Gr\uFFFD\uFFFDe ung\uFFFDltig", e.getMessage());
  }

  @Test
  void nonUtf8InsideTheEnvelopeFallsBackToTheExcerpt() {
    byte[] body = "{\"error\":{\"message\":\"Gr\u00f6\u00dfe\",\"status\":\"INTERNAL\"}}"
        .getBytes(StandardCharsets.ISO_8859_1);
    ApiException e = fail(reply(500, body));
    assertEquals("HTTP 500 INTERNAL: {\"error\":{\"message\":\"Gr\uFFFD\uFFFDe\","
        + "\"status\":\"INTERNAL\"}}", e.getMessage());
  }

  @Test
  void statusCodesFollowGoogleOrder() {
    assertEquals(0, ApiStatus.OK.code());
    assertEquals(6, ApiStatus.ALREADY_EXISTS.code());
    assertEquals(16, ApiStatus.UNAUTHENTICATED.code());
    assertEquals(-1, ApiStatus.UNRECOGNIZED.code());
    assertEquals(ApiStatus.UNRECOGNIZED, ApiStatus.fromText("UNRECOGNIZED"));
    assertEquals(ApiStatus.UNRECOGNIZED, ApiStatus.fromText(null));
    assertEquals(ApiStatus.DEADLINE_EXCEEDED, ApiStatus.fromHttp(504));
    assertEquals(ApiStatus.OK, ApiStatus.fromHttp(204));
    assertEquals(ApiStatus.UNKNOWN, ApiStatus.fromHttp(418));
  }
}
