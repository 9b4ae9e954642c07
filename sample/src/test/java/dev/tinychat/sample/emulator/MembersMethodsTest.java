package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** spaces.members create, get, patch and delete over raw HTTP. */
class MembersMethodsTest {
  private ChatEmulator emulator;
  private Wire wire;
  /** alice (manager) and bob. */
  private String team;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .user("bob", "users/bob", ChatScopes.ALL_USER_SCOPES)
            .user("carol", "users/carol", ChatScopes.ALL_USER_SCOPES)
            .user("bob-readonly", "users/bob", Set.of(ChatScopes.CHAT_MEMBERSHIPS_READONLY))
            .app("app", "users/app", ChatScopes.ALL_APP_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    wire = new Wire(emulator);
    team = wire.namedSpace("alice", "Team", "users/bob");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Wire.Answer add(String token, String space, String membership) {
    return wire.post(token, "/v1/" + space + "/members", membership);
  }

  private static String human(String name) {
    return "{\"member\":{\"name\":\"" + name + "\",\"type\":\"HUMAN\"}}";
  }

  @Test
  void createAddsAPersonAGroupOrTheCallingApp() {
    Wire.Answer carol = add("alice", team, human("users/carol"));
    Wire.Answer group = add("alice", team, "{\"groupMember\":{\"name\":\"groups/eng\"}}");
    Wire.Answer app = add("alice", team, "{\"member\":{\"name\":\"users/app\",\"type\":\"BOT\"}}");

    assertEquals(team + "/members/carol", carol.name());
    assertEquals("ROLE_MEMBER", carol.string("role"));
    assertEquals("JOINED", carol.string("state"));
    assertEquals(Wire.NOW.toString(), carol.string("createTime"));
    assertEquals(team + "/members/eng", group.name());
    assertEquals(
        "users/app", app.json().getAsJsonObject("member").get("name").getAsString());
    assertEquals(
        List.of("users/alice", "users/bob", "users/carol", "groups/eng", "users/app"),
        wire.memberNames("alice", team));
    // carol now sees the space.
    assertEquals(200, wire.get("carol", team).status());
  }

  @Test
  void createRefusesDuplicatesDmsAndWhatAppsCantAdd() {
    String dm =
        wire.setup(
                "alice",
                "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\"},\"memberships\":["
                    + human("users/bob")
                    + "]}")
            .name();

    assertEquals(
        "users/bob is already a member of " + team + ".",
        add("alice", team, human("users/bob")).error(409, "ALREADY_EXISTS"));
    assertEquals(
        "Members can't be added to a direct message (space_type DIRECT_MESSAGE).",
        add("alice", dm, human("users/carol")).error(400, "INVALID_ARGUMENT"));
    assertTrue(
        add("alice", team, human("bob"))
            .error(400, "INVALID_ARGUMENT")
            .startsWith(SpaceRules.MALFORMED_USER));
    String appSpace =
        wire.create(
                "app",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"App's\","
                    + "\"customer\":\"customers/my_customer\"}")
            .name();
    assertEquals(
        "A Chat app can't add a Google group with app authentication.",
        add("app", appSpace, "{\"groupMember\":{\"name\":\"groups/eng\"}}")
            .error(403, "PERMISSION_DENIED"));
    assertEquals(appSpace + "/members/carol", add("app", appSpace, human("users/carol")).name());
  }

  @Test
  void createInAnAnnouncementSpaceNeedsAManager() {
    String news =
        wire.create(
                "alice",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"News\","
                    + "\"predefinedPermissionSettings\":\"ANNOUNCEMENT_SPACE\"}")
            .name();
    assertEquals(200, add("alice", news, human("users/bob")).status());

    assertEquals(
        "users/bob is not a manager of " + news + "; only managers can add members.",
        add("bob", news, human("users/carol")).error(403, "PERMISSION_DENIED"));
  }

  @Test
  void getFindsAMembershipOnlyInItsSpace() {
    String other = wire.namedSpace("carol", "Other");

    JsonObject bob = wire.get("alice", team + "/members/bob", "").json();

    assertEquals(team + "/members/bob", bob.get("name").getAsString());
    assertEquals("ROLE_MEMBER", bob.get("role").getAsString());
    assertEquals(
        "Requested entity was not found.",
        wire.get("alice", team + "/members/carol", "").error(404, "NOT_FOUND"));
    assertEquals(
        "Requested entity was not found.",
        wire.get("alice", other + "/members/carol", "").error(404, "NOT_FOUND"),
        "carol's membership is not visible to alice, who is not in the space");
    assertEquals(200, wire.get("bob-readonly", team + "/members/alice", "").status());
  }

  @Test
  void getWithTheAppAliasFindsTheCallingApp() {
    String appSpace =
        wire.create(
                "app",
                "{\"spaceType\":\"SPACE\",\"displayName\":\"App's\","
                    + "\"customer\":\"customers/my_customer\"}")
            .name();

    assertEquals(
        appSpace + "/members/app", wire.get("app", appSpace + "/members/app", "").name());
  }

  @Test
  void patchChangesTheRoleWithTheRoleMaskOnly() {
    Wire.Answer promoted =
        wire.patch(
            "alice", team + "/members/bob?updateMask=role", "{\"role\":\"ROLE_MANAGER\"}");

    assertEquals("ROLE_MANAGER", promoted.string("role"));
    assertEquals("ROLE_MANAGER", wire.get("bob", team + "/members/bob", "").string("role"));
    assertEquals(
        "update_mask path \"state\" is not supported by spaces.members.patch; the only path is"
            + " role.",
        wire.patch("alice", team + "/members/bob?updateMask=state", "{\"role\":\"ROLE_MEMBER\"}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "update_mask is required; the only path is role.",
        wire.patch("alice", team + "/members/bob", "{\"role\":\"ROLE_MEMBER\"}")
            .error(400, "INVALID_ARGUMENT"));
    assertEquals(
        "membership.role must be ROLE_MEMBER or ROLE_MANAGER.",
        wire.patch("alice", team + "/members/bob?updateMask=role", "{}")
            .error(400, "INVALID_ARGUMENT"));
  }

  @Test
  void patchNeedsAManager() {
    assertEquals(
        "users/bob is not a manager of " + team + "; only managers can change roles.",
        wire.patch("bob", team + "/members/alice?updateMask=role", "{\"role\":\"ROLE_MEMBER\"}")
            .error(403, "PERMISSION_DENIED"));
    assertEquals(
        "Request had insufficient authentication scopes.",
        wire.patch(
                "bob-readonly",
                team + "/members/alice?updateMask=role",
                "{\"role\":\"ROLE_MEMBER\"}")
            .error(403, "PERMISSION_DENIED"));
  }

  @Test
  void deleteAnswersTheRemovedMembershipAndTheMemberLosesTheSpace() {
    Wire.Answer removed = wire.delete("alice", team + "/members/bob");

    assertEquals(team + "/members/bob", removed.name());
    assertEquals(List.of("users/alice"), wire.memberNames("alice", team));
    assertEquals("Requested entity was not found.", wire.get("bob", team).error(404, "NOT_FOUND"));
    assertEquals(
        "Requested entity was not found.",
        wire.delete("alice", team + "/members/bob").error(404, "NOT_FOUND"));
  }

  @Test
  void aPageTokenStaysValidWhenMembersComeAndGo() {
    add("alice", team, human("users/carol"));
    add("alice", team, human("users/dave"));
    Wire.Answer first = wire.get("alice", team + "/members", "?pageSize=2");
    assertEquals(
        List.of(team + "/members/alice", team + "/members/bob"),
        Wire.names(first, "memberships"));

    wire.delete("alice", team + "/members/bob");
    add("alice", team, human("users/erin"));
    Wire.Answer second =
        wire.get("alice", team + "/members", "?pageSize=5&pageToken=" + Wire.nextPageToken(first));

    assertEquals(
        List.of(team + "/members/carol", team + "/members/dave", team + "/members/erin"),
        Wire.names(second, "memberships"));
  }

  @Test
  void membersLeaveThemselvesButRemoveNoManager() {
    add("alice", team, human("users/carol"));

    assertEquals(
        "users/bob is not a manager of " + team + "; only managers can remove a space manager.",
        wire.delete("bob", team + "/members/alice").error(403, "PERMISSION_DENIED"));
    assertEquals(team + "/members/bob", wire.delete("bob", team + "/members/bob").name());
  }
}
