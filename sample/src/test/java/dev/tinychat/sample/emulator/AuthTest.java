package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_READONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private static final String NAMED = "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}";
  private static final String GUIDANCE =
      " Expected OAuth 2 access token, login cookie or other valid authentication credential. See"
          + " https://developers.google.com/identity/sign-in/web/devconsole-project.";

  private ChatEmulator emulator;
  private Wire wire;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice-create", "users/alice", Set.of(CHAT_SPACES_CREATE))
            .user("alice-spaces", "users/alice", Set.of(CHAT_SPACES))
            .user("alice-read", "users/alice", Set.of(CHAT_SPACES_READONLY))
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .app("app-bot-only", "users/app", Set.of(CHAT_BOT))
            .app("app-create", "users/app", Set.of(CHAT_APP_SPACES_CREATE))
            .start();
    wire = new Wire(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void noCredentialsIsUnauthenticated() {
    Wire.Answer answer = wire.create(null, NAMED);

    assertEquals(
        "Request is missing required authentication credential." + GUIDANCE,
        answer.error(401, "UNAUTHENTICATED"));
    assertEquals(
        "CREDENTIALS_MISSING", errorInfo(answer).get("reason").getAsString());
    assertEquals("Bearer realm=\"https://accounts.google.com/\"", answer.header("WWW-Authenticate"));
  }

  @Test
  void anUnknownTokenIsInvalidCredentials() {
    Wire.Answer answer = wire.create("stolen", NAMED);

    assertEquals(
        "Request had invalid authentication credentials." + GUIDANCE,
        answer.error(401, "UNAUTHENTICATED"));
    assertEquals(
        "ACCESS_TOKEN_TYPE_UNSUPPORTED", errorInfo(answer).get("reason").getAsString());
  }

  @Test
  void aTokenOutsideTheBearerSchemeIsInvalidCredentials() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "Basic alice-create")
            .POST(HttpRequest.BodyPublishers.ofString(NAMED))
            .build();

    Wire.send(request).error(401, "UNAUTHENTICATED");
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces"))
            .header("Authorization", "bearer alice-create")
            .POST(HttpRequest.BodyPublishers.ofString(NAMED))
            .build();

    assertEquals(200, Wire.send(request).status());
  }

  @Test
  void aUserTokenWithoutACreateScopeIsInsufficientScopes() {
    Wire.Answer answer = wire.create("alice-read", NAMED);

    assertEquals(
        "Request had insufficient authentication scopes.", answer.error(403, "PERMISSION_DENIED"));
    assertEquals(
        JsonParser.parseString(
            "{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
                + "\"reason\":\"ACCESS_TOKEN_SCOPE_INSUFFICIENT\",\"domain\":\"googleapis.com\","
                + "\"metadata\":{\"service\":\"chat.googleapis.com\","
                + "\"method\":\"google.chat.v1.ChatService.CreateSpace\"}}"),
        errorInfo(answer));
    assertEquals(
        "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\","
            + " scope=\"https://www.googleapis.com/auth/chat.spaces.create"
            + " https://www.googleapis.com/auth/chat.spaces"
            + " https://www.googleapis.com/auth/chat.import\"",
        answer.header("WWW-Authenticate"));
  }

  @Test
  void eitherUserScopeCreates() {
    assertEquals(200, wire.create("alice-create", NAMED).status());
    assertEquals(
        200,
        wire.create("alice-spaces", "{\"spaceType\":\"SPACE\",\"displayName\":\"Two\"}").status());
  }

  @Test
  void anAppTokenWithoutAnAppSpacesScopeIsInsufficientScopes() {
    Wire.Answer answer =
        wire.create(
            "app-bot-only",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"x\",\"customer\":\"customers/my_customer\"}");

    answer.error(403, "PERMISSION_DENIED");
    assertEquals("ACCESS_TOKEN_SCOPE_INSUFFICIENT", errorInfo(answer).get("reason").getAsString());
  }

  @Test
  void setupNeedsACreateScope() {
    Wire.Answer answer =
        wire.setup("alice-read", "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"x\"}}");

    answer.error(403, "PERMISSION_DENIED");
    assertEquals(
        "google.chat.v1.ChatService.SetUpSpace",
        errorInfo(answer).getAsJsonObject("metadata").get("method").getAsString());
  }

  @Test
  void getNeedsAReadScopeAndMembersListAMembershipsScope() {
    String name = wire.create("alice-create", NAMED).name();

    wire.get("alice-create", name).error(403, "PERMISSION_DENIED");
    assertEquals(200, wire.get("alice-read", name).status());
    assertEquals(200, wire.get("alice-spaces", name).status());
    wire.send("alice-read", "GET", "/v1/" + name + "/members", null)
        .error(403, "PERMISSION_DENIED");
  }

  @Test
  void spacesTheCallerIsNotInAreNotFound() {
    String name = wire.create("alice-create", NAMED).name();

    assertEquals(
        "Requested entity was not found.", wire.get("bob", name).error(404, "NOT_FOUND"));
    wire.send("bob", "GET", "/v1/" + name + "/members", null).error(404, "NOT_FOUND");
    wire.get("bob", "spaces/AAAAAAAAAAA").error(404, "NOT_FOUND");
    wire.get("app-bot-only", name).error(404, "NOT_FOUND");
  }

  @Test
  void theRequestLogNeverHoldsTheToken() {
    wire.create("alice-create", NAMED);

    RecordedRequest recorded = emulator.requestLog().get(0);
    assertEquals(null, recorded.header("Authorization"));
    recorded
        .headers()
        .forEach((name, values) -> assertFalse(values.toString().contains("alice-create"), name));
  }

  private static JsonObject errorInfo(Wire.Answer answer) {
    return answer
        .json()
        .getAsJsonObject("error")
        .getAsJsonArray("details")
        .get(0)
        .getAsJsonObject();
  }
}
