package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tinychat.http.ApiException;
import dev.tinychat.http.ApiStatus;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonWriter;
import dev.tinychat.sample.chat.PermissionSetting;
import dev.tinychat.sample.chat.PermissionSettings;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceJson;
import dev.tinychat.sample.chat.SpacesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both clients decode the same full {@code Space} answer to the same values, field by field:
 * every field Google documents, timestamps with 9 fraction digits, enum values neither client
 * knows, and fields neither declares.
 */
class ResponseWireTest {
  /** Every field of a Space, as Google could send it one day. */
  static final String FULL_SPACE =
      """
      {
        "name": "spaces/AAAAAAAAAAA",
        "type": "ROOM",
        "spaceType": "FUTURE_TYPE",
        "singleUserBotDm": true,
        "threaded": false,
        "displayName": "Every field \\u00e9\\ud83d\\ude00 \\"quoted\\" \\\\ \\/",
        "externalUserAllowed": true,
        "spaceThreadingState": "FUTURE_THREADING",
        "spaceDetails": {"description": "About\\nit", "guidelines": "Rules"},
        "spaceHistoryState": "HISTORY_OFF",
        "importMode": true,
        "createTime": "2026-11-22T10:00:00.123456789Z",
        "lastActiveTime": "2026-11-22T11:00:00Z",
        "adminInstalled": true,
        "membershipCount": {"joinedDirectHumanUserCount": 48, "joinedGroupCount": 2},
        "accessSettings": {"accessState": "DISCOVERABLE", "audience": "audiences/default"},
        "customer": "customers/C0123abc",
        "spaceUri": "https://chat.google.com/room/AAAAAAAAAAA?cls=11",
        "predefinedPermissionSettings": "ANNOUNCEMENT_SPACE",
        "permissionSettings": {
          "manageMembersAndGroups": {"managersAllowed": true},
          "modifySpaceDetails": {"managersAllowed": true, "assistantManagersAllowed": true},
          "toggleHistory": {"membersAllowed": true},
          "useAtMentionAll": {"managersAllowed": true, "membersAllowed": false},
          "manageApps": {"assistantManagersAllowed": true},
          "manageWebhooks": {},
          "postMessages": {"managersAllowed": true, "assistantManagersAllowed": true,
                           "membersAllowed": true},
          "replyMessages": {"membersAllowed": true},
          "futurePermission": {"managersAllowed": true}
        },
        "importModeExpireTime": "2027-02-20T10:00:00.120Z",
        "futureField": {"nested": [1, 2.5e3, {"x": null}, "s", true]},
        "futureNumber": 12345678901234567890
      }
      """;

