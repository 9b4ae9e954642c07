package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.AccessSettings;
import com.google.api.services.chat.v1.model.CardWithId;
import com.google.api.services.chat.v1.model.GoogleAppsCardV1Card;
import com.google.api.services.chat.v1.model.GoogleAppsCardV1CardHeader;
import com.google.api.services.chat.v1.model.Membership;
import com.google.api.services.chat.v1.model.Message;
import com.google.api.services.chat.v1.model.PermissionSetting;
import com.google.api.services.chat.v1.model.PermissionSettings;
import com.google.api.services.chat.v1.model.Space;
import com.google.api.services.chat.v1.model.SpaceDetails;
import com.google.gson.JsonParser;
import dev.tinychat.json.JsonValue;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Membership.MembershipRole;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.PatchMessage;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.UpdateMembership;
import dev.tinychat.sample.chat.UpdateMessage;
import dev.tinychat.sample.chat.UpdateSpace;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The update methods: for the same change our request classes and Google's official client send
 * the same method (Google's sends PATCH as POST with {@code X-HTTP-Method-Override}), path, query
 * parameters (decoded, sorted) and JSON body. Google's caller writes the mask by hand; ours is made
 * from the fields set.
 */
class UpdatesWireTest {
  private static final String SPACE = "spaces/AAAAAAAAAAA";
  private static final String MEMBER = SPACE + "/members/111";
  private static final String MESSAGE = SPACE + "/messages/client-m1";

  private final CannedServer server = new CannedServer();
  private final SpacesClient spaces = Clients.ours(server.baseUrl());
  private final MembersClient members = Clients.oursMembers(server.baseUrl());
  private final MessagesClient messages = Clients.oursMessages(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  UpdatesWireTest() {
    server.answer(200, "{}");
  }

  @AfterEach
  void stop() {
    spaces.close();
    members.close();
    messages.close();
    server.close();
  }

  /** Sends with each client and compares; our query pairs. */
  private List<String> assertSameRequest(CannedServer.Call ours, CannedServer.Call theirs) throws IOException {
    server.clear();
    ours.run();
    CannedServer.Received mine = server.only();
    server.clear();
    theirs.run();
    CannedServer.Received google = server.only();
    assertEquals(google.effectiveMethod(), mine.method());
    assertEquals(google.path(), mine.path());
    assertEquals(CannedServer.pairs(google.query()), CannedServer.pairs(mine.query()));
    assertEquals(JsonParser.parseString(google.body()), JsonParser.parseString(mine.body()),
        () -> "ours " + mine.body() + "\nGoogle's " + google.body());
    return CannedServer.pairs(mine.query());
  }

  private static PermissionSetting permission(boolean managers, boolean members) {
    return new PermissionSetting().setManagersAllowed(managers).setMembersAllowed(members);
  }

  @Test
  void spaceDetails() throws IOException {
    List<String> query = assertSameRequest(
        () -> spaces.patch(UpdateSpace.details(SPACE).displayName("Ops \u00e9").useAdminAccess(true)
            .spaceDetails(new SpaceDetailsBuilder().description("On call").guidelines("Be kind").build())),
        () -> google.spaces().patch(SPACE, new Space().setDisplayName("Ops \u00e9")
                .setSpaceDetails(new SpaceDetails().setDescription("On call").setGuidelines("Be kind")))
            .setUpdateMask("display_name,space_details").setUseAdminAccess(true).execute());
    assertEquals(List.of("updateMask=display_name,space_details", "useAdminAccess=true"), query);
  }

  @Test
  void spaceHistoryState() throws IOException {
    assertSameRequest(
        () -> spaces.patch(UpdateSpace.historyState(SPACE, dev.tinychat.sample.chat.Space.HistoryState.HISTORY_OFF)),
        () -> google.spaces().patch(SPACE, new Space().setSpaceHistoryState("HISTORY_OFF"))
            .setUpdateMask("space_history_state").execute());
  }

  @Test
  void spaceAudienceClearedByNull() throws IOException {
    assertSameRequest(
        () -> spaces.patch(UpdateSpace.access(SPACE).audience(null)),
        () -> google.spaces().patch(SPACE, new Space()).setUpdateMask("access_settings.audience").execute());
    assertSameRequest(
        () -> spaces.patch(UpdateSpace.access(SPACE).audience("audiences/default")),
        () -> google.spaces().patch(SPACE, new Space().setAccessSettings(new AccessSettings()
                .setAudience("audiences/default")))
            .setUpdateMask("access_settings.audience").execute());
  }

  @Test
  void spacePermissions() throws IOException {
    assertSameRequest(
        () -> spaces.patch(UpdateSpace.permissions(SPACE)
            .manageApps(new PermissionSettingBuilder().managersAllowed(true).membersAllowed(false).build())
            .replyMessages(new PermissionSettingBuilder().managersAllowed(true).membersAllowed(true).build())),
        () -> google.spaces().patch(SPACE, new Space().setPermissionSettings(new PermissionSettings()
                .setManageApps(permission(true, false)).setReplyMessages(permission(true, true))))
            .setUpdateMask("permission_settings.manage_apps,permission_settings.reply_messages").execute());
  }

  @Test
  void membershipRole() throws IOException {
    assertSameRequest(
        () -> members.patch(UpdateMembership.role(MEMBER, MembershipRole.ROLE_MANAGER).useAdminAccess(false)),
        () -> google.spaces().members().patch(MEMBER, new Membership().setName(MEMBER).setRole("ROLE_MANAGER"))
            .setUpdateMask("role").setUseAdminAccess(false).execute());
  }

  @Test
  void messagePatchAndPut() throws IOException {
    assertSameRequest(
        () -> messages.patch(PatchMessage.content(MESSAGE).text("edited").quotedMessageMetadata(null)
            .allowMissing(true)),
        () -> google.spaces().messages().patch(MESSAGE, new Message().setName(MESSAGE).setText("edited"))
            .setUpdateMask("quoted_message_metadata,text").setAllowMissing(true).execute());
    assertSameRequest(
        () -> messages.update(UpdateMessage.content(MESSAGE).text("again")),
        () -> google.spaces().messages().update(MESSAGE, new Message().setName(MESSAGE).setText("again"))
            .setUpdateMask("text").execute());
  }

  @Test
  void messageCardsAsTheApp() throws IOException {
    JsonValue card = JsonValue.parse("{\"cardId\":\"c1\",\"card\":{\"header\":{\"title\":\"T\"}}}");
    assertSameRequest(
        () -> messages.patch(PatchMessage.cards(MESSAGE).cardsV2(card).text(null)),
        () -> google.spaces().messages().patch(MESSAGE, new Message().setName(MESSAGE).setCardsV2(List.of(
                new CardWithId().setCardId("c1").setCard(new GoogleAppsCardV1Card()
                    .setHeader(new GoogleAppsCardV1CardHeader().setTitle("T"))))))
            .setUpdateMask("cards_v2,text").execute());
  }
}
