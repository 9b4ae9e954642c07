package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_IMPORT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MEMBERSHIPS_READONLY;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_READONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateSpaceTest {
  private ChatEmulator emulator;
  private Wire wire;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user(
                "alice",
                "users/alice",
                Set.of(CHAT_SPACES_CREATE, CHAT_SPACES_READONLY, CHAT_MEMBERSHIPS_READONLY))
            .user("alice-import", "users/alice", Set.of(CHAT_IMPORT))
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .app("app", "users/app", Set.of(CHAT_APP_SPACES_CREATE, CHAT_BOT))
            .customer("customers/C0123")
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void namedSpaceAsUserFillsTheServerFieldsAndIgnoresNameAndUnknownFields() {
    Wire.Answer answer =
        wire.create(
            "alice",
            "{\"name\":\"spaces/mine\",\"spaceType\":\"SPACE\",\"displayName\":\"Team\","
                + "\"spaceDetails\":{\"description\":\"About\",\"guidelines\":\"Be kind\"},"
                + "\"externalUserAllowed\":true,\"accessSettings\":{\"audience\":\"audiences/default\"},"
                + "\"futureField\":{\"x\":[1,2]}}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    String name = space.get("name").getAsString();
    assertTrue(name.matches("spaces/[A-Za-z0-9_-]{11}"), name);
    assertNotEquals("spaces/mine", name);
    String id = name.substring("spaces/".length());
    assertEquals("ROOM", space.get("type").getAsString());
    assertEquals("SPACE", space.get("spaceType").getAsString());
    assertEquals("Team", space.get("displayName").getAsString());
    assertTrue(space.get("externalUserAllowed").getAsBoolean());
    assertEquals("THREADED_MESSAGES", space.get("spaceThreadingState").getAsString());
    assertEquals(
        JsonParser.parseString("{\"description\":\"About\",\"guidelines\":\"Be kind\"}"),
        space.get("spaceDetails"));
    assertEquals("HISTORY_ON", space.get("spaceHistoryState").getAsString());
    assertEquals("2026-11-22T10:00:00.123456Z", space.get("createTime").getAsString());
    assertEquals("2026-11-22T10:00:00.123456Z", space.get("lastActiveTime").getAsString());
    assertEquals(
        JsonParser.parseString("{\"joinedDirectHumanUserCount\":1}"),
        space.get("membershipCount"));
    assertEquals(
        JsonParser.parseString(
            "{\"accessState\":\"DISCOVERABLE\",\"audience\":\"audiences/default\"}"),
        space.get("accessSettings"));
    assertEquals(
        "https://chat.google.com/room/" + id + "?cls=11", space.get("spaceUri").getAsString());
    for (String absent :
        List.of("importMode", "importModeExpireTime", "customer", "singleUserBotDm", "adminInstalled",
            "predefinedPermissionSettings")) {
      assertFalse(space.has(absent), absent + " in " + answer.text());
    }
  }

  @Test
  void privateSpaceWithoutAudienceAndHistoryAsSent() {
    JsonObject space =
        wire.create(
                "alice",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"Quiet\","
                    + "\"spaceHistoryState\":\"HISTORY_OFF\"}")
            .json();

    assertEquals(
        JsonParser.parseString("{\"accessState\":\"PRIVATE\"}"), space.get("accessSettings"));
    assertEquals("HISTORY_OFF", space.get("spaceHistoryState").getAsString());
  }

  @Test
  void theCallingUserIsTheOnlyMemberAndAManager() {
    String name = wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}").name();

    Wire.Answer members = wire.send("alice", "GET", "/v1/" + name + "/members", null);

    assertEquals(200, members.status(), members.text());
    assertEquals(
        JsonParser.parseString(
            "{\"memberships\":[{\"name\":\""
                + name
                + "/members/alice\",\"state\":\"JOINED\",\"role\":\"ROLE_MANAGER\","
                + "\"member\":{\"name\":\"users/alice\",\"type\":\"HUMAN\"},"
                + "\"createTime\":\"2026-11-22T10:00:00.123456Z\"}]}"),
        members.json());
  }

  @Test
  void appCreatesForACustomerAndBecomesAMemberButNotAManager() {
    Wire.Answer answer =
        wire.create(
            "app",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Bot space\",\"customer\":\"customers/C0123\","
                + "\"permissionSettings\":{\"manageApps\":{\"managersAllowed\":true}}}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("customers/C0123", space.get("customer").getAsString());
    assertEquals(JsonParser.parseString("{}"), space.get("membershipCount"));
    assertEquals(
        JsonParser.parseString("{\"managersAllowed\":true}"),
        space.getAsJsonObject("permissionSettings").get("manageApps"));
    assertEquals(List.of("users/app"), wire.memberNames("app", answer.name()));
    JsonObject membership =
        wire.send("app", "GET", "/v1/" + answer.name() + "/members", null)
            .json()
            .getAsJsonArray("memberships")
            .get(0)
            .getAsJsonObject();
    assertEquals("ROLE_MEMBER", membership.get("role").getAsString());
    assertEquals("BOT", membership.getAsJsonObject("member").get("type").getAsString());
    assertEquals(404, wire.get("alice", answer.name()).status(), "alice is not a member");
  }

  @Test
  void myCustomerIsAlwaysKnown() {
    Wire.Answer answer =
        wire.create(
            "app",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Mine\",\"customer\":\"customers/my_customer\"}");

    assertEquals(200, answer.status(), answer.text());
  }

  @Test
  void permissionSettingsModelCollaborationAndAnnouncementSpaces() {
    JsonObject collaboration =
        wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"C\"}")
            .json()
            .getAsJsonObject("permissionSettings");
    JsonObject announcement =
        wire.create(
                "alice",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"A\","
                    + "\"predefinedPermissionSettings\":\"ANNOUNCEMENT_SPACE\"}")
            .json()
            .getAsJsonObject("permissionSettings");

    JsonObject everyone =
        JsonParser.parseString(
                "{\"managersAllowed\":true,\"assistantManagersAllowed\":true,"
                    + "\"membersAllowed\":true}")
            .getAsJsonObject();
    JsonObject managers =
        JsonParser.parseString("{\"managersAllowed\":true,\"assistantManagersAllowed\":true}")
            .getAsJsonObject();
    assertEquals(8, collaboration.size());
    assertEquals(everyone, collaboration.get("postMessages"));
    assertEquals(managers, announcement.get("postMessages"));
    assertEquals(managers, announcement.get("manageMembersAndGroups"));
    assertEquals(everyone, announcement.get("replyMessages"));
  }

  @Test
  void importModeSpaceKeepsTheHistoricalCreateTimeAndHasNoMembers() {
    Wire.Answer answer =
        wire.create(
            "alice-import",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Imported\",\"importMode\":true,"
                + "\"createTime\":\"2019-03-04T05:06:07+01:00\"}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertTrue(space.get("importMode").getAsBoolean());
    assertEquals("2019-03-04T04:06:07Z", space.get("createTime").getAsString());
    assertEquals(
        "2027-02-20T10:00:00.123456Z", space.get("importModeExpireTime").getAsString());
    assertEquals(JsonParser.parseString("{}"), space.get("membershipCount"));
    assertEquals(List.of(), wire.memberNames("alice-import", answer.name()));
    assertEquals(200, wire.get("alice-import", answer.name()).status(), "the importer reads it");
  }

  @Test
  void importModeGroupChatIsAnUnnamedUnthreadedSpaceWithoutMembers() {
    Wire.Answer answer =
        wire.create(
            "alice-import",
            "{\"spaceType\":\"GROUP_CHAT\",\"importMode\":true,"
                + "\"createTime\":\"2020-01-01T00:00:00Z\"}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("GROUP_CHAT", space.get("spaceType").getAsString());
    assertEquals("UNTHREADED_MESSAGES", space.get("spaceThreadingState").getAsString());
    assertEquals("2020-01-01T00:00:00Z", space.get("createTime").getAsString());
    assertFalse(space.has("displayName"));
    assertFalse(space.has("accessSettings"));
    assertFalse(space.has("permissionSettings"));
    String id = answer.name().substring("spaces/".length());
    assertEquals("https://chat.google.com/dm/" + id + "?cls=11", space.get("spaceUri").getAsString());
    assertEquals(List.of(), wire.memberNames("alice-import", answer.name()));
  }

  @Test
  void importModeWithoutTheImportScopeIsInsufficientScopes() {
    Wire.Answer answer =
        wire.create(
            "alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"Imported\",\"importMode\":true}");

    assertEquals(
        "Request had insufficient authentication scopes.",
        answer.error(403, "PERMISSION_DENIED"));
    assertEquals(0, emulator.spaceCount());
  }

  @Test
  void aNamedSpaceWithOnlyTheImportScopeIsInsufficientScopes() {
    Wire.Answer answer =
        wire.create("alice-import", "{\"spaceType\":\"SPACE\",\"displayName\":\"Normal\"}");

    assertEquals(
        "Request had insufficient authentication scopes.",
        answer.error(403, "PERMISSION_DENIED"));
  }

  @Test
  void anAppCannotCreateInImportMode() {
    Wire.Answer answer =
        wire.create(
            "app",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"I\",\"importMode\":true,"
                + "\"customer\":\"customers/C0123\"}");

    assertEquals(
        "Import mode requires user authentication with the chat.import scope; a Chat app can't"
            + " create a space in import mode.",
        answer.error(403, "PERMISSION_DENIED"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          no space type           | alice | {"displayName":"x"} | space.space_type | space.space_type is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.
          unspecified space type  | alice | {"spaceType":"SPACE_TYPE_UNSPECIFIED","displayName":"x"} | space.space_type | space.space_type is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.
          empty body              | alice | `` | space.space_type | space.space_type is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.
          unknown space type      | alice | {"spaceType":"ROOM","displayName":"x"} | space.space_type | Invalid value at 'space.space_type' (type.googleapis.com/google.chat.v1.Space.SpaceType), "ROOM"
          space type as a number  | alice | {"spaceType":1,"displayName":"x"} | space.space_type | Invalid value at 'space.space_type' (type.googleapis.com/google.chat.v1.Space.SpaceType), 1
          display name a number   | alice | {"spaceType":"SPACE","displayName":5} | space.display_name | Invalid value at 'space.display_name' (TYPE_STRING), 5
          import mode a string    | alice | {"spaceType":"SPACE","displayName":"x","importMode":"yes"} | space.import_mode | Invalid value at 'space.import_mode' (TYPE_BOOL), "yes"
          details a string        | alice | {"spaceType":"SPACE","displayName":"x","spaceDetails":"d"} | space.space_details | Invalid value at 'space.space_details' (type.googleapis.com/google.chat.v1.Space.SpaceDetails), "d"
          unknown history state   | alice | {"spaceType":"SPACE","displayName":"x","spaceHistoryState":"ON"} | space.space_history_state | Invalid value at 'space.space_history_state' (type.googleapis.com/google.chat.v1.HistoryState), "ON"
          bad create time         | alice-import | {"spaceType":"SPACE","displayName":"x","importMode":true,"createTime":"yesterday"} | space.create_time | Invalid value at 'space.create_time' (type.googleapis.com/google.protobuf.Timestamp), "yesterday"
          future create time      | alice-import | {"spaceType":"SPACE","displayName":"x","importMode":true,"createTime":"2099-01-01T00:00:00Z"} | space.create_time | space.create_time must not be in the future, but was 2099-01-01T00:00:00Z.
          both permission fields  | alice | {"spaceType":"SPACE","displayName":"x","predefinedPermissionSettings":"COLLABORATION_SPACE","permissionSettings":{}} | space.permission_settings | Invalid JSON payload received. Oneof field 'space_permission_settings' is already set. Cannot set 'permissionSettings'
          no display name         | alice | {"spaceType":"SPACE"} | space.display_name | space.display_name is required for a named space (space_type SPACE).
          blank display name      | alice | {"spaceType":"SPACE","displayName":"  "} | space.display_name | space.display_name is required for a named space (space_type SPACE).
          direct message          | alice | {"spaceType":"DIRECT_MESSAGE"} | space.space_type | spaces.create can't create a direct message (space_type DIRECT_MESSAGE); use spaces.setup.
          group chat not imported | alice | {"spaceType":"GROUP_CHAT"} | space.space_type | spaces.create creates a group chat (space_type GROUP_CHAT) only in import mode (space.import_mode true); use spaces.setup.
          named import group chat | alice-import | {"spaceType":"GROUP_CHAT","importMode":true,"displayName":"x"} | space.display_name | space.display_name must not be set for a group chat (space_type GROUP_CHAT).
          group chat details      | alice-import | {"spaceType":"GROUP_CHAT","importMode":true,"spaceDetails":{"description":"d"}} | space.space_details | space.space_details must not be set for a group chat (space_type GROUP_CHAT).
          bot DM flag on a space  | alice | {"spaceType":"SPACE","displayName":"x","singleUserBotDm":true} | space.single_user_bot_dm | space.single_user_bot_dm can be true only for a direct message (space_type DIRECT_MESSAGE).
          malformed audience      | alice | {"spaceType":"SPACE","displayName":"x","accessSettings":{"audience":"everyone"}} | space.access_settings.audience | space.access_settings.audience must be audiences/{audience}, but was "everyone".
          customer as a user      | alice | {"spaceType":"SPACE","displayName":"x","customer":"customers/C0123"} | space.customer | space.customer can be set only when a Chat app creates a space with app authentication.
          app without customer    | app   | {"spaceType":"SPACE","displayName":"x"} | space.customer | space.customer is required when a Chat app creates a space with app authentication.
          app malformed customer  | app   | {"spaceType":"SPACE","displayName":"x","customer":"C0123"} | space.customer | space.customer must be customers/{customer}, but was "C0123".
          app unknown customer    | app   | {"spaceType":"SPACE","displayName":"x","customer":"customers/other"} | space.customer | space.customer "customers/other" is not a customer known to the emulator; known: customers/C0123, customers/my_customer.
          """)
  void invalidRequestsAreRejectedNamingTheField(
      String rule, String token, String body, String field, String message) {
    Wire.Answer answer = wire.create(token, body == null ? "" : body);

    assertEquals(message, answer.error(400, "INVALID_ARGUMENT"), rule);
    assertEquals(field, answer.violatedField(), rule);
    assertEquals(0, emulator.spaceCount(), rule);
  }

  @Test
  void lengthLimitsCountCharactersAndAllowTheLimit() {
    String emoji128 = "\uD83D\uDE00".repeat(128);
    assertEquals(
        200,
        wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"" + emoji128 + "\"}")
            .status());
    assertEquals(
        "space.display_name must be at most 128 characters, but has 129.",
        wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"" + "d".repeat(129) + "\"}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        200, createWithDetails("ok", "d".repeat(150), "g".repeat(5000)).status());
    assertEquals(
        "space.space_details.description must be at most 150 characters, but has 151.",
        createWithDetails("long description", "d".repeat(151), "").error(400, "INVALID_ARGUMENT"));
    Wire.Answer longGuidelines = createWithDetails("long guidelines", "", "g".repeat(5001));
    assertEquals(
        "space.space_details.guidelines must be at most 5000 characters, but has 5001.",
        longGuidelines.error(400, "INVALID_ARGUMENT"));
    assertEquals("space.space_details.guidelines", longGuidelines.violatedField());
  }

  private Wire.Answer createWithDetails(String name, String description, String guidelines) {
    return wire.create(
        "alice",
        "{\"spaceType\":\"SPACE\",\"displayName\":\""
            + name
            + "\",\"spaceDetails\":{\"description\":\""
            + description
            + "\",\"guidelines\":\""
            + guidelines
            + "\"}}");
  }

  @Test
  void snakeCaseFieldNamesAreAccepted() {
    Wire.Answer answer =
        wire.create(
            "alice",
            "{\"space_type\":\"SPACE\",\"display_name\":\"Snake\","
                + "\"space_details\":{\"description\":\"d\"}}");

    assertEquals(200, answer.status(), answer.text());
    assertEquals("Snake", answer.string("displayName"));
  }

  @Test
  void nullMeansUnset() {
    Wire.Answer answer =
        wire.create(
            "alice",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Nulls\",\"spaceDetails\":null,"
                + "\"customer\":null,\"importMode\":null}");

    assertEquals(200, answer.status(), answer.text());
  }

  @Test
  void malformedJsonIsInvalidArgumentWithTheReadersMessage() {
    Wire.Answer answer = wire.create("alice", "{\"spaceType\": SPACE}");

    String message = answer.error(400, "INVALID_ARGUMENT");
    assertTrue(message.startsWith("Invalid JSON payload received. "), message);
    assertTrue(message.contains("line 1"), message);
  }

  @Test
  void aBodyThatIsNotAnObjectIsAnInvalidSpace() {
    Wire.Answer answer = wire.create("alice", "[]");

    assertEquals(
        "Invalid value at 'space' (type.googleapis.com/google.chat.v1.Space), [...]",
        answer.error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void aDuplicateDisplayNameIsAlreadyExistsWhateverTheCaseAndCaller() {
    assertEquals(200, wire.create("alice", "{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}").status());

    Wire.Answer again =
        wire.create("bob", "{\"spaceType\":\"SPACE\",\"displayName\":\" team \"}");

    assertEquals(
        "A space with the display name \" team \" already exists in the organization; try a"
            + " different space.display_name.",
        again.error(409, "ALREADY_EXISTS"));
    assertEquals(1, emulator.spaceCount());
  }

  @Test
  void theSameRequestIdFromTheSameCallerReturnsTheSameSpace() {
    Wire.Answer first =
        wire.create("alice", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Once\"}");
    Wire.Answer retry =
        wire.create("alice", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Once\"}");
    Wire.Answer otherBody =
        wire.create("alice", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Other\"}");

    assertEquals(200, retry.status(), retry.text());
    assertEquals(first.json(), retry.json());
    assertEquals(first.name(), otherBody.name());
    assertEquals(1, emulator.spaceCount());
  }

  @Test
  void theSameRequestIdFromAnotherCallerIsAnError() {
    wire.create("alice", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Once\"}");

    Wire.Answer bob = wire.create("bob", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"Bob's\"}");

    assertEquals(
        "request_id \"r-1\" was already used by another caller; use a new request ID.",
        bob.error(400, "INVALID_ARGUMENT"));
    assertEquals("request_id", bob.violatedField());
    assertEquals(1, emulator.spaceCount());
  }

  @Test
  void aNewRequestIdCreatesAnotherSpace() {
    wire.create("alice", "r-1", "{\"spaceType\":\"SPACE\",\"displayName\":\"One\"}");
    wire.create("alice", "r-2", "{\"spaceType\":\"SPACE\",\"displayName\":\"Two\"}");

    assertEquals(2, emulator.spaceCount());
  }

  @Test
  void fiftyConcurrentCreatesOfOneNameMakeExactlyOneSpace() {
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/spaces?requestId=c-" + i))
              .header("Authorization", "Bearer bob")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"spaceType\":\"SPACE\",\"displayName\":\"Race\"}"))
              .build();
      calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }

    int created = 0;
    int conflicts = 0;
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      int status = call.join().statusCode();
      created += status == 200 ? 1 : 0;
      conflicts += status == 409 ? 1 : 0;
    }

    assertEquals(1, created);
    assertEquals(49, conflicts);
    assertEquals(1, emulator.spaceCount());
  }
}
