package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** spaces.messages create, get, list, patch, update and delete over raw HTTP. */
class MessagesTest {
  private static final String CARD =
      "[{\"cardId\":\"c1\",\"card\":{\"header\":{\"title\":\"Hi\"},\"sections\":[{\"widgets\":"
          + "[{\"textParagraph\":{\"text\":\"<b>bold</b>\",\"max_lines\":3}},{\"decoratedText\":"
          + "{\"topLabel\":\"n\",\"text\":\"1.5\",\"wrap\":true,\"count\":7,\"ratio\":0.25,"
          + "\"none\":null}}]}]}}]";

  private ChatEmulator emulator;
  private Wire wire;
  /** The clock's instant, moved by tests to order messages. */
  private final AtomicReference<Instant> now = new AtomicReference<>(Wire.NOW);
  /** alice (manager), bob; the app is added. */
  private String team;

  @BeforeEach
  void start() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .user("carol", "users/carol", ChatScopes.ALL_USER_SCOPES)
            .user("bob-readonly", "users/bob", Set.of(ChatScopes.CHAT_MESSAGES_READONLY))
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(clock)
            .start();
    wire = new Wire(emulator);
    team = wire.namedSpace("alice", "Team", "users/bob");
    assertEquals(
        200,
        wire.post(
                "alice",
                "/v1/" + team + "/members",
                "{\"member\":{\"name\":\"users/app\",\"type\":\"BOT\"}}")
            .status());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Wire.Answer send(String token, String query, String body) {
    return wire.post(token, "/v1/" + team + "/messages" + query, body);
  }

