package dev.tinychat.sample.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The update commands ({@code spaces patch}, {@code members patch}, {@code messages patch} and
 * {@code update}) against an emulator: the mask sent is made from the flags given, and a mix
 * Google refuses is refused before sending.
 */
class UpdateCommandsTest {
  private static final String CAROL = "carol-token";

  private final ChatEmulator emulator =
      ChatEmulator.builder().user(CAROL, "users/carol", ChatScopes.ALL_USER_SCOPES).start();
  private final String space;

  UpdateCommandsTest() {
    ToolRun setup = carol("setup", "--display-name", "Team", "--member", "users/dave");
    assertEquals(0, setup.exit(), setup::toString);
    space = setup.json().get("name").getAsString();
    emulator.clearRequestLog();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private ToolRun carol(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--endpoint", emulator.baseUrl(), "--token", CAROL));
    return ToolRun.of(all.toArray(String[]::new));
  }

  private RecordedRequest only() {
    List<RecordedRequest> log = emulator.requestLog();
    assertEquals(1, log.size(), log::toString);
    return log.get(0);
  }

  @Test
  void spacesPatchSendsTheMaskOfTheFlagsGiven() {
    ToolRun run = carol("spaces", "patch", space, "--display-name", "Ops", "--description", "On call");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("Ops", run.json().get("displayName").getAsString());
    RecordedRequest request = only();
    assertEquals("PATCH updateMask=display_name%2Cspace_details", request.method() + " " + request.query());
    assertEquals(JsonParser.parseString("{\"displayName\":\"Ops\",\"spaceDetails\":{\"description\":\"On call\"}}"),
        JsonParser.parseString(request.bodyText()));
  }

  @Test
  void spacesPatchHistoryGoesAlone() {
    ToolRun run = carol("spaces", "patch", space, "--history", "on");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("HISTORY_ON", run.json().get("spaceHistoryState").getAsString());
    assertEquals("updateMask=space_history_state", only().query());
    emulator.clearRequestLog();

    ToolRun mixed = carol("spaces", "patch", space, "--history", "off", "--display-name", "Ops");
    assertEquals(2, mixed.exit(), mixed::toString);
    assertTrue(mixed.err().contains("--history goes alone (Google takes it only alone); leave out --display-name"),
        mixed::toString);
    assertTrue(emulator.requestLog().isEmpty());
  }

  @Test
  void spacesPatchWithNothingToChangeIsAUsageError() {
    ToolRun run = carol("spaces", "patch", space);
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("spaces patch needs what to change"), run::toString);
    assertTrue(emulator.requestLog().isEmpty());
  }

  @Test
  void membersPatchChangesTheRole() {
    ToolRun run = carol("members", "patch", space + "/members/dave", "--role", "manager");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("ROLE_MANAGER", run.json().get("role").getAsString());
    assertEquals("updateMask=role", only().query());
  }

  @Test
  void messagesPatchAndUpdateChangeTheText() {
    ToolRun created = carol("messages", "patch", space + "/messages/client-one", "--text", "hi",
        "--allow-missing");
    assertEquals(0, created.exit(), created::toString);
    ToolRun put = carol("messages", "update", space + "/messages/client-one", "--text", "edited");
    assertEquals(0, put.exit(), put::toString);
    JsonObject message = put.json();
    assertEquals("edited", message.get("text").getAsString());
    RecordedRequest last = emulator.requestLog().get(emulator.requestLog().size() - 1);
    assertEquals("PUT updateMask=text", last.method() + " " + last.query());

    ToolRun noText = carol("messages", "patch", space + "/messages/client-one");
    assertEquals(2, noText.exit(), noText::toString);
    assertTrue(noText.err().contains("messages patch needs --text TEXT"), noText::toString);
  }
}
