package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** spaces.messages.reactions create, list and delete over raw HTTP. */
class ReactionsTest {
  private ChatEmulator emulator;
  private Wire wire;
  private String message;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .user("carol", "users/carol", ChatScopes.ALL_USER_SCOPES)
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
    String team = wire.namedSpace("alice", "Team", "users/bob");
    message = wire.post("alice", "/v1/" + team + "/messages", "{\"text\":\"hi\"}").name();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Wire.Answer react(String token, String emoji) {
    return wire.post(token, "/v1/" + message + "/reactions", "{\"emoji\":" + emoji + "}");
  }

  /** "users/x emoji" of each reaction listed. */
  private List<String> list(String filter) {
    Wire.Answer answer =
        wire.get(
            "alice",
            message + "/reactions",
            filter.isEmpty() ? "" : "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    assertEquals(200, answer.status(), answer.text());
    List<String> reactions = new ArrayList<>();
    JsonArray items = answer.json().getAsJsonArray("reactions");
    if (items != null) {
      for (var item : items) {
        JsonObject reaction = item.getAsJsonObject();
        JsonObject emoji = reaction.getAsJsonObject("emoji");
        reactions.add(
            reaction.getAsJsonObject("user").get("name").getAsString()
                + " "
                + (emoji.has("unicode")
                    ? emoji.get("unicode").getAsString()
                    : emoji.getAsJsonObject("customEmoji").get("uid").getAsString()));
      }
    }
    return reactions;
  }

  @Test
  void createAnswersTheReactionAndTheMessageSummarisesThem() {
    Wire.Answer smile = react("bob", "{\"unicode\":\"🙂\"}");
    react("alice", "{\"unicode\":\"🙂\"}");
    react("alice", "{\"customEmoji\":{\"uid\":\"party\"}}");

    assertTrue(smile.name().startsWith(message + "/reactions/"), smile.name());
    assertEquals("users/bob", smile.json().getAsJsonObject("user").get("name").getAsString());
    assertEquals("HUMAN", smile.json().getAsJsonObject("user").get("type").getAsString());
    JsonArray summaries = wire.get("alice", message).json().getAsJsonArray("emojiReactionSummaries");
    assertEquals(2, summaries.size());
    assertEquals(2, summaries.get(0).getAsJsonObject().get("reactionCount").getAsInt());
    assertEquals(
        "users/bob already reacted with this emoji to " + message + ".",
        react("bob", "{\"unicode\":\"🙂\"}").error(409, "ALREADY_EXISTS"));
  }

  @Test
  void createRefusesAppsEmptyEmojisAndStrangers() {
    assertTrue(
        react("app", "{\"unicode\":\"x\"}")
            .error(403, "PERMISSION_DENIED")
            .startsWith("This method doesn't support app authentication"));
    assertEquals(
        "reaction.emoji needs emoji.unicode or emoji.custom_emoji.uid.",
        react("bob", "{}").error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid JSON payload received. Oneof field 'content' is already set. Cannot set"
            + " 'customEmoji'",
        react("bob", "{\"unicode\":\"x\",\"customEmoji\":{\"uid\":\"u\"}}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Requested entity was not found.",
        react("carol", "{\"unicode\":\"x\"}").error(404, "NOT_FOUND"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                                                   | users/bob 🙂, users/alice 👍, users/alice 🙂, users/bob party",
        "user.name = \"users/alice\"                                          | users/alice 👍, users/alice 🙂",
        "emoji.unicode = \"🙂\"                                               | users/bob 🙂, users/alice 🙂",
        "emoji.unicode = \"👍\" OR emoji.custom_emoji.uid = \"party\"         | users/alice 👍, users/bob party",
        "(emoji.unicode = \"🙂\" OR emoji.unicode = \"👍\") AND user.name = \"users/alice\" | users/alice 👍, users/alice 🙂",
        "emoji.unicode = \"🙂\" AND user.name = \"users/bob\"                   | users/bob 🙂",
      })
  void listFiltersByEmojiAndUser(String filter, String expected) {
    react("bob", "{\"unicode\":\"🙂\"}");
    react("alice", "{\"unicode\":\"👍\"}");
    react("alice", "{\"unicode\":\"🙂\"}");
    react("bob", "{\"customEmoji\":{\"uid\":\"party\"}}");

    assertEquals(List.of(expected.split(", ")), list(filter));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "emoji.unicode = \"🙂\" AND emoji.unicode = \"👍\"     | Invalid filter: AND joins one group of emoji comparisons with one of the other kind; join comparisons of emoji with OR.",
        "emoji.unicode = \"🙂\" OR user.name = \"users/x\"     | Invalid filter: OR joins emojis or users, not both (character 24).",
        "emoji.unicode != \"🙂\"                              | Invalid filter: reactions are filtered by emoji.unicode, emoji.custom_emoji.uid or user.name with =, but character 1 has emoji.unicode !=.",
      })
  void listRefusesFiltersGoogleRefuses(String filter, String message) {
    assertEquals(
        message,
        wire.get(
                "alice",
                this.message + "/reactions",
                "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8))
            .error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void listPagesUpTo200() {
    for (int i = 0; i < 3; i++) {
      react("bob", "{\"customEmoji\":{\"uid\":\"e" + i + "\"}}");
    }

    Wire.Answer first = wire.get("alice", message + "/reactions", "?pageSize=2");
    Wire.Answer second =
        wire.get("alice", message + "/reactions", "?pageToken=" + Wire.nextPageToken(first));

    assertEquals(2, Wire.names(first, "reactions").size());
    assertEquals(1, Wire.names(second, "reactions").size());
    assertEquals(
        3, Wire.names(wire.get("alice", message + "/reactions", "?pageSize=900"), "reactions")
            .size());
  }

  @Test
  void deleteRemovesOnlyTheCallersOwnReaction() {
    String reaction = react("bob", "{\"unicode\":\"🙂\"}").name();

    assertEquals(
        "users/alice can't delete a reaction of users/bob.",
        wire.delete("alice", reaction).error(403, "PERMISSION_DENIED"));
    assertEquals("{}", wire.delete("bob", reaction).text());
    assertEquals(List.of(), list(""));
    assertEquals(
        "Requested entity was not found.", wire.delete("bob", reaction).error(404, "NOT_FOUND"));
  }
}
