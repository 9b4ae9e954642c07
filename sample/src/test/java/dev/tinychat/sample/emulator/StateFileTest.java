package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An emulator with a state file keeps everything across restarts. */
class StateFileTest {
  private static final String CARD = "[{\"cardId\":\"c\",\"card\":{\"header\":{\"title\":\"T\"},"
      + "\"sections\":[{\"widgets\":[{\"textParagraph\":{\"text\":\"x\"}}]}]}}]";

  @TempDir Path folder;

  private ChatEmulator start(Path state) {
    return ChatEmulator.builder()
        .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
        .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
        .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
        .stateFile(state)
        .start();
  }

  @Test
  void spacesMembersMessagesReactionsAndPageTokensSurviveARestart() throws IOException {
    Path state = folder.resolve("state.json");
    String team;
    JsonObject space;
    JsonObject message;
    String token;
    try (ChatEmulator emulator = start(state)) {
      Wire wire = new Wire(emulator);
      team = wire.namedSpace("alice", "Team", "users/bob", "users/carol");
      wire.post("alice", "/v1/" + team + "/members",
          "{\"member\":{\"name\":\"users/app\",\"type\":\"BOT\"}}");
      wire.patch("alice", team + "/members/bob?updateMask=role", "{\"role\":\"ROLE_MANAGER\"}");
      String name =
          wire.post("app", "/v1/" + team + "/messages?messageId=client-kept&requestId=r1",
                  "{\"text\":\"hi\",\"cardsV2\":" + CARD + "}")
              .name();
      wire.post("bob", "/v1/" + name + "/reactions", "{\"emoji\":{\"unicode\":\"🙂\"}}");
      space = wire.get("alice", team).json();
      message = wire.get("alice", name).json();
      token = Wire.nextPageToken(wire.get("alice", team + "/members", "?pageSize=2"));
    }
    assertTrue(Files.exists(state));
    assertFalse(Files.exists(folder.resolve("state.json.tmp")), "moved into place");

    try (ChatEmulator emulator = start(state)) {
      Wire wire = new Wire(emulator);
      assertEquals(space, wire.get("alice", team).json());
      assertEquals(message, wire.get("bob", team + "/messages/client-kept", "").json());
      assertEquals(JsonParser.parseString(CARD), message.get("cardsV2"));
      assertEquals(
          List.of("users/alice", "users/bob", "users/carol", "users/app"),
          wire.memberNames("alice", team));
      assertEquals("ROLE_MANAGER", wire.get("alice", team + "/members/bob", "").string("role"));
      assertEquals(
          2,
          Wire.names(wire.get("alice", team + "/members", "?pageSize=2&pageToken=" + token),
                  "memberships")
              .size(),
          "a page token issued before the restart still works");
      assertEquals(
          message.get("name"),
          wire.post("app", "/v1/" + team + "/messages?requestId=r1", "{\"text\":\"again\"}")
              .json()
              .get("name"),
          "request IDs are remembered");
      assertEquals(
          "A space with the display name \"Team\" already exists in the organization; try a"
              + " different space.display_name.",
          wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}")
              .error(409, "ALREADY_EXISTS"));
      String second = wire.namedSpace("alice", "Second");
      assertEquals(
          List.of(team, second), Wire.names(wire.get("alice", "spaces", ""), "spaces"));
    }
  }

  @Test
  void aDeletedSpaceStaysDeleted() {
    Path state = folder.resolve("state.json");
    String team;
    try (ChatEmulator emulator = start(state)) {
      Wire wire = new Wire(emulator);
      team = wire.namedSpace("alice", "Team");
      assertEquals("{}", wire.delete("alice", team).text());
    }

    try (ChatEmulator emulator = start(state)) {
      assertEquals(0, emulator.spaceCount());
      assertEquals(
          "Requested entity was not found.",
          new Wire(emulator).get("alice", team).error(404, "NOT_FOUND"));
    }
  }

  @Test
  void aMissingFileStartsEmptyAndReadsWriteNothing() {
    Path state = folder.resolve("new.json");
    try (ChatEmulator emulator = start(state)) {
      new Wire(emulator).get("alice", "spaces", "");
      assertFalse(Files.exists(state), "nothing changed, nothing written");
    }
  }

  @Test
  void aFileThatIsNotAStateIsRefusedAtStart() throws IOException {
    Path state = folder.resolve("state.json");
    Files.write(state, "{\"spaces\":[]}".getBytes(StandardCharsets.UTF_8));
    IllegalStateException noVersion = assertThrows(IllegalStateException.class, () -> start(state));
    Files.write(state, "not json".getBytes(StandardCharsets.UTF_8));
    IllegalStateException notJson = assertThrows(IllegalStateException.class, () -> start(state));

    assertEquals(
        state.toAbsolutePath() + " is not a state file of the Chat emulator: version null,"
            + " expected 1",
        noVersion.getMessage());
    assertTrue(
        notJson.getMessage().startsWith(
            state.toAbsolutePath() + " is not a state file of the Chat emulator: "),
        notJson.getMessage());
  }
}