  private String tick() {
    return now.updateAndGet(instant -> instant.plusSeconds(1)).toString();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void createAnswersTheMessageWithSenderThreadAndSpace() {
    Wire.Answer answer = send("alice", "", "{\"text\":\"Hello\"}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject message = answer.json();
    String name = message.get("name").getAsString();
    assertTrue(name.matches(team + "/messages/[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{11}"), name);
    assertEquals("Hello", message.get("text").getAsString());
    assertEquals("users/alice", message.getAsJsonObject("sender").get("name").getAsString());
    assertEquals("HUMAN", message.getAsJsonObject("sender").get("type").getAsString());
    assertEquals(Wire.NOW.toString(), message.get("createTime").getAsString());
    assertTrue(
        message.getAsJsonObject("thread").get("name").getAsString().startsWith(team + "/threads/"));
    assertEquals(team, message.getAsJsonObject("space").get("name").getAsString());
    assertEquals(message, wire.get("bob", name).json());
  }

  @Test
  void cardsAreKeptAsSentAndOnlyAppsSendThem() {
    Wire.Answer answer = send("app", "", "{\"text\":\"t\",\"cardsV2\":" + CARD + "}");

    assertEquals(200, answer.status(), answer.text());
    assertEquals(JsonParser.parseString(CARD), answer.json().get("cardsV2"));
    assertEquals(
        JsonParser.parseString(CARD), wire.get("alice", answer.name()).json().get("cardsV2"));
    assertTrue(answer.text().contains("\"count\":7"), "whole numbers stay whole");
    assertEquals(
        "message.cards_v2 can be sent only by a Chat app, with app authentication.",
        send("alice", "", "{\"cardsV2\":" + CARD + "}").error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "A message must have content: message.text, message.cards_v2 or message.attachment.",
        send("alice", "", "{}").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void fallbackTextAndAPrivateViewerAreKeptAsSentAndOnlyAppsNameAViewer() {
    Wire.Answer answer = send("app", "", "{\"cardsV2\":" + CARD + ",\"fallbackText\":\"f\","
        + "\"privateMessageViewer\":{\"name\":\"users/bob\"}}");

    assertEquals(200, answer.status(), answer.text());
    assertEquals("f", answer.json().get("fallbackText").getAsString());
    assertEquals(JsonParser.parseString("{\"name\":\"users/bob\"}"),
        wire.get("alice", answer.name()).json().get("privateMessageViewer"));
    assertEquals(
        "message.private_message_viewer can be sent only by a Chat app, with app authentication.",
        send("alice", "", "{\"text\":\"t\",\"privateMessageViewer\":{\"name\":\"users/bob\"}}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "A message must have content: message.text, message.cards_v2 or message.attachment.",
        send("alice", "", "{\"fallbackText\":\"f\"}").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void aRequestIdReturnsTheSameMessageToItsCallerOnly() {
    Wire.Answer first = send("alice", "?requestId=r1", "{\"text\":\"once\"}");
    Wire.Answer again = send("alice", "?requestId=r1", "{\"text\":\"something else\"}");

    assertEquals(first.json(), again.json());
    assertEquals(1, Wire.names(wire.get("alice", team + "/messages", ""), "messages").size());
    assertEquals(
        "request_id \"r1\" was already used by another caller; use a new request ID.",
        send("bob", "?requestId=r1", "{\"text\":\"x\"}").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void aClientAssignedIdNamesTheMessageAndIsUniqueInItsSpace() {
    Wire.Answer answer = send("app", "?messageId=client-report-1", "{\"text\":\"r\"}");

    assertEquals("client-report-1", answer.string("clientAssignedMessageId"));
    assertEquals(answer.json(), wire.get("alice", team + "/messages/client-report-1", "").json());
    assertEquals(
        "A message with the ID client-report-1 already exists in "
            + team
            + "; message_id must be unique within a space.",
        send("app", "?messageId=client-report-1", "{\"text\":\"r\"}")
            .error(409, "ALREADY_EXISTS"));
    String other = wire.namedSpace("alice", "Other");
    assertEquals(
        200,
        wire.post("alice", "/v1/" + other + "/messages?messageId=client-report-1",
                "{\"text\":\"r\"}")
            .status(),
        "another space may use the same ID");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "report-1",
        "client-Report",
        "client-a_b",
        "client-",
        "client-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void aClientAssignedIdOutsideItsPatternIs400(String id) {
    Wire.Answer answer = send("app", "?messageId=" + id, "{\"text\":\"r\"}");

    assertEquals(
        "message_id must begin with client- and have at most 63 characters, only lowercase"
            + " letters, numbers and hyphens, but was \""
            + id
            + "\".",
        answer.error(400, "INVALID_ARGUMENT"));
    assertEquals("message_id", answer.violatedField());
  }

  @Test
  void repliesJoinAThreadByKeyOrNameWhenTheReplyOptionSaysSo() {
    Wire.Answer root = send("app", "?messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
        "{\"text\":\"root\",\"thread\":{\"threadKey\":\"k1\"}}");
    String thread = root.json().getAsJsonObject("thread").get("name").getAsString();
    Wire.Answer byKey = send("app", "?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
        "{\"text\":\"by key\",\"thread\":{\"threadKey\":\"k1\"}}");
    Wire.Answer byName = send("alice", "?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
        "{\"text\":\"by name\",\"thread\":{\"name\":\"" + thread + "\"}}");
    Wire.Answer ignored = send("app", "", "{\"text\":\"new\",\"thread\":{\"threadKey\":\"k1\"}}");

    assertFalse(root.json().has("threadReply"));
    for (Wire.Answer reply : List.of(byKey, byName)) {
      assertEquals(thread, reply.json().getAsJsonObject("thread").get("name").getAsString());
      assertTrue(reply.json().get("threadReply").getAsBoolean());
    }
    assertNotEquals(
        thread,
        ignored.json().getAsJsonObject("thread").get("name").getAsString(),
        "without a reply option a message starts a new thread");
    assertEquals(
        "Thread with key \"nope\" was not found in "
            + team
            + " (message_reply_option REPLY_MESSAGE_OR_FAIL).",
        send("app", "?messageReplyOption=REPLY_MESSAGE_OR_FAIL&threadKey=nope",
                "{\"text\":\"x\"}")
            .error(404, "NOT_FOUND"));
  }

  @Test
  void messagesAreVisibleToMembersOfTheirSpaceOnly() {
    String name = send("alice", "", "{\"text\":\"secret\"}").name();
    String elsewhere =
        wire.namedSpace("carol", "Carol's") + name.substring(name.indexOf("/messages/"));

    assertEquals("Requested entity was not found.", wire.get("carol", name).error(404, "NOT_FOUND"));
    assertEquals(
        "Requested entity was not found.", wire.get("carol", elsewhere).error(404, "NOT_FOUND"));
    assertEquals(
        "Requested entity was not found.",
        wire.get("carol", team + "/messages", "").error(404, "NOT_FOUND"));
  }

  @Test
  void listPagesInCreateTimeOrderBothWays() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tick();
      names.add(send("alice", "", "{\"text\":\"m" + i + "\"}").name());
    }

    List<String> seen = new ArrayList<>();
    String token = null;
    for (int calls = 0; calls < 10; calls++) {
      Wire.Answer page =
          wire.get(
              "bob-readonly",
              team + "/messages",
              "?pageSize=2&orderBy=" + q("create_time desc")
                  + (token == null ? "" : "&pageToken=" + token));
      seen.addAll(Wire.names(page, "messages"));
      token = Wire.nextPageToken(page);
      if (token == null) {
        break;
      }
    }

    assertEquals(List.of(names.get(4), names.get(3), names.get(2), names.get(1), names.get(0)),
        seen);
    assertEquals(names, Wire.names(wire.get("alice", team + "/messages", ""), "messages"));
    assertEquals(
        "order_by \"name\" is not supported; use create_time ASC or create_time DESC.",
        wire.get("alice", team + "/messages", "?orderBy=name").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void listFiltersByCreateTimeAndThread() {
    tick();
    String early = send("alice", "", "{\"text\":\"early\"}").name();
    String middle = tick();
    Wire.Answer root =
        send("app", "?messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
            "{\"text\":\"root\",\"thread\":{\"threadKey\":\"t\"}}");
    tick();
    String reply =
        send("app", "?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
            "{\"text\":\"reply\",\"thread\":{\"threadKey\":\"t\"}}").name();
    String thread = root.json().getAsJsonObject("thread").get("name").getAsString();

    assertEquals(
        List.of(root.name(), reply),
        Wire.names(
            wire.get("alice", team + "/messages",
                "?filter=" + q("create_time > \"" + Instant.parse(middle).minusMillis(1) + "\"")),
            "messages"));
    assertEquals(
        List.of(early),
        Wire.names(
            wire.get("alice", team + "/messages",
                "?filter=" + q("create_time < \"" + middle + "\"")),
            "messages"));
    assertEquals(
        List.of(reply),
        Wire.names(
            wire.get("alice", team + "/messages",
                "?filter=" + q("thread.name = " + thread + " AND create_time > \"" + middle
                    + "\"")),
            "messages"));
    assertEquals(
        "Invalid filter: messages can be filtered by create_time and thread.name only, but"
            + " character 1 has text.",
        wire.get("alice", team + "/messages", "?filter=" + q("text = \"x\""))
            .error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void listPageSizeIs25ByDefaultAndTokensAreBoundToTheQuery() {
    for (int i = 0; i < 26; i++) {
      send("alice", "", "{\"text\":\"m\"}");
    }

    Wire.Answer first = wire.get("alice", team + "/messages", "");
    assertEquals(25, Wire.names(first, "messages").size());
    String token = Wire.nextPageToken(first);
    assertEquals(
        "Invalid page_token: it was issued for other filter, orderBy or showDeleted values; pass"
            + " the same ones as the call that returned it.",
        wire.get("alice", team + "/messages", "?orderBy=" + q("create_time DESC") + "&pageToken="
                + token)
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        1, Wire.names(wire.get("alice", team + "/messages", "?pageToken=" + token), "messages")
            .size());
  }

  @Test
  void patchAndUpdateChangeTheMaskedFieldsOfTheSendersMessage() {
    String name = send("app", "", "{\"text\":\"v1\",\"cardsV2\":" + CARD + "}").name();
    String later = tick();

    Wire.Answer patched = wire.patch("app", name + "?updateMask=text", "{\"text\":\"v2\"}");
    Wire.Answer updated =
        wire.send("app", "PUT", "/v1/" + name + "?updateMask=cards_v2", "{\"cardsV2\":[]}");

    assertEquals("v2", patched.string("text"));
    assertEquals(later, patched.string("lastUpdateTime"));
    assertEquals(JsonParser.parseString(CARD), patched.json().get("cardsV2"));
    assertEquals(200, updated.status(), updated.text());
    assertFalse(updated.json().has("cardsV2"), "cleared by the mask");
    assertEquals("v2", updated.string("text"));
    assertEquals(
        "users/alice can't update " + name + ": only its sender can.",
        wire.patch("alice", name + "?updateMask=text", "{\"text\":\"x\"}")
            .error(403, "PERMISSION_DENIED"));
    assertEquals(
        "update_mask path \"sender\" is not supported; valid paths: text, attachment, cards,"
            + " cards_v2, accessory_widgets, quoted_message_metadata, or *.",
        wire.patch("app", name + "?updateMask=sender", "{}").error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "update_mask is required: the comma-separated paths to update, e.g. text.",
        wire.patch("app", name, "{\"text\":\"x\"}").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void allowMissingCreatesAMessageWithAClientAssignedIdOnly() {
    Wire.Answer created =
        wire.patch(
            "app",
            team + "/messages/client-upsert?updateMask=text&allowMissing=true",
            "{\"text\":\"made\"}");

    assertEquals(200, created.status(), created.text());
    assertEquals("client-upsert", created.string("clientAssignedMessageId"));
    assertEquals(
        "Requested entity was not found.",
        wire.patch("app", team + "/messages/client-other?updateMask=text", "{\"text\":\"x\"}")
            .error(404, "NOT_FOUND"));
    assertEquals(
        "allow_missing creates a missing message only when its ID is client-assigned"
            + " (client-...), but was \"AAAA.BBBB\".",
        wire.patch("app", team + "/messages/AAAA.BBBB?updateMask=text&allowMissing=true",
                "{\"text\":\"x\"}")
            .error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void deleteAnswersEmptyAndNeedsForceForAThreadWithReplies() {
    Wire.Answer root =
        send("alice", "?messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD",
            "{\"text\":\"root\",\"thread\":{\"threadKey\":\"t\"}}");
    String reply =
        send("alice", "?messageReplyOption=REPLY_MESSAGE_OR_FAIL",
            "{\"text\":\"reply\",\"thread\":{\"threadKey\":\"t\"}}").name();

    assertEquals(
        root.name() + " has 1 threaded replies; delete with force=true to delete them too.",
        wire.delete("alice", root.name()).error(400, "FAILED_PRECONDITION"));
    assertEquals(
        "users/bob can't delete " + root.name() + ": only its sender can.",
        wire.delete("bob", root.name()).error(403, "PERMISSION_DENIED"));
    Wire.Answer deleted = wire.delete("alice", root.name() + "?force=true");

    assertEquals("{}", deleted.text());
    assertEquals("Requested entity was not found.",
        wire.get("alice", reply).error(404, "NOT_FOUND"));
    assertEquals(List.of(), Wire.names(wire.get("alice", team + "/messages", ""), "messages"));
    Wire.Answer tombstones = wire.get("alice", team + "/messages", "?showDeleted=true");
    assertEquals(List.of(root.name(), reply), Wire.names(tombstones, "messages"));
    JsonObject tombstone = tombstones.json().getAsJsonArray("messages").get(0).getAsJsonObject();
    assertFalse(tombstone.has("text"));
    assertEquals(
        "CREATOR", tombstone.getAsJsonObject("deletionMetadata").get("deletionType").getAsString());
    assertNull(Wire.nextPageToken(tombstones));
  }

  @Test
  void concurrentRetriesMakeOneMessageAndOneClientIdWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Wire.Answer>> sameRequest = new ArrayList<>();
      List<Future<Wire.Answer>> sameId = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        sameRequest.add(pool.submit(() -> send("alice", "?requestId=same", "{\"text\":\"a\"}")));
        sameId.add(pool.submit(() -> send("app", "?messageId=client-one", "{\"text\":\"b\"}")));
      }
      Set<String> names = new HashSet<>();
      for (var answer : sameRequest) {
        names.add(answer.get(30, TimeUnit.SECONDS).name());
      }
      int created = 0;
      for (var answer : sameId) {
        Wire.Answer result = answer.get(30, TimeUnit.SECONDS);
        if (result.status() == 200) {
          created++;
        } else {
          result.error(409, "ALREADY_EXISTS");
        }
      }

      assertEquals(1, names.size(), "one message for one request ID");
      assertEquals(1, created, "one message for one client ID");
      assertEquals(2, Wire.names(wire.get("alice", team + "/messages", ""), "messages").size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void scopesPerAuthentication() {
    assertEquals(
        "Request had insufficient authentication scopes.",
        send("bob-readonly", "", "{\"text\":\"x\"}").error(403, "PERMISSION_DENIED"));
    String name = send("alice", "", "{\"text\":\"x\"}").name();
    assertEquals(200, wire.get("bob-readonly", name).status());
  }
}
