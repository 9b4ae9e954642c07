package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * spaces.list, search, patch, delete, findDirectMessage and completeImport over raw HTTP.
 */
class SpacesMethodsTest {
  private ChatEmulator emulator;
  private Wire wire;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .user(
                "bob-readonly",
                "users/bob",
                Set.of(ChatScopes.CHAT_SPACES_READONLY, ChatScopes.CHAT_MEMBERSHIPS_READONLY))
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String groupChat(String token, String... people) {
    StringBuilder members = new StringBuilder();
    for (String person : people) {
      members.append(members.length() == 0 ? "" : ",")
          .append("{\"member\":{\"name\":\"").append(person).append("\",\"type\":\"HUMAN\"}}");
    }
    Wire.Answer answer =
        wire.setup(
            token, "{\"space\":{\"spaceType\":\"GROUP_CHAT\"},\"memberships\":[" + members + "]}");
    assertEquals(200, answer.status(), answer.text());
    return answer.name();
  }

  // ---------------------------------------------------------------------------------------------
  // list

  @Test
  void listShowsTheCallersSpacesOnlyAndFiltersByType() {
    String team = wire.namedSpace("alice", "Team", "users/bob");
    String group = groupChat("alice", "users/bob", "users/carol");
    String own = wire.namedSpace("alice", "Alone");
    wire.namedSpace("bob", "Bob's own");

    assertEquals(List.of(team, group, own), Wire.names(wire.get("alice", "spaces", ""), "spaces"));
    assertEquals(
        List.of(group),
        Wire.names(wire.get("alice", "spaces", "?filter=" + q("spaceType = \"GROUP_CHAT\"")),
            "spaces"));
    assertEquals(
        List.of(team, group, own),
        Wire.names(
            wire.get(
                "alice",
                "spaces",
                "?filter=" + q("space_type = \"SPACE\" OR space_type = \"GROUP_CHAT\"")),
            "spaces"));
    assertEquals(
        "Invalid filter: space_type must be SPACE, GROUP_CHAT or DIRECT_MESSAGE, but was"
            + " \"SPACE_TYPE_UNSPECIFIED\".",
        wire.get("alice", "spaces", "?filter=" + q("space_type = \"SPACE_TYPE_UNSPECIFIED\""))
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid filter: space_type comparisons are joined by OR, not AND.",
        wire.get(
                "alice",
                "spaces",
                "?filter=" + q("space_type = \"SPACE\" AND space_type = \"GROUP_CHAT\""))
            .error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void listPagesWithTokensThatSurviveChangesAndRefuseTampering() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(wire.namedSpace("alice", "Space " + i));
    }
    Wire.Answer first = wire.get("alice", "spaces", "?pageSize=2");
    String token = Wire.nextPageToken(first);
    assertEquals(made.subList(0, 2), Wire.names(first, "spaces"));
    // A space made and one deleted between the calls: the next page starts after the last seen.
    assertEquals(200, wire.delete("alice", made.get(2)).status());
    String later = wire.namedSpace("alice", "Later");

    Wire.Answer second = wire.get("alice", "spaces", "?pageSize=2&pageToken=" + token);
    assertEquals(List.of(made.get(3), made.get(4)), Wire.names(second, "spaces"));
    Wire.Answer third =
        wire.get("alice", "spaces", "?pageSize=2&pageToken=" + Wire.nextPageToken(second));
    assertEquals(List.of(later), Wire.names(third, "spaces"));
    assertNull(Wire.nextPageToken(third));

    // The first character of the signature carries six bits of it (the last one may carry
    // padding bits a decoder ignores), so changing it always changes the signature.
    int signature = token.indexOf('.') + 1;
    String tampered = token.substring(0, signature)
        + (token.charAt(signature) == 'A' ? 'B' : 'A') + token.substring(signature + 1);
    assertEquals(
        "Invalid page_token: it is not a token the emulator issued.",
        wire.get("alice", "spaces", "?pageToken=" + tampered).error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid page_token: it was issued for other filter values; pass the same ones as the"
            + " call that returned it.",
        wire.get("alice", "spaces", "?filter=" + q("space_type = \"SPACE\"") + "&pageToken="
                + token)
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid page_token: it was issued for spaces of users/alice, not spaces of users/bob.",
        wire.get("bob", "spaces", "?pageToken=" + token).error(400, "INVALID_ARGUMENT"));
  }

