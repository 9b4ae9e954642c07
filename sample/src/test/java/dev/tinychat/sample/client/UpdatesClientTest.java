package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.ApiException;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.Membership.MembershipRole;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Message;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.PatchMessage;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.UpdateMembership;
import dev.tinychat.sample.chat.UpdateMessage;
import dev.tinychat.sample.chat.UpdateSpace;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Partial updates through the generated clients against the emulator: the mask is made from the
 * fields set, a field set to null is cleared, and the emulator (with Google's mask rules) takes
 * each request the factories can make.
 */
class UpdatesClientTest {
  private final Chat chat = new Chat();
  private final SpacesClient spaces = chat.client(ALICE);
  private final MembersClient members = chat.members(ALICE);
  private final MessagesClient messages = chat.messages(ALICE);
  /** A named space of alice (manager) and bob, with one message of alice. */
  private final String team;
  private final String message;

  UpdatesClientTest() {
    team = spaces.setup(SetUpSpace.namedSpace("Team")
        .memberships(List.of(Membership.human("users/bob")))).name();
    message = chat.post(ALICE, "/v1/" + team + "/messages?messageId=client-m1", "{\"text\":\"hi\"}")
        .get("name").getAsString();
    chat.emulator.clearRequestLog();
  }

  @AfterEach
  void stop() {
    spaces.close();
    members.close();
    messages.close();
    chat.close();
  }

  @Test
  void detailsSendTheMaskOfTheFieldsSetAndChangeOnlyThem() {
    Space updated = spaces.patch(UpdateSpace.details(team)
        .displayName("Ops")
        .spaceDetails(new SpaceDetailsBuilder().description("On call").guidelines("Be kind").build()));
    RecordedRequest request = chat.onlyRequest();
    assertEquals("PATCH /v1/" + team + " updateMask=display_name%2Cspace_details",
        request.method() + " " + request.path() + " " + request.query());
    assertEquals(Chat.json("{\"displayName\":\"Ops\",\"spaceDetails\":{\"description\":\"On call\","
        + "\"guidelines\":\"Be kind\"}}"), Chat.body(request));
    assertEquals("Ops", updated.displayName());
    Space read = spaces.get(team);
    assertEquals("Ops", read.displayName());
    assertEquals("On call", read.spaceDetails().description());
    assertEquals(Space.SpaceType.SPACE, read.spaceType());
  }

  @Test
  void historyStateIsAloneInItsMask() {
    Space updated = spaces.patch(UpdateSpace.historyState(team, Space.HistoryState.HISTORY_ON));
    assertEquals("updateMask=space_history_state", chat.onlyRequest().query());
    assertEquals(Space.HistoryState.HISTORY_ON, updated.spaceHistoryState());
  }

  @Test
  void anAudienceSetToNullIsInTheMaskAndAbsentFromTheBodyWhichMakesTheSpacePrivate() {
    spaces.patch(UpdateSpace.access(team).audience("audiences/default"));
    assertEquals("audiences/default", spaces.get(team).accessSettings().audience());
    chat.emulator.clearRequestLog();

    spaces.patch(UpdateSpace.access(team).audience(null));
    RecordedRequest request = chat.onlyRequest();
    assertEquals("updateMask=access_settings.audience", request.query());
    assertEquals(Chat.json("{}"), Chat.body(request));
    Space read = spaces.get(team);
    assertTrue(read.accessSettings() == null || read.accessSettings().audience() == null, read::toString);
  }

  @Test
  void permissionSettingsGoTogether() {
    Space updated = spaces.patch(UpdateSpace.permissions(team)
        .manageMembersAndGroups(new PermissionSettingBuilder().managersAllowed(true).membersAllowed(true).build())
        .useAtMentionAll(new PermissionSettingBuilder().managersAllowed(true).membersAllowed(false).build()));
    assertEquals("updateMask=permission_settings.manage_members_and_groups%2C"
        + "permission_settings.use_at_mention_all", chat.onlyRequest().query());
    assertEquals(true, updated.permissionSettings().manageMembersAndGroups().membersAllowed());
  }

  @Test
  void anUpdateThatSetsNothingIsRefusedBeforeSending() {
    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> spaces.patch(UpdateSpace.details(team)));
    assertEquals("updateMask", refused.field());
    assertThrows(InvalidRequestException.class, () -> spaces.patch(UpdateSpace.details(team).useAdminAccess(true)));
    assertTrue(chat.emulator.requestLog().isEmpty());
  }

  @Test
  void aNameOffThePatternIsRefusedBeforeSending() {
    InvalidRequestException refused = assertThrows(InvalidRequestException.class,
        () -> spaces.patch(UpdateSpace.details("rooms/1").displayName("Ops")));
    assertEquals("space.name: must match spaces/*, got \"rooms/1\"", refused.getMessage());
    assertTrue(chat.emulator.requestLog().isEmpty());
  }

  @Test
  void aMaskMadeByHandWithAForbiddenMixIsRefusedByTheServer() {
    ApiException refused = assertThrows(ApiException.class, () -> spaces.patch(
        new dev.tinychat.sample.chat.SpaceBuilder().name(team).displayName("Ops").build(),
        "display_name,space_history_state", null));
    assertEquals(400, refused.httpStatus());
  }

  @Test
  void aMembersRoleChanges() {
    String bob = team + "/members/bob";
    Membership updated = members.patch(UpdateMembership.role(bob, MembershipRole.ROLE_MANAGER));
    RecordedRequest request = chat.onlyRequest();
    assertEquals("PATCH /v1/" + bob + " updateMask=role",
        request.method() + " " + request.path() + " " + request.query());
    assertEquals(Chat.json("{\"name\":\"" + bob + "\",\"role\":\"ROLE_MANAGER\"}"), Chat.body(request));
    assertEquals(MembershipRole.ROLE_MANAGER, updated.role());
    assertEquals(MembershipRole.ROLE_MANAGER, members.get(bob, null).role());
  }

  @Test
  void aMessagesTextChangesByPatchAndByPut() {
    Message patched = messages.patch(PatchMessage.content(message).text("edited"));
    RecordedRequest request = chat.onlyRequest();
    assertEquals("PATCH updateMask=text", request.method() + " " + request.query());
    assertEquals("edited", patched.text());
    chat.emulator.clearRequestLog();

    Message put = messages.update(UpdateMessage.content(message).text("again"));
    assertEquals("PUT", chat.onlyRequest().method());
    assertEquals("again", put.text());
    assertEquals("again", messages.get(message).text());
  }

  @Test
  void aMissingMessageWithAClientIdIsCreatedWithAllowMissing() {
    Message created = messages.patch(PatchMessage.content(team + "/messages/client-new").text("new")
        .allowMissing(true));
    assertEquals("new", created.text());
    assertEquals("new", messages.get(team + "/messages/client-new").text());
  }

  @Test
  void aMessageTextSetToNullIsCleared() {
    messages.patch(PatchMessage.content(message).text(null));
    assertEquals(Chat.json("{\"name\":\"" + message + "\"}"), Chat.body(chat.onlyRequest()));
    assertNull(messages.get(message).text());
  }
}
