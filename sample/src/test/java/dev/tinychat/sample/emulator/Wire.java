package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTTP against an emulator with JSON strings, and answers read with Gson: the tests share no
 * JSON code with the emulator.
 */
final class Wire {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** An answer: status, body text, and the body as JSON when it is an object. */
  record Answer(int status, String text, HttpResponse<byte[]> response) {
    JsonObject json() {
      return JsonParser.parseString(text).getAsJsonObject();
    }

    /** {@code error.message}, after checking the status and Google's canonical status name. */
    String error(int expectedStatus, String expectedName) {
      assertEquals(expectedStatus, status, text);
      JsonObject error = json().getAsJsonObject("error");
      assertEquals(expectedStatus, error.get("code").getAsInt(), text);
      assertEquals(expectedName, error.get("status").getAsString(), text);
      return error.get("message").getAsString();
    }

    /** {@code fieldViolations[0].field} of the BadRequest detail. */
    String violatedField() {
      for (JsonElement detail : json().getAsJsonObject("error").getAsJsonArray("details")) {
        JsonObject object = detail.getAsJsonObject();
        if (object.get("@type").getAsString().equals("type.googleapis.com/google.rpc.BadRequest")) {
          return object
              .getAsJsonArray("fieldViolations")
              .get(0)
              .getAsJsonObject()
              .get("field")
              .getAsString();
        }
      }
      throw new AssertionError("no BadRequest detail in " + text);
    }

    String string(String field) {
      return json().get(field).getAsString();
    }

    String name() {
      return string("name");
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  private final ChatEmulator emulator;

  /** Google's Java client on the emulator, calling with a bearer token. */
  static HangoutsChat google(ChatEmulator emulator, String token) {
    return new HangoutsChat.Builder(
            new NetHttpTransport(),
            GsonFactory.getDefaultInstance(),
            request -> request.getHeaders().setAuthorization("Bearer " + token))
        .setRootUrl(emulator.baseUrl() + "/")
        .setApplicationName("tinychat-emulator-test")
        .build();
  }

  Wire(ChatEmulator emulator) {
    this.emulator = emulator;
  }

  Answer create(String token, String body) {
    return post(token, "/v1/spaces", body);
  }

  Answer create(String token, String requestId, String body) {
    return post(token, "/v1/spaces?requestId=" + requestId, body);
  }

  Answer setup(String token, String body) {
    return post(token, "/v1/spaces:setup", body);
  }

  Answer get(String token, String spaceName) {
    return send(token, "GET", "/v1/" + spaceName, null);
  }

  /** The member names of a space, with groups, in order. */
  List<String> memberNames(String token, String spaceName) {
    Answer answer = send(token, "GET", "/v1/" + spaceName + "/members?showGroups=true", null);
    assertEquals(200, answer.status(), answer.text());
    List<String> names = new ArrayList<>();
    JsonArray memberships = answer.json().getAsJsonArray("memberships");
    if (memberships != null) {
      for (JsonElement membership : memberships) {
        JsonObject object = membership.getAsJsonObject();
        JsonObject member =
            object.has("member")
                ? object.getAsJsonObject("member")
                : object.getAsJsonObject("groupMember");
        names.add(member.get("name").getAsString());
      }
    }
    return names;
  }

  /** A named space set up by {@code token}'s caller with these people as members; its name. */
  String namedSpace(String token, String displayName, String... people) {
    StringBuilder memberships = new StringBuilder();
    for (String person : people) {
      memberships.append(memberships.length() == 0 ? "" : ",")
          .append("{\"member\":{\"name\":\"").append(person)
          .append("\",\"type\":\"HUMAN\"}}");
    }
    Answer answer =
        setup(
            token,
            "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"" + displayName
                + "\"},\"memberships\":[" + memberships + "]}");
    assertEquals(200, answer.status(), answer.text());
    return answer.name();
  }

  Answer get(String token, String path, String query) {
    return send(token, "GET", "/v1/" + path + query, null);
  }

  Answer patch(String token, String path, String body) {
    return send(token, "PATCH", "/v1/" + path, body);
  }

  Answer delete(String token, String path) {
    return send(token, "DELETE", "/v1/" + path, null);
  }

  /** The {@code name} of each element of the list {@code field} of a 200 answer, in order. */
  static List<String> names(Answer answer, String field) {
    assertEquals(200, answer.status(), answer.text());
    List<String> names = new ArrayList<>();
    JsonArray items = answer.json().getAsJsonArray(field);
    if (items != null) {
      for (JsonElement item : items) {
        names.add(item.getAsJsonObject().get("name").getAsString());
      }
    }
    return names;
  }

  /** {@code nextPageToken} of a 200 answer, or null. */
  static String nextPageToken(Answer answer) {
    assertEquals(200, answer.status(), answer.text());
    JsonElement token = answer.json().get("nextPageToken");
    return token == null ? null : token.getAsString();
  }

  Answer post(String token, String path, String body) {
    return send(token, "POST", path, body);
  }

  Answer send(String token, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(request.build());
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
