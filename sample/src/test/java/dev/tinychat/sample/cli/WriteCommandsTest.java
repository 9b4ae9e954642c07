package dev.tinychat.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tinychat.sample.emulator.ChatEmulator;
import dev.tinychat.sample.emulator.ChatScopes;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands of the write methods ({@code spaces delete}, {@code spaces complete-import},
 * {@code members create}/{@code delete}, {@code messages create}/{@code delete}, {@code reactions
 * create}/{@code delete}) end to end against an emulator: what they send, what they print, and
 * their usage errors, which send nothing.
 */
class WriteCommandsTest {
  private static final String CAROL = "carol-token";
  private static final String APP = "app-token";

  private final ChatEmulator emulator =
      ChatEmulator.builder()
          .user(CAROL, "users/carol", ChatScopes.ALL_USER_SCOPES)
          .app(APP, "users/app", ChatScopes.ALL_APP_SCOPES)
          .start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private ToolRun as(String token, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", emulator.baseUrl(), "--token", token));
    if (token.equals(APP)) {
      all.add("--as-app");
    }
    return ToolRun.of(all.toArray(String[]::new));
  }

  private ToolRun carol(String... args) {
    return as(CAROL, args);
  }

  private static JsonObject ok(ToolRun run) {
    assertEquals(0, run.exit(), run::toString);
    return run.json();
  }

  private String space() {
    return ok(carol("setup", "--display-name", "Ops", "--member", "users/dave"))
        .get("name").getAsString();
  }

  private RecordedRequest last() {
    List<RecordedRequest> log = emulator.requestLog();
    return log.get(log.size() - 1);
  }

  private void assertUsageError(ToolRun run, String message) {
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals(List.of("usage error: " + message, "Run with --help for the commands and options."),
        run.err().lines().toList());
  }

  @Test
  void messagesCreateThenReactThenDeleteBoth() {
    String space = space();
    JsonObject sent = ok(carol("messages", "create", space, "--text", "build 42 is green",
        "--message-id", "client-build-42", "--request-id", "r-1", "--thread-key", "deploy",
        "--message-reply-option", "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"));
    assertEquals("build 42 is green", sent.get("text").getAsString());
    assertEquals("client-build-42", sent.get("clientAssignedMessageId").getAsString());
    RecordedRequest create = last();
    assertEquals("POST /v1/" + space + "/messages", create.method() + " " + create.path());
    assertEquals("requestId=r-1&messageId=client-build-42"
        + "&messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD", create.query());
    assertEquals(JsonParser.parseString("{\"text\":\"build 42 is green\","
        + "\"thread\":{\"threadKey\":\"deploy\"}}"), JsonParser.parseString(create.bodyText()));
    assertEquals(sent, ok(carol("messages", "create", space, "--text", "build 42 is green",
        "--request-id", "r-1")), "the same request ID: the same message");

    String message = space + "/messages/client-build-42";
    JsonObject reaction = ok(carol("reactions", "create", message, "--emoji", "\ud83d\ude42"));
    String name = reaction.get("name").getAsString();
    assertEquals("\ud83d\ude42", reaction.getAsJsonObject("emoji").get("unicode").getAsString());
    ToolRun deleted = carol("reactions", "delete", name);
    assertEquals(0, deleted.exit(), deleted::toString);
    assertEquals("{}\n", deleted.out());
    assertEquals("DELETE /v1/" + name, last().method() + " " + last().path());

    assertEquals("{}\n", carol("messages", "delete", message, "--force").out());
    assertEquals("force=true", last().query());
    ToolRun gone = carol("messages", "get", message);
    assertEquals(1, gone.exit(), gone::toString);
    assertEquals(List.of("error: HTTP 404 NOT_FOUND: Requested entity was not found."),
        gone.err().lines().toList());
  }

  @Test
  void messagesCreateWithCardsAsAnApp() {
    String space = space();
    ok(carol("members", "create", space, "--app"));
    String card = "{\"cardId\":\"c1\",\"card\":{\"header\":{\"title\":\"Build 42\"}}}";
    JsonObject sent = ok(as(APP, "messages", "create", space, "--cards", "[" + card + "]",
        "--fallback-text", "Build 42", "--text", "see the card"));
    assertEquals(JsonParser.parseString("[" + card + "]"), sent.get("cardsV2"));
    assertEquals("users/app", sent.getAsJsonObject("sender").get("name").getAsString());
    assertEquals(JsonParser.parseString("{\"text\":\"see the card\",\"fallbackText\":\"Build 42\","
        + "\"cardsV2\":[" + card + "]}"), JsonParser.parseString(last().bodyText()));
  }

