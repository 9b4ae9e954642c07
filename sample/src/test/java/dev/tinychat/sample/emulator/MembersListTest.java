package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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

/** {@code spaces.members.list} over raw HTTP: paging, filters, groups, and the 400s. */
class MembersListTest {
  private ChatEmulator emulator;
  private Wire wire;
  /** alice (manager), bob, carol, dave and the group eng (members), made by alice's setup. */
  private String team;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
    team =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"},\"memberships\":["
                    + human("users/bob")
                    + ","
                    + human("users/carol")
                    + ",{\"groupMember\":{\"name\":\"groups/eng\"}},"
                    + human("users/dave")
                    + "]}")
            .name();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static String human(String name) {
    return "{\"member\":{\"name\":\"" + name + "\",\"type\":\"HUMAN\"}}";
  }

  private Wire.Answer list(String space, String query) {
    return wire.send("alice", "GET", "/v1/" + space + "/members" + query, null);
  }

  private static String filter(String filter) {
    return "filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
  }

  /** The page's members as "users/bob ROLE_MEMBER", in order; checks the status is 200. */
  private static List<String> members(Wire.Answer answer) {
    assertEquals(200, answer.status(), answer.text());
    List<String> members = new ArrayList<>();
    JsonArray memberships = answer.json().getAsJsonArray("memberships");
    if (memberships != null) {
      for (JsonElement element : memberships) {
        JsonObject membership = element.getAsJsonObject();
        JsonObject member =
            membership.has("member")
                ? membership.getAsJsonObject("member")
                : membership.getAsJsonObject("groupMember");
        members.add(member.get("name").getAsString() + " " + membership.get("role").getAsString());
      }
    }
    return members;
  }

  private static String nextPageToken(Wire.Answer answer) {
    JsonElement token = answer.json().get("nextPageToken");
    return token == null ? null : token.getAsString();
  }

  @Test
  void pagesOfTwoWalkEveryMembershipOnceInOrderAndTheLastHasNoToken() {
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do {
      Wire.Answer page =
          list(team, "?showGroups=true&pageSize=2" + (token == null ? "" : "&pageToken=" + token));
      List<String> members = members(page);
      sizes.add(members.size());
      seen.addAll(members);
      token = nextPageToken(page);
    } while (token != null);

    assertEquals(
        List.of(
            "users/alice ROLE_MANAGER",
            "users/bob ROLE_MEMBER",
            "users/carol ROLE_MEMBER",
            "groups/eng ROLE_MEMBER",
            "users/dave ROLE_MEMBER"),
        seen);
    assertEquals(List.of(2, 2, 1), sizes);
  }

  @Test
  void withoutPageSizeOrWithZeroOrAboveTheMaximumEverythingFitsOnePage() {
    for (String query : List.of("", "?pageSize=0", "?pageSize=5000", "?page_size=3")) {
      Wire.Answer answer = list(team, query);
      int expected = query.endsWith("=3") ? 3 : 4;
      assertEquals(expected, members(answer).size(), query);
      assertEquals(query.endsWith("=3"), nextPageToken(answer) != null, query);
    }
  }

  @Test
  void theTokenStaysValidWhenThePageSizeChanges() {
    String token = nextPageToken(list(team, "?pageSize=1"));

    assertEquals(
        List.of("users/bob ROLE_MEMBER", "users/carol ROLE_MEMBER", "users/dave ROLE_MEMBER"),
        members(list(team, "?pageSize=10&pageToken=" + token)));
  }

  @Test
  void negativeOrNonNumericPageSizeIs400() {
    Wire.Answer negative = list(team, "?pageSize=-1");
    assertEquals(
        "page_size must not be negative, but was -1.", negative.error(400, "INVALID_ARGUMENT"));
    assertEquals("page_size", negative.violatedField());

    assertEquals(
        "Invalid value at 'page_size' (TYPE_INT32), \"ten\"",
        list(team, "?pageSize=ten").error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid value at 'show_groups' (TYPE_BOOL), \"yes\"",
        list(team, "?showGroups=yes").error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void aTokenTheEmulatorDidNotIssueIs400() {
    Wire.Answer answer = list(team, "?pageToken=not-a-token");

    assertEquals(
        "Invalid page_token: it is not a token the emulator issued.",
        answer.error(400, "INVALID_ARGUMENT"));
    assertEquals("page_token", answer.violatedField());
  }

  @Test
  void aTokenOfAnotherSpaceOrOtherArgumentsIs400() {
    String other =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Other\"},\"memberships\":["
                    + human("users/bob")
                    + "]}")
            .name();
    String token = nextPageToken(list(team, "?pageSize=1"));
    assertNotNull(token);

    assertEquals(
        "Invalid page_token: it was issued for " + team + ", not " + other + ".",
        list(other, "?pageToken=" + token).error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "Invalid page_token: it was issued for other filter, showGroups or showInvited values;"
            + " pass the same ones as the call that returned it.",
        list(team, "?showGroups=true&pageToken=" + token).error(400, "INVALID_ARGUMENT"));
    list(team, "?" + filter("role = \"ROLE_MEMBER\"") + "&pageToken=" + token)
        .error(400, "INVALID_ARGUMENT");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "role = \"ROLE_MANAGER\"                            | users/alice ROLE_MANAGER",
        "role=\"ROLE_MEMBER\"                               | users/bob ROLE_MEMBER,users/carol"
            + " ROLE_MEMBER,groups/eng ROLE_MEMBER,users/dave ROLE_MEMBER",
        "role = \"ROLE_MANAGER\" OR role = \"ROLE_MEMBER\"  | users/alice ROLE_MANAGER,users/bob"
            + " ROLE_MEMBER,users/carol ROLE_MEMBER,groups/eng ROLE_MEMBER,users/dave ROLE_MEMBER",
        "member.type = \"HUMAN\" AND role = \"ROLE_MEMBER\" | users/bob ROLE_MEMBER,users/carol"
            + " ROLE_MEMBER,users/dave ROLE_MEMBER",
        "member.type != \"BOT\" AND role = \"ROLE_MEMBER\"  | users/bob ROLE_MEMBER,users/carol"
            + " ROLE_MEMBER,groups/eng ROLE_MEMBER,users/dave ROLE_MEMBER",
        "member.type = \"BOT\" OR role = \"ROLE_MANAGER\"   | users/alice ROLE_MANAGER",
        "'  '                                               | users/alice ROLE_MANAGER,users/bob"
            + " ROLE_MEMBER,users/carol ROLE_MEMBER,groups/eng ROLE_MEMBER,users/dave ROLE_MEMBER",
      })
  void filtersKeepTheMatchingMembershipsGroupsIncluded(String filter, String expected) {
    assertEquals(
        List.of(expected.split(",")), members(list(team, "?showGroups=true&" + filter(filter))));
  }

  @Test
  void memberTypeTellsPeopleFromApps() {
    String dm =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true}}")
            .name();

    assertEquals(List.of("users/app ROLE_MEMBER"), members(list(dm, "?" + filter(
        "member.type = \"BOT\""))));
    assertEquals(List.of("users/alice ROLE_MEMBER"), members(list(dm, "?" + filter(
        "member.type != \"BOT\""))));
  }

  @Test
  void pagingKeepsTheFilter() {
    String query = "?pageSize=2&" + filter("role = \"ROLE_MEMBER\"");
    Wire.Answer first = list(team, query);
    Wire.Answer second = list(team, query + "&pageToken=" + nextPageToken(first));

    assertEquals(List.of("users/bob ROLE_MEMBER", "users/carol ROLE_MEMBER"), members(first));
    assertEquals(List.of("users/dave ROLE_MEMBER"), members(second));
    assertFalse(second.json().has("nextPageToken"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "member.type = \"HUMAN\" AND member.type = \"BOT\" | member.type is compared twice joined"
            + " by AND; use OR to match either value.",
        "role = \"ROLE_MANAGER\" AND role = \"ROLE_MEMBER\" | role is compared twice joined by"
            + " AND; use OR to match either value.",
        "role = \"ROLE_MANAGER\" OR role = \"ROLE_MEMBER\" AND member.type = \"HUMAN\" | the"
            + " emulator does not support AND and OR in one filter (character 47); use only AND or"
            + " only OR.",
        "(role = \"ROLE_MANAGER\") | the emulator does not support parentheses (character 1).",
        "state = \"JOINED\" | expected role or member.type at character 1, but found \"state\";"
            + " the emulator filters on these two fields only.",
        "role != \"ROLE_MANAGER\" | role takes = only; != is for member.type.",
        "role = \"ROLE_OWNER\" | role must be compared with \"ROLE_MANAGER\" or \"ROLE_MEMBER\","
            + " but was \"ROLE_OWNER\".",
        "member.type = HUMAN | expected a double-quoted value after member.type = at character"
            + " 15, but found \"HUMAN\".",
        "role = \"ROLE_MANAGER | the value at character 8 has no closing quote.",
        "role = \"ROLE_MANAGER\" and role = \"ROLE_MEMBER\" | expected AND or OR at character 23,"
            + " but found \"and\".",
        "role = \"ROLE_MANAGER\" OR | expected role or member.type at character 25, but found the"
            + " end; the emulator filters on these two fields only.",
        "role < \"ROLE_MANAGER\" | expected = or != after role at character 6, but found \"<\".",
      })
  void unsupportedFiltersAre400NamingTheProblem(String filter, String message) {
    Wire.Answer answer = list(team, "?" + filter(filter));

    assertEquals("Invalid filter: " + message, answer.error(400, "INVALID_ARGUMENT"));
    assertEquals("filter", answer.violatedField());
  }

  @Test
  void showInvitedAddsNobodyAsEveryoneHasJoined() {
    assertEquals(members(list(team, "")), members(list(team, "?showInvited=true")));
  }

  @Test
  void adminAccessIsNotModelled() {
    assertEquals(
        "use_admin_access is not supported: the emulator models no Workspace administrators.",
        list(team, "?useAdminAccess=true&" + filter("member.type = \"HUMAN\""))
            .error(501, "UNIMPLEMENTED"));
  }
}