  private final CannedServer server = new CannedServer();
  private final SpacesClient ours = Clients.ours(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  @AfterEach
  void stop() {
    server.close();
  }

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  private static String encode(Space space) {
    JsonWriter writer = JsonWriter.create();
    SpaceJson.write(writer, space);
    return new String(writer.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  @Test
  void bothClientsDecodeTheFullSpaceToTheSameValues() throws IOException {
    server.answer(200, FULL_SPACE);

    Space mine = ours.get("spaces/AAAAAAAAAAA");
    com.google.api.services.chat.v1.model.Space theirs =
        google.spaces().get("spaces/AAAAAAAAAAA").execute();

    assertEquals(theirs.getName(), mine.name());
    assertEquals(theirs.getType(), text(mine.type()));
    assertEquals("FUTURE_TYPE", theirs.getSpaceType());
    assertEquals(Space.SpaceType.UNRECOGNIZED, mine.spaceType());
    assertEquals(theirs.getSingleUserBotDm(), mine.singleUserBotDm());
    assertEquals(theirs.getThreaded(), mine.threaded());
    assertEquals(theirs.getDisplayName(), mine.displayName());
    assertEquals("Every field \u00e9\uD83D\uDE00 \"quoted\" \\ /", mine.displayName());
    assertEquals(theirs.getExternalUserAllowed(), mine.externalUserAllowed());
    assertEquals("FUTURE_THREADING", theirs.getSpaceThreadingState());
    assertEquals(Space.SpaceThreadingState.UNRECOGNIZED, mine.spaceThreadingState());
    assertEquals(theirs.getSpaceDetails().getDescription(), mine.spaceDetails().description());
    assertEquals(theirs.getSpaceDetails().getGuidelines(), mine.spaceDetails().guidelines());
    assertEquals(theirs.getSpaceHistoryState(), text(mine.spaceHistoryState()));
    assertEquals(theirs.getImportMode(), mine.importMode());
    assertEquals(instant(theirs.getCreateTime()), mine.createTime());
    assertEquals(123_456_789, mine.createTime().getNano());
    assertEquals(instant(theirs.getLastActiveTime()), mine.lastActiveTime());
    assertEquals(theirs.getAdminInstalled(), mine.adminInstalled());
    assertEquals(
        theirs.getMembershipCount().getJoinedDirectHumanUserCount(),
        mine.membershipCount().joinedDirectHumanUserCount());
    assertEquals(
        theirs.getMembershipCount().getJoinedGroupCount(),
        mine.membershipCount().joinedGroupCount());
    assertEquals(
        theirs.getAccessSettings().getAccessState(), text(mine.accessSettings().accessState()));
    assertEquals(theirs.getAccessSettings().getAudience(), mine.accessSettings().audience());
    assertEquals(theirs.get("customer"), mine.customer());
    assertEquals(theirs.getSpaceUri(), mine.spaceUri());
    assertEquals(instant(theirs.getImportModeExpireTime()), mine.importModeExpireTime());

    var settings = theirs.getPermissionSettings();
    Map<String, Function<PermissionSettings, PermissionSetting>> ourSettings =
        Map.of(
            "manageMembersAndGroups", s -> s.manageMembersAndGroups(),
            "modifySpaceDetails", s -> s.modifySpaceDetails(),
            "toggleHistory", s -> s.toggleHistory(),
            "useAtMentionAll", s -> s.useAtMentionAll(),
            "manageApps", s -> s.manageApps(),
            "manageWebhooks", s -> s.manageWebhooks(),
            "postMessages", s -> s.postMessages(),
            "replyMessages", s -> s.replyMessages());
    for (var entry : ourSettings.entrySet()) {
      var their =
          (com.google.api.services.chat.v1.model.PermissionSetting) settings.get(entry.getKey());
      PermissionSetting my = entry.getValue().apply(mine.permissionSettings());
      assertNotNull(their, entry.getKey());
      assertNotNull(my, entry.getKey());
      assertEquals(their.getManagersAllowed(), my.managersAllowed(), entry.getKey());
      // Google's model (v1-rev20250706) has no assistantManagersAllowed: it keeps it as unknown.
      assertEquals(their.get("assistantManagersAllowed"), my.assistantManagersAllowed(),
          entry.getKey());
      assertEquals(their.getMembersAllowed(), my.membersAllowed(), entry.getKey());
    }
  }

  /**
   * The intended difference: {@code predefinedPermissionSettings} is input-only, so our codec
   * skips it on read where Google's model keeps it. Unknown fields are kept by both (ours as
   * {@code JsonValue}s, Google's by GenericJson), and ours sends them back unchanged.
   */
  @Test
  void inputOnlyFieldsAreSkippedAndUnknownFieldsKeptAsGoogleKeepsThem() throws IOException {
    server.answer(200, FULL_SPACE);

    Space mine = ours.get("spaces/AAAAAAAAAAA");
    com.google.api.services.chat.v1.model.Space theirs =
        google.spaces().get("spaces/AAAAAAAAAAA").execute();

    assertNull(mine.predefinedPermissionSettings());
    assertEquals("ANNOUNCEMENT_SPACE", theirs.getPredefinedPermissionSettings());
    assertNotNull(theirs.get("futureField"));
    JsonObject reencoded = json(encode(mine));
    assertEquals(json(FULL_SPACE).get("futureField"), reencoded.get("futureField"));
    assertEquals(json(FULL_SPACE).get("futureNumber"), reencoded.get("futureNumber"));
    assertEquals(json(FULL_SPACE).getAsJsonObject("permissionSettings").get("futurePermission"),
        reencoded.getAsJsonObject("permissionSettings").get("futurePermission"));
  }

  @Test
  void ourReencodingKeepsEveryKnownAndUnknownFieldAndUnknownEnumTextUnchanged() {
    Space mine = SpaceJson.read(JsonReader.of(FULL_SPACE.getBytes(StandardCharsets.UTF_8)));

    JsonObject expected = json(FULL_SPACE);
    expected.remove("predefinedPermissionSettings");
    JsonElement reencoded = json(encode(mine));
    assertEquals(expected, reencoded);
  }

  @Test
  void decodingTheBytesDirectlyEqualsDecodingThroughTheTransport() throws IOException {
    server.answer(200, FULL_SPACE);
    byte[] bytes = FULL_SPACE.getBytes(StandardCharsets.UTF_8);

    Space direct = SpaceJson.read(JsonReader.of(bytes));
    com.google.api.services.chat.v1.model.Space googleDirect =
        GsonFactory.getDefaultInstance()
            .fromString(FULL_SPACE, com.google.api.services.chat.v1.model.Space.class);

    assertEquals(direct, ours.get("spaces/AAAAAAAAAAA"));
    assertEquals(googleDirect, google.spaces().get("spaces/AAAAAAAAAAA").execute());
  }

  @Test
  void bothClientsReadTheSameErrorAnswer() {
    String error =
        """
        {"error": {"code": 409,
          "message": "A space with the display name \\"Team\\" already exists.",
          "status": "ALREADY_EXISTS",
          "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                       "reason": "SPACE_NAME_TAKEN", "domain": "chat.googleapis.com"}],
          "errors": [{"message": "legacy", "domain": "global", "reason": "conflict"}]}}
        """;
    server.answer(409, error);

    ApiException mine =
        assertThrows(ApiException.class, () -> ours.get("spaces/AAAAAAAAAAA"));
    GoogleJsonResponseException theirs =
        assertThrows(
            GoogleJsonResponseException.class,
            () -> google.spaces().get("spaces/AAAAAAAAAAA").execute());

    assertEquals(theirs.getStatusCode(), mine.httpStatus());
    assertEquals(theirs.getDetails().getCode(), mine.httpStatus());
    assertEquals(theirs.getDetails().get("status"), mine.statusText());
    assertEquals(ApiStatus.ALREADY_EXISTS, mine.status());
    assertEquals(theirs.getDetails().getMessage(), mine.errorMessage());
    assertEquals("SPACE_NAME_TAKEN", mine.reason());
    assertEquals(
        json(error).getAsJsonObject("error").get("details"),
        JsonParser.parseString(mine.details()));
  }
}
