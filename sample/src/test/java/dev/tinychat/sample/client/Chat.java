package dev.tinychat.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tinychat.auth.Credentials;
import dev.tinychat.http.Transport;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.emulator.ChatEmulator;
import dev.tinychat.sample.emulator.ChatScopes;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The generated {@link SpacesClient} against a real {@link ChatEmulator} on 127.0.0.1, with a
 * sleeper that records the waits between retries instead of sleeping. What the emulator received
 * is read back with Gson, so the assertions share no JSON code with the client.
 */
final class Chat implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");
  static final Pattern SPACE_NAME = Pattern.compile("spaces/[A-Za-z0-9_-]{11}");
  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  /** A person with every user scope. */
  static final String ALICE = "alice-token";
  /** Another person with every user scope. */
  static final String BOB = "bob-token";
  /** Alice again, with a token that may only read spaces. */
  static final String ALICE_READONLY = "alice-readonly-token";
  /** Alice again, with a token that may create spaces but not import them. */
  static final String ALICE_CREATE_ONLY = "alice-create-token";
  /** A Chat app with the administrator-approved app scopes. */
  static final String APP = "app-token";
  /** A customer besides {@link ChatEmulator#MY_CUSTOMER}. */
  static final String CUSTOMER = "customers/C0123abc";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final ChatEmulator emulator;
  /** Every wait the clients asked for, in order. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  Chat() {
    emulator =
        ChatEmulator.builder()
            .user(ALICE, "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user(BOB, "users/bob", ChatScopes.ALL_USER_SCOPES)
            .user(ALICE_READONLY, "users/alice", Set.of(ChatScopes.CHAT_SPACES_READONLY))
            .user(ALICE_CREATE_ONLY, "users/alice", Set.of(ChatScopes.CHAT_SPACES_CREATE))
            .app(APP, "users/app", ChatScopes.ALL_APP_SCOPES)
            .customer(CUSTOMER)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .start();
  }

  /** A client calling the emulator with {@code token}; retries wait on {@link #sleeps}. */
  SpacesClient client(String token) {
    return client(token, transport -> {});
  }

  /** {@link #client(String)} with more transport options. */
  SpacesClient client(String token, Consumer<Transport.Builder> options) {
    return SpacesClient.builder()
        .baseUrl(emulator.baseUrl())
        .credentials(Credentials.ofToken(token))
        .configure(transport -> transport.sleeper(sleeps::add))
        .configure(options)
        .build();
  }

  /** A {@link MembersClient} calling the emulator with {@code token}. */
  MembersClient members(String token) {
    return MembersClient.builder()
        .baseUrl(emulator.baseUrl())
        .credentials(Credentials.ofToken(token))
        .configure(transport -> transport.sleeper(sleeps::add))
        .build();
  }

  /** A {@link MessagesClient} calling the emulator with {@code token}. */
  MessagesClient messages(String token) {
    return MessagesClient.builder()
        .baseUrl(emulator.baseUrl())
        .credentials(Credentials.ofToken(token))
        .configure(transport -> transport.sleeper(sleeps::add))
        .build();
  }

  /** A {@link ReactionsClient} calling the emulator with {@code token}. */
  ReactionsClient reactions(String token) {
    return ReactionsClient.builder()
        .baseUrl(emulator.baseUrl())
        .credentials(Credentials.ofToken(token))
        .configure(transport -> transport.sleeper(sleeps::add))
        .build();
  }

  /**
   * Posts {@code json} to {@code path} (with its query) by plain HTTP as {@code token}, for what
   * no definition sends yet; the answer, which must be 200.
   */
  JsonObject post(String token, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = send(request);
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The one request the emulator received. */
  RecordedRequest onlyRequest() {
    List<RecordedRequest> log = emulator.requestLog();
    assertEquals(1, log.size(), log::toString);
    return log.get(0);
  }

  static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  static JsonElement body(RecordedRequest request) {
    return JsonParser.parseString(request.bodyText());
  }

  /**
   * The members of a space as {@code "ROLE_MANAGER users/alice HUMAN"} or {@code "ROLE_MEMBER
   * groups/eng GROUP"}, with groups, listed by plain HTTP as {@code token}.
   */
  List<String> members(String token, String space) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/v1/" + space + "/members?showGroups=true"))
            .header("Authorization", "Bearer " + token)
            .build();
    HttpResponse<String> response = send(request);
    assertEquals(200, response.statusCode(), response.body());
    List<String> members = new ArrayList<>();
    JsonObject list = JsonParser.parseString(response.body()).getAsJsonObject();
    if (list.has("memberships")) {
      for (JsonElement element : list.getAsJsonArray("memberships")) {
        JsonObject membership = element.getAsJsonObject();
        assertEquals("JOINED", membership.get("state").getAsString());
        String role = membership.get("role").getAsString();
        if (membership.has("member")) {
          JsonObject user = membership.getAsJsonObject("member");
          members.add(
              role + " " + user.get("name").getAsString() + " " + user.get("type").getAsString());
        } else {
          members.add(
              role + " " + membership.getAsJsonObject("groupMember").get("name").getAsString()
                  + " GROUP");
        }
      }
    }
    return members;
  }

  @Override
  public void close() {
    emulator.close();
  }
}