  @ParameterizedTest
  @CsvSource({"0, 100", "1000, 1000", "5000, 1000"})
  void listPageSizeBounds(int asked, int expected) {
    for (int i = 0; i < 3; i++) {
      wire.namedSpace("alice", "S" + i);
    }
    // With 3 spaces every bound answers all of them on one page, without a next token.
    Wire.Answer answer = wire.get("alice", "spaces", "?pageSize=" + asked);
    assertEquals(3, Wire.names(answer, "spaces").size());
    assertNull(Wire.nextPageToken(answer), "page size " + expected + " holds 3");
    assertEquals(
        "page_size must not be negative, but was -1.",
        wire.get("alice", "spaces", "?pageSize=-1").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void listTakesReadonlyUsersAndAppsInTheirOwnSpaces() {
    String team = wire.namedSpace("alice", "Team", "users/bob");
    String appSpace =
        wire.create(
                "app",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"App's\","
                    + "\"customer\":\"customers/my_customer\"}")
            .name();

    assertEquals(List.of(team), Wire.names(wire.get("bob-readonly", "spaces", ""), "spaces"));
    assertEquals(List.of(appSpace), Wire.names(wire.get("app", "spaces", ""), "spaces"));
  }

  // ---------------------------------------------------------------------------------------------
  // search

  @Test
  void searchMatchesWordPrefixesOfDisplayNamesAmongTheCallersSpaces() {
    String fun = wire.namedSpace("alice", "Fun event");
    String evening = wire.namedSpace("alice", "The evening was fun");
    wire.namedSpace("alice", "notFun event");
    wire.namedSpace("alice", "even");
    wire.namedSpace("bob", "Fun everywhere");

    Wire.Answer answer =
        wire.get(
            "alice",
            "spaces:search",
            "?query=" + q("space_type = \"SPACE\" AND display_name:\"Fun Eve\""));

    assertEquals(List.of(fun, evening), Wire.names(answer, "spaces"));
    assertEquals(2, answer.json().get("totalSize").getAsInt());
  }

  @Test
  void searchWithAdminAccessSeesEverySpaceOfTheCustomer() {
    String a = wire.namedSpace("alice", "Ops one");
    String b = wire.namedSpace("bob", "Ops two");
    String query = q("customer = \"customers/my_customer\" AND space_type = \"SPACE\"");

    Wire.Answer all =
        wire.get(
            "alice",
            "spaces:search",
            "?useAdminAccess=true&orderBy=" + q("create_time DESC") + "&query=" + query);

    assertEquals(List.of(b, a), Wire.names(all, "spaces"));
    assertEquals(
        "Invalid query: customer = \"customers/my_customer\" is required with use_admin_access.",
        wire.get("alice", "spaces:search",
                "?useAdminAccess=true&query=" + q("space_type = \"SPACE\""))
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Request had insufficient authentication scopes.",
        wire.get("bob-readonly", "spaces:search", "?useAdminAccess=true&query=" + query)
            .error(403, "PERMISSION_DENIED"));
  }

  @Test
  void searchOrdersByMemberCountAndPagesWithinThatOrder() {
    String three = wire.namedSpace("alice", "Three", "users/bob", "users/carol");
    String one = wire.namedSpace("alice", "One");
    String two = wire.namedSpace("alice", "Two", "users/bob");
    String base =
        "?useAdminAccess=true&pageSize=2&orderBy="
            + q("membership_count.joined_direct_human_user_count DESC")
            + "&query="
            + q("customer = \"customers/my_customer\" AND space_type = \"SPACE\"");

    Wire.Answer first = wire.get("alice", "spaces:search", base);
    Wire.Answer second =
        wire.get("alice", "spaces:search", base + "&pageToken=" + Wire.nextPageToken(first));

    assertEquals(List.of(three, two), Wire.names(first, "spaces"));
    assertEquals(List.of(one), Wire.names(second, "spaces"));
    assertEquals(3, second.json().get("totalSize").getAsInt());
    assertEquals(
        "order_by \"create_time ASC\" is not supported; use create_time DESC or relevance DESC"
            + " without use_admin_access.",
        wire.get("alice", "spaces:search",
                "?orderBy=" + q("create_time ASC") + "&query=" + q("space_type = \"SPACE\""))
            .error(400, "INVALID_ARGUMENT"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "display_name:\"x\"                                  | Invalid query: space_type = \"SPACE\" is required.",
        "space_type = \"GROUP_CHAT\"                           | Invalid query: unsupported comparison space_type = \"GROUP_CHAT\" at character 1; see the query parameter's documentation.",
        "space_type = \"SPACE\" OR display_name:\"x\"          | Invalid query: OR joins comparisons of one field only, but joins space_type and display_name (character 25).",
        "space_type = \"SPACE\" AND create_time > \"2020-01-01T00:00:00Z\" | Invalid query: create_time can't be searched without use_admin_access; searchable: display_name, external_user_allowed, space_type.",
      })
  void searchRefusesQueriesGoogleRefuses(String query, String message) {
    assertEquals(
        message,
        wire.get("alice", "spaces:search", "?query=" + q(query)).error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void searchRefusesAppAuthAndAMissingQuery() {
    assertEquals(
        "query is required, e.g. space_type = \"SPACE\" AND display_name:\"Team\".",
        wire.get("alice", "spaces:search", "").error(400, "INVALID_ARGUMENT"));
    assertTrue(
        wire.get("app", "spaces:search", "?query=x")
            .error(403, "PERMISSION_DENIED")
            .startsWith("This method doesn't support app authentication"));
  }

  // ---------------------------------------------------------------------------------------------
  // patch

  @Test
  void patchUpdatesTheMaskedFieldsOnly() {
    String team = wire.namedSpace("alice", "Team", "users/bob");

    Wire.Answer answer =
        wire.patch(
            "alice",
            team + "?updateMask=displayName,space_details",
            "{\"displayName\":\"Renamed\",\"spaceDetails\":{\"description\":\"New\"},"
                + "\"externalUserAllowed\":true}");

    assertEquals(200, answer.status(), answer.text());
    JsonObject space = answer.json();
    assertEquals("Renamed", space.get("displayName").getAsString());
    assertEquals("New", space.getAsJsonObject("spaceDetails").get("description").getAsString());
    assertFalse(space.has("externalUserAllowed"), "not in the mask");
    assertEquals(space, wire.get("alice", team).json());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                            | update_mask is required: the comma-separated paths to update, e.g. display_name.",
        "name                                          | update_mask path \"name\" is not supported by spaces.patch; valid paths: display_name, space_type, space_details, space_history_state, access_settings.audience, permission_settings.{manage_members_and_groups,modify_space_details,toggle_history,use_at_mention_all,manage_apps,manage_webhooks,reply_messages}.",
        "space_history_state,display_name              | update_mask path space_history_state must be the only path, but the mask also has display_name.",
        "display_name,access_settings.audience         | update_mask path access_settings.audience must be the only path, but the mask also has display_name.",
        "permission_settings.manage_apps,space_details | update_mask paths permission_settings.* can be combined only with each other, but the mask also has space_details.",
        "permissionSettings.postMessages               | update_mask path \"permissionSettings.postMessages\" is not supported by spaces.patch; valid paths: display_name, space_type, space_details, space_history_state, access_settings.audience, permission_settings.{manage_members_and_groups,modify_space_details,toggle_history,use_at_mention_all,manage_apps,manage_webhooks,reply_messages}.",
      })
  void patchRefusesInvalidAndMixedMasks(String mask, String message) {
    String team = wire.namedSpace("alice", "Team");

    Wire.Answer answer =
        wire.patch("alice", team + "?updateMask=" + q(mask), "{\"displayName\":\"X\"}");

    assertEquals(message, answer.error(400, "INVALID_ARGUMENT"));
    assertEquals("update_mask", answer.violatedField());
    assertEquals("Team", wire.get("alice", team).string("displayName"), "nothing changed");
  }

  @Test
  void patchAllowsTheAloneGroupsAlone() {
    String team = wire.namedSpace("alice", "Team");

    Wire.Answer history =
        wire.patch(
            "alice",
            team + "?updateMask=spaceHistoryState",
            "{\"spaceHistoryState\":\"HISTORY_OFF\"}");
    Wire.Answer audience =
        wire.patch(
            "alice",
            team + "?updateMask=access_settings.audience",
            "{\"accessSettings\":{\"audience\":\"audiences/default\"}}");
    Wire.Answer permissions =
        wire.patch(
            "alice",
            team + "?updateMask=permission_settings.manage_apps,permissionSettings.replyMessages",
            "{\"permissionSettings\":{\"manageApps\":{\"managersAllowed\":true},"
                + "\"replyMessages\":{\"managersAllowed\":true,\"membersAllowed\":true}}}");

    assertEquals("HISTORY_OFF", history.string("spaceHistoryState"));
    assertEquals(
        "audiences/default",
        audience.json().getAsJsonObject("accessSettings").get("audience").getAsString());
    assertEquals(
        "DISCOVERABLE",
        audience.json().getAsJsonObject("accessSettings").get("accessState").getAsString());
    JsonObject settings = permissions.json().getAsJsonObject("permissionSettings");
    assertFalse(settings.getAsJsonObject("manageApps").has("membersAllowed"));
    assertTrue(settings.getAsJsonObject("replyMessages").get("membersAllowed").getAsBoolean());
    assertTrue(settings.getAsJsonObject("toggleHistory").get("membersAllowed").getAsBoolean());
  }

  @Test
  void patchTurnsAGroupChatIntoANamedSpaceOnlyWithDisplayName() {
    String group = groupChat("alice", "users/bob", "users/carol");

    assertEquals(
        "space.display_name can be updated only for a named space (space_type SPACE), but "
            + group
            + " is a GROUP_CHAT.",
        wire.patch("alice", group + "?updateMask=display_name", "{\"displayName\":\"X\"}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "space_type can only change a group chat (GROUP_CHAT) to a named space: send"
            + " space.space_type SPACE with display_name in the mask too.",
        wire.patch("alice", group + "?updateMask=space_type", "{\"spaceType\":\"SPACE\"}")
            .error(400, "INVALID_ARGUMENT"));
    Wire.Answer named =
        wire.patch(
            "alice",
            group + "?updateMask=space_type,display_name",
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Promoted\"}");

    assertEquals("SPACE", named.string("spaceType"));
    assertEquals("Promoted", named.string("displayName"));
    assertEquals("THREADED_MESSAGES", named.string("spaceThreadingState"));
  }

  @Test
  void patchDisplayNameInUseIs409AndOnlyManagersChangeSettings() {
    wire.namedSpace("alice", "Taken");
    String team = wire.namedSpace("alice", "Team", "users/bob");

    assertEquals(
        "A space with the display name \"taken \" already exists in the organization; try a"
            + " different space.display_name.",
        wire.patch("alice", team + "?updateMask=display_name", "{\"displayName\":\"taken \"}")
            .error(409, "ALREADY_EXISTS"));
    assertEquals(
        "users/bob is not allowed to manage the space's settings (space managers only) in "
            + team
            + ".",
        wire.patch(
                "bob",
                team + "?updateMask=permission_settings.manage_apps",
                "{\"permissionSettings\":{\"manageApps\":{\"managersAllowed\":true}}}")
            .error(403, "PERMISSION_DENIED"));
    // Members may modify details in a collaboration space.
    assertEquals(
        200,
        wire.patch("bob", team + "?updateMask=display_name", "{\"displayName\":\"Bob's\"}")
            .status());
  }

  @Test
  void patchOfASpaceTheCallerCantSeeIs404() {
    String team = wire.namedSpace("alice", "Team");

    assertEquals(
        "Requested entity was not found.",
        wire.patch("bob", team + "?updateMask=display_name", "{\"displayName\":\"X\"}")
            .error(404, "NOT_FOUND"));
  }

  // ---------------------------------------------------------------------------------------------
  // delete

  @Test
  void deleteAnswersEmptyAndCascadesToMembershipsMessagesAndReactions() {
    String team = wire.namedSpace("alice", "Team", "users/bob");
    String message =
        wire.post("alice", "/v1/" + team + "/messages", "{\"text\":\"hi\"}").name();
    assertEquals(
        200,
        wire.post("bob", "/v1/" + message + "/reactions", "{\"emoji\":{\"unicode\":\"x\"}}")
            .status());

    Wire.Answer deleted = wire.delete("alice", team);

    assertEquals(200, deleted.status(), deleted.text());
    assertEquals("{}", deleted.text());
    assertEquals(0, emulator.spaceCount());
    for (String path : List.of(team, team + "/members/bob", message, message + "/reactions")) {
      assertEquals(
          "Requested entity was not found.",
          wire.get("alice", path, "").error(404, "NOT_FOUND"),
          path);
    }
    // The display name is free again.
    assertNotNull(wire.namedSpace("alice", "Team"));
  }

  @Test
  void deleteNeedsAManagerOrTheCreatingAppAndChatDelete() {
    String team = wire.namedSpace("alice", "Team", "users/bob");

    assertEquals(
        "users/bob is not a manager of " + team + "; only managers can delete a space.",
        wire.delete("bob", team).error(403, "PERMISSION_DENIED"));
    assertEquals(
        "Request had insufficient authentication scopes.",
        wire.delete("bob-readonly", team).error(403, "PERMISSION_DENIED"));
    String appSpace =
        wire.create(
                "app",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"App's\","
                    + "\"customer\":\"customers/my_customer\"}")
            .name();
    assertEquals("{}", wire.delete("app", appSpace).text());
    assertEquals(1, emulator.spaceCount());
  }

  // ---------------------------------------------------------------------------------------------
  // findDirectMessage and completeImport

  @Test
  void findDirectMessageFindsTheDmOfTheTwoPeople() {
    String dm =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\"},\"memberships\":[{\"member\":"
                    + "{\"name\":\"users/bob\",\"type\":\"HUMAN\"}}]}")
            .name();
    String appDm =
        wire.setup("alice", "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true}}")
            .name();

    assertEquals(dm, wire.get("alice", "spaces:findDirectMessage", "?name=users/bob").name());
    assertEquals(dm, wire.get("bob", "spaces:findDirectMessage", "?name=users/alice").name());
    assertEquals(appDm, wire.get("app", "spaces:findDirectMessage", "?name=users/alice").name());
    assertEquals(
        "Requested entity was not found.",
        wire.get("alice", "spaces:findDirectMessage", "?name=users/carol")
            .error(404, "NOT_FOUND"));
    assertEquals(
        "name is required: the person's users/{user}.",
        wire.get("alice", "spaces:findDirectMessage", "").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void completeImportEndsImportMode() {
    String imported =
        wire.create(
                "alice",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"Old\",\"importMode\":true}")
            .name();

    Wire.Answer done = wire.post("alice", "/v1/" + imported + ":completeImport", "");

    assertEquals(200, done.status(), done.text());
    JsonObject space = done.json().getAsJsonObject("space");
    assertEquals(imported, space.get("name").getAsString());
    assertFalse(space.has("importMode"));
    assertFalse(space.has("importModeExpireTime"));
    assertTrue(
        wire.post("app", "/v1/" + imported + ":completeImport", "")
            .error(403, "PERMISSION_DENIED")
            .startsWith("This method doesn't support app authentication"));
  }

  @Test
  void completeImportOfASpaceNotInImportModeFails() {
    String team = wire.namedSpace("alice", "Team");

    assertEquals(
        team + " is not in import mode.",
        wire.post("alice", "/v1/" + team + ":completeImport", "")
            .error(400, "FAILED_PRECONDITION"));
  }
}