  @Test
  void membersCreateAndDelete() {
    String space = space();
    JsonObject erin = ok(carol("members", "create", space, "--member", "users/erin"));
    assertEquals(space + "/members/erin", erin.get("name").getAsString());
    assertEquals(JsonParser.parseString("{\"member\":{\"name\":\"users/erin\",\"type\":\"HUMAN\"}}"),
        JsonParser.parseString(last().bodyText()));
    JsonObject group = ok(carol("members", "create", space, "--group", "groups/eng"));
    assertEquals("groups/eng", group.getAsJsonObject("groupMember").get("name").getAsString());
    JsonObject app = ok(carol("members", "create", space, "--app"));
    assertEquals("BOT", app.getAsJsonObject("member").get("type").getAsString());

    JsonObject removed = ok(carol("members", "delete", space + "/members/erin"));
    assertEquals("users/erin", removed.getAsJsonObject("member").get("name").getAsString());
    assertEquals("DELETE /v1/" + space + "/members/erin", last().method() + " " + last().path());
    ToolRun again = carol("members", "delete", space + "/members/erin");
    assertEquals(1, again.exit(), again::toString);

    ToolRun admin = carol("members", "create", space, "--member", "users/fay",
        "--use-admin-access");
    assertEquals(1, admin.exit(), admin::toString);
    assertEquals("useAdminAccess=true", last().query());
  }

  @Test
  void spacesCompleteImportAndDelete() {
    String imported = ok(carol("create", "--display-name", "Archive", "--import"))
        .get("name").getAsString();
    JsonObject done = ok(carol("spaces", "complete-import", imported));
    assertEquals(imported, done.getAsJsonObject("space").get("name").getAsString());
    assertEquals("POST /v1/" + imported + ":completeImport", last().method() + " " + last().path());

    String space = space();
    ToolRun deleted = carol("spaces", "delete", space);
    assertEquals(0, deleted.exit(), deleted::toString);
    assertEquals("{}\n", deleted.out());
    assertFalse(deleted.out().contains("Space URL"), deleted.out());
    assertEquals(1, carol("get", space).exit(), "deleted");
    assertEquals(1, carol("members", space).exit(), "its members went with it");
  }

  @Test
  void commandLineMistakesOfWriteCommandsSendNothing() {
    String space = space();
    emulator.clearRequestLog();
    assertUsageError(carol("members", "create", space),
        "members create needs one of --member USER, --group GROUP, --app");
    assertUsageError(carol("members", "create", space, "--member", "users/a", "--app"),
        "members create needs one of --member USER, --group GROUP, --app; got --member and --app");
    assertUsageError(carol("members", "create", space, "--app", "--use-admin-access"),
        "--app does not go with --use-admin-access");
    assertUsageError(carol("reactions", "create", space + "/messages/m"),
        "reactions create needs --emoji EMOJI");
    assertUsageError(carol("reactions", "create", space + "/messages/m", "--emoji", "x",
        "--as-app"), "reactions create takes user authentication only; leave out --as-app");
    assertUsageError(carol("messages", "create", space, "--cards", "{\"card\":{}}"),
        "--cards: expected a JSON array of card objects, [{\"cardId\": ..., \"card\": {...}}]");
    assertUsageError(carol("messages", "create", space, "--cards", "[{"),
        "--cards: not JSON: " + errorOf("[{"));
    assertUsageError(carol("messages", "create", space, "--text", "x", "--fallback-text", "y"),
        "--fallback-text goes with --cards");
    assertUsageError(carol("messages", "create", space, "--text", "x",
            "--message-reply-option", "REPLY"),
        "--message-reply-option: expected one of MESSAGE_REPLY_OPTION_UNSPECIFIED,"
            + " REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD, REPLY_MESSAGE_OR_FAIL, got \"REPLY\"");
    ToolRun noText = carol("messages", "create", space);
    assertEquals(2, noText.exit(), noText::toString);
    assertTrue(noText.err().startsWith("usage error: ") && noText.err().contains("message.text"),
        noText.err());
    assertUsageError(carol("messages", "delete", space + "/messages/m", "--use-admin-access"),
        "--use-admin-access belongs to spaces search, members list, members get, spaces patch,"
            + " members patch, spaces delete, members create, members delete, not messages delete");
    assertUsageError(carol("spaces", "delete", space + "/messages/m"),
        "name: must match spaces/*, got \"" + space + "/messages/m\"");
    assertEquals(List.of(), emulator.requestLog());
  }

  private static String errorOf(String json) {
    try {
      dev.tinychat.json.JsonValue.parse(json);
      throw new AssertionError("parsed " + json);
    } catch (dev.tinychat.json.JsonException e) {
      return e.getMessage();
    }
  }
}
