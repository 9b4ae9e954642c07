package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_SPACES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetUpSpaceTest {
  private ChatEmulator emulator;
  private Wire wire;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .app("app", "users/app", Set.of(CHAT_APP_SPACES, CHAT_BOT))
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static String human(String name) {
    return "{\"member\":{\"name\":\"" + name + "\",\"type\":\"HUMAN\"}}";
  }

  private static String humans(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> human("users/u" + i))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void namedSpaceWithPeopleAndAGroupMakesTheCallerManager() {
    Wire.Answer answer =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Launch\"},\"requestId\":\"s-1\","
                + "\"memberships\":["
                + human("users/bob")
                + ","
                + human("users/carol@example.com")
                + ",{\"groupMember\":{\"name\":\"groups/eng\"}}]}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("SPACE", space.get("spaceType").getAsString());
    assertEquals("Launch", space.get("displayName").getAsString());
    assertEquals(
        JsonParser.parseString("{\"joinedDirectHumanUserCount\":3,\"joinedGroupCount\":1}"),
        space.get("membershipCount"));
    JsonArray memberships =
        wire.send("alice", "GET", "/v1/" + answer.name() + "/members?showGroups=true", null)
            .json()
            .getAsJsonArray("memberships");
    assertEquals(
        JsonParser.parseString(
            ("[{\"name\":\"NAME/members/alice\",\"state\":\"JOINED\",\"role\":\"ROLE_MANAGER\","
                    + "\"member\":{\"name\":\"users/alice\",\"type\":\"HUMAN\"},\"createTime\":\"T\"},"
                    + "{\"name\":\"NAME/members/bob\",\"state\":\"JOINED\",\"role\":\"ROLE_MEMBER\","
                    + "\"member\":{\"name\":\"users/bob\",\"type\":\"HUMAN\"},\"createTime\":\"T\"},"
                    + "{\"name\":\"NAME/members/carol@example.com\",\"state\":\"JOINED\","
                    + "\"role\":\"ROLE_MEMBER\",\"member\":{\"name\":\"users/carol@example.com\","
                    + "\"type\":\"HUMAN\"},\"createTime\":\"T\"},"
                    + "{\"name\":\"NAME/members/eng\",\"state\":\"JOINED\",\"role\":\"ROLE_MEMBER\","
                    + "\"groupMember\":{\"name\":\"groups/eng\"},\"createTime\":\"T\"}]")
                .replace("NAME", answer.name())
                .replace("\"T\"", "\"2026-11-22T10:00:00.123456Z\"")),
        memberships);
  }

  @Test
  void membersListLeavesGroupsOutUnlessAsked() {
    String name =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"G\"},\"memberships\":["
                    + "{\"groupMember\":{\"name\":\"groups/eng\"}}]}")
            .name();

    JsonArray memberships =
        wire.send("alice", "GET", "/v1/" + name + "/members", null)
            .json()
            .getAsJsonArray("memberships");

    assertEquals(1, memberships.size());
    assertEquals(List.of("users/alice", "groups/eng"), wire.memberNames("alice", name));
  }

  @Test
  void theListedPeopleCanReadTheSpace() {
    String name =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Shared\"},\"memberships\":["
                    + human("users/bob")
                    + "]}")
            .name();

    assertEquals(200, wire.get("bob", name).status());
  }

  @Test
  void groupChatAddsEveryoneAsMembers() {
    Wire.Answer answer =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"GROUP_CHAT\"},\"memberships\":"
                + "["
                + human("users/bob")
                + ","
                + human("users/carol")
                + "]}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("GROUP_CHAT", space.get("spaceType").getAsString());
    assertEquals("ROOM", space.get("type").getAsString());
    assertEquals("UNTHREADED_MESSAGES", space.get("spaceThreadingState").getAsString());
    assertFalse(space.has("displayName"));
    assertEquals(List.of("ROLE_MEMBER"), roles(answer.name()));
    assertEquals(
        List.of("users/alice", "users/bob", "users/carol"), wire.memberNames("alice", answer.name()));
  }

  @Test
  void directMessageBetweenTwoPeople() {
    Wire.Answer answer =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":false},"
                + "\"memberships\":["
                + human("users/bob")
                + "]}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("DIRECT_MESSAGE", space.get("spaceType").getAsString());
    assertEquals("DM", space.get("type").getAsString());
    assertFalse(space.has("singleUserBotDm"));
    assertFalse(space.has("adminInstalled"));
    assertEquals(List.of("users/alice", "users/bob"), wire.memberNames("alice", answer.name()));
    assertEquals(List.of("ROLE_MEMBER"), roles(answer.name()));
  }

  @Test
  void anExistingDirectMessageIsReturnedFromEitherSide() {
    String dm =
        "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\"},\"memberships\":[" + human("users/bob") + "]}";
    String name = wire.setup("alice", dm).name();

    Wire.Answer again = wire.setup("alice", dm);
    Wire.Answer fromBob =
        wire.setup(
            "bob",
            "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\"},\"memberships\":["
                + human("users/alice")
                + "]}");
    Wire.Answer withCarol =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\"},\"memberships\":["
                + human("users/carol")
                + "]}");

    assertEquals(name, again.name());
    assertEquals(200, fromBob.status(), fromBob.text());
    assertEquals(name, fromBob.name());
    assertNotEquals(name, withCarol.name());
    assertEquals(2, emulator.spaceCount());
  }

  @Test
  void directMessageWithTheCallingAppAddsTheAppAndIsReusedPerUser() {
    String body = "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true}}";

    Wire.Answer answer = wire.setup("alice", body);
    Wire.Answer again = wire.setup("alice", body);
    Wire.Answer bobs = wire.setup("bob", body);

    assertEquals(200, answer.status(), answer.text());
    assertTrue(answer.json().get("singleUserBotDm").getAsBoolean());
    assertEquals(List.of("users/alice", "users/app"), wire.memberNames("alice", answer.name()));
    assertEquals(
        JsonParser.parseString("{\"joinedDirectHumanUserCount\":1}"),
        answer.json().get("membershipCount"));
    assertEquals(answer.name(), again.name());
    assertNotEquals(answer.name(), bobs.name());
    assertEquals(200, wire.get("app", answer.name()).status(), "the app is a member");
  }

  @Test
  void fortyNineMembershipsAreAllowed() {
    Wire.Answer answer =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"GROUP_CHAT\"},\"memberships\":" + humans(49) + "}");

    assertEquals(200, answer.status(), answer.text());
    assertEquals(50, wire.memberNames("alice", answer.name()).size());
  }

  @Test
  void fiftyMembershipsAreTooMany() {
    Wire.Answer answer =
        wire.setup(
            "alice",
            "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Big\"},\"memberships\":"
                + humans(50)
                + "}");

    assertEquals(
        "memberships may list at most 49 members besides the caller, but lists 50.",
        answer.error(400, "INVALID_ARGUMENT"));
    assertEquals("memberships", answer.violatedField());
  }

  @Test
  void anAppCannotSetUpASpace() {
    Wire.Answer answer =
        wire.setup("app", "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"x\"}}");

    assertEquals(
        "This method doesn't support app authentication with a service account. Authenticate"
            + " with a user account.",
        answer.error(403, "PERMISSION_DENIED"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          no space                 | {"memberships":[]} | space.space_type | space.space_type is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.
          named without a name     | {"space":{"spaceType":"SPACE"}} | space.display_name | space.display_name is required for a named space (space_type SPACE).
          named group chat         | {"space":{"spaceType":"GROUP_CHAT","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}},{"member":{"name":"users/c","type":"HUMAN"}}]} | space.display_name | space.display_name must not be set for a group chat (space_type GROUP_CHAT).
          named DM                 | {"space":{"spaceType":"DIRECT_MESSAGE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}}]} | space.display_name | space.display_name must not be set for a direct message (space_type DIRECT_MESSAGE).
          DM with details          | {"space":{"spaceType":"DIRECT_MESSAGE","spaceDetails":{"description":"d"}},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}}]} | space.space_details | space.space_details must not be set for a direct message (space_type DIRECT_MESSAGE).
          bot DM flag on a space   | {"space":{"spaceType":"SPACE","displayName":"x","singleUserBotDm":true}} | space.single_user_bot_dm | space.single_user_bot_dm can be true only for a direct message (space_type DIRECT_MESSAGE).
          import mode              | {"space":{"spaceType":"SPACE","displayName":"x","importMode":true}} | space.import_mode | space.import_mode can't be set in spaces.setup; create import-mode spaces with spaces.create.
          customer                 | {"space":{"spaceType":"SPACE","displayName":"x","customer":"customers/my_customer"}} | space.customer | space.customer can be set only when a Chat app creates a space with app authentication.
          group chat of one        | {"space":{"spaceType":"GROUP_CHAT"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}}]} | memberships | memberships must list at least 2 people besides the caller for a group chat (space_type GROUP_CHAT), but lists 1.
          DM with nobody           | {"space":{"spaceType":"DIRECT_MESSAGE"}} | memberships | memberships must list exactly 1 person for a direct message (space_type DIRECT_MESSAGE), but lists 0.
          DM with two              | {"space":{"spaceType":"DIRECT_MESSAGE"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}},{"member":{"name":"users/c","type":"HUMAN"}}]} | memberships | memberships must list exactly 1 person for a direct message (space_type DIRECT_MESSAGE), but lists 2.
          bot DM with a member     | {"space":{"spaceType":"DIRECT_MESSAGE","singleUserBotDm":true},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}}]} | memberships | memberships must be empty for a direct message with the calling app (space.single_user_bot_dm true), but lists 1.
          name without users/      | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"bob","type":"HUMAN"}}]} | memberships[0].member.name | Missing or malformed user resource name in the request. Human user resource name must follow this format: users/{user}. Field memberships[0].member.name was "bob".
          member without name      | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"type":"HUMAN"}}]} | memberships[0].member.name | Missing or malformed user resource name in the request. Human user resource name must follow this format: users/{user}. Field memberships[0].member.name was null.
          empty membership         | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{}]} | memberships[0].member.name | Missing or malformed user resource name in the request. Human user resource name must follow this format: users/{user}. Field memberships[0].member.name was null.
          nested user name         | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/a/b","type":"HUMAN"}}]} | memberships[0].member.name | Missing or malformed user resource name in the request. Human user resource name must follow this format: users/{user}. Field memberships[0].member.name was "users/a/b".
          a bot                    | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"BOT"}}]} | memberships[0].member.type | memberships[0].member.type must be HUMAN, as spaces.setup adds people only, but was BOT.
          no member type           | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b"}}]} | memberships[0].member.type | memberships[0].member.type must be HUMAN, as spaces.setup adds people only, but was unset.
          unknown member type      | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"ROBOT"}}]} | memberships[0].member.type | Invalid value at 'memberships[0].member.type' (type.googleapis.com/google.chat.v1.User.Type), "ROBOT"
          the app as a person      | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/app","type":"HUMAN"}}]} | memberships[0].member.name | memberships[0].member.name users/app is a Chat app; spaces.setup adds people only.
          the caller listed        | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}},{"member":{"name":"users/alice","type":"HUMAN"}}]} | memberships[1].member.name | memberships[1].member.name users/alice is the caller, who is added automatically and must not be listed.
          a person twice           | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}},{"member":{"name":"users/b","type":"HUMAN"}}]} | memberships[1] | memberships[1] repeats users/b, already listed at memberships[0].
          group in a group chat    | {"space":{"spaceType":"GROUP_CHAT"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"}},{"groupMember":{"name":"groups/eng"}}]} | memberships[1].group_member | memberships[1].group_member: Google groups can be added only to a named space (space_type SPACE).
          malformed group          | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"groupMember":{"name":"eng"}}]} | memberships[0].group_member.name | memberships[0].group_member.name must be groups/{group}, but was "eng".
          member and group         | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":[{"member":{"name":"users/b","type":"HUMAN"},"groupMember":{"name":"groups/eng"}}]} | memberships[0].group_member | Invalid JSON payload received. Oneof field 'member_type' is already set. Cannot set 'groupMember'
          memberships not a list   | {"space":{"spaceType":"SPACE","displayName":"x"},"memberships":{"member":{}}} | memberships | Invalid value at 'memberships' (type.googleapis.com/google.chat.v1.Membership), {...}
          space not an object      | {"space":"SPACE"} | space | Invalid value at 'space' (type.googleapis.com/google.chat.v1.Space), "SPACE"
          """)
  void invalidRequestsAreRejectedNamingTheField(
      String rule, String body, String field, String message) {
    Wire.Answer answer = wire.setup("alice", body);

    assertEquals(message, answer.error(400, "INVALID_ARGUMENT"), rule);
    assertEquals(field, answer.violatedField(), rule);
    assertEquals(0, emulator.spaceCount(), rule);
  }

  @Test
  void aBodyThatIsNotAnObjectIsInvalidJson() {
    assertEquals(
        "Invalid JSON payload received. Expected an object, but the body is \"x\".",
        wire.setup("alice", "\"x\"").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void setupDisplayNamesShareTheOrganizationWithCreate() {
    wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}");

    Wire.Answer answer =
        wire.setup("bob", "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"TEAM\"}}");

    answer.error(409, "ALREADY_EXISTS");
  }

  @Test
  void theRequestIdReturnsTheSameSpaceToItsCallerOnlyAndIsSeparateFromCreates() {
    String body =
        "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Once\"},\"requestId\":\"s-1\"}";
    Wire.Answer first = wire.setup("alice", body);
    Wire.Answer retry = wire.setup("alice", body);
    Wire.Answer bob = wire.setup("bob", body);
    Wire.Answer create =
        wire.create("alice", "s-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Created\"}");

    assertEquals(first.json(), retry.json());
    assertEquals(
        "request_id \"s-1\" was already used by another caller; use a new request ID.",
        bob.error(400, "INVALID_ARGUMENT"));
    assertEquals(200, create.status(), create.text());
    assertEquals(2, emulator.spaceCount());
  }

  private List<String> roles(String spaceName) {
    List<String> roles = new ArrayList<>();
    for (JsonElement membership :
        wire.send("alice", "GET", "/v1/" + spaceName + "/members", null)
            .json()
            .getAsJsonArray("memberships")) {
      String role = membership.getAsJsonObject().get("role").getAsString();
      if (!roles.contains(role)) {
        roles.add(role);
      }
    }
    return roles;
  }
}
