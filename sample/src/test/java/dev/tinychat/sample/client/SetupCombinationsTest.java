package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.BOB;
import static dev.tinychat.sample.client.Chat.body;
import static dev.tinychat.sample.client.Chat.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MembershipCountBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.User;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every {@code spaces.setup} combination through its generated factory, end to end. */
class SetupCombinationsTest {
  private static final String HUMAN_CAROL =
      "{\"member\":{\"name\":\"users/carol\",\"type\":\"HUMAN\"}}";
  private static final String HUMAN_DAN =
      "{\"member\":{\"name\":\"users/dan\",\"type\":\"HUMAN\"}}";

  private final Chat chat = new Chat();

  @AfterEach
  void stop() {
    chat.close();
  }

  private static void assertSetupPath(RecordedRequest request) {
    assertEquals("POST", request.method());
    assertEquals("/v1/spaces:setup", request.path());
    assertEquals("", request.query(), "setup carries its requestId in the body");
  }

  @Test
  void namedSpaceWithPeopleAndAGroupAddsThemAndMakesTheCallerManager() {
    Space space =
        chat.client(ALICE)
            .setup(
                SetUpSpace.namedSpace("Launch")
                    .description("Ship it")
                    .guidelines("Be kind")
                    .externalUserAllowed(true)
                    .spaceHistoryState(Space.HistoryState.HISTORY_OFF)
                    .memberships(
                        Membership.human("users/carol"),
                        Membership.human("users/dan"),
                        Membership.group("groups/eng"))
                    .requestId("setup-1"));

    RecordedRequest request = chat.onlyRequest();
    assertSetupPath(request);
    assertEquals(
        json(
            "{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Launch\","
                + "\"spaceDetails\":{\"description\":\"Ship it\",\"guidelines\":\"Be kind\"},"
                + "\"externalUserAllowed\":true,\"spaceHistoryState\":\"HISTORY_OFF\"},"
                + "\"requestId\":\"setup-1\",\"memberships\":["
                + HUMAN_CAROL
                + ","
                + HUMAN_DAN
                + ",{\"groupMember\":{\"name\":\"groups/eng\"}}]}"),
        body(request));

    assertTrue(Chat.SPACE_NAME.matcher(space.name()).matches(), space.name());
    assertEquals(Space.SpaceType.SPACE, space.spaceType());
    assertEquals("Launch", space.displayName());
    assertEquals(
        new SpaceDetailsBuilder().description("Ship it").guidelines("Be kind").build(),
        space.spaceDetails());
    assertEquals(Boolean.TRUE, space.externalUserAllowed());
    assertEquals(Space.HistoryState.HISTORY_OFF, space.spaceHistoryState());
    assertEquals(
        new MembershipCountBuilder().joinedDirectHumanUserCount(3).joinedGroupCount(1).build(),
        space.membershipCount());
    assertEquals(
        List.of(
            "ROLE_MANAGER users/alice HUMAN",
            "ROLE_MEMBER users/carol HUMAN",
            "ROLE_MEMBER users/dan HUMAN",
            "ROLE_MEMBER groups/eng GROUP"),
        chat.members(ALICE, space.name()));
  }

  @Test
  void namedSpaceWithoutMembershipsSendsNoMembershipsAndARandomRequestId() {
    Space space = chat.client(ALICE).setup(SetUpSpace.namedSpace("Alone"));

    RecordedRequest request = chat.onlyRequest();
    assertSetupPath(request);
    JsonObject sent = body(request).getAsJsonObject();
    assertTrue(Chat.UUID.matcher(sent.remove("requestId").getAsString()).matches(), sent::toString);
    assertEquals(
        json("{\"space\":{\"spaceType\":\"SPACE\",\"displayName\":\"Alone\"}}"), sent);
    assertEquals(List.of("ROLE_MANAGER users/alice HUMAN"), chat.members(ALICE, space.name()));
  }

  @Test
  void groupChatAddsEveryPersonAsMember() {
    Space space =
        chat.client(ALICE)
            .setup(
                SetUpSpace.groupChat(
                        User.human("users/carol"),
                        User.human("users/dan"),
                        User.human("users/erin@example.com"))
                    .requestId("gc-1"));

    RecordedRequest request = chat.onlyRequest();
    assertSetupPath(request);
    assertEquals(
        json(
            "{\"space\":{\"spaceType\":\"GROUP_CHAT\"},\"requestId\":\"gc-1\",\"memberships\":["
                + HUMAN_CAROL
                + ","
                + HUMAN_DAN
                + ",{\"member\":{\"name\":\"users/erin@example.com\",\"type\":\"HUMAN\"}}]}"),
        body(request));

    assertEquals(Space.SpaceType.GROUP_CHAT, space.spaceType());
    assertEquals(Space.Type.ROOM, space.type());
    assertNull(space.displayName());
    assertEquals(Space.SpaceThreadingState.UNTHREADED_MESSAGES, space.spaceThreadingState());
    assertEquals(
        new MembershipCountBuilder().joinedDirectHumanUserCount(4).build(),
        space.membershipCount());
    assertEquals(
        List.of(
            "ROLE_MEMBER users/alice HUMAN",
            "ROLE_MEMBER users/carol HUMAN",
            "ROLE_MEMBER users/dan HUMAN",
            "ROLE_MEMBER users/erin@example.com HUMAN"),
        chat.members(ALICE, space.name()));
  }

  @Test
  void directMessageSendsSingleUserBotDmFalseAndOnePerson() {
    Space space =
        chat.client(ALICE)
            .setup(SetUpSpace.directMessage(User.human("users/carol")).requestId("dm-1"));

    RecordedRequest request = chat.onlyRequest();
    assertSetupPath(request);
    assertEquals(
        json(
            "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":false},"
                + "\"requestId\":\"dm-1\",\"memberships\":["
                + HUMAN_CAROL
                + "]}"),
        body(request));

    assertEquals(Space.SpaceType.DIRECT_MESSAGE, space.spaceType());
    assertEquals(Space.Type.DM, space.type());
    assertNull(space.singleUserBotDm(), "false is omitted on the wire");
    assertNull(space.accessSettings());
    assertNull(space.permissionSettings());
    assertEquals(
        "https://chat.google.com/dm/" + space.name().substring(7) + "?cls=11", space.spaceUri());
    assertEquals(
        List.of("ROLE_MEMBER users/alice HUMAN", "ROLE_MEMBER users/carol HUMAN"),
        chat.members(ALICE, space.name()));
  }

  @Test
  void anExistingDirectMessageIsReturnedInsteadOfANewOne() {
    Space first = chat.client(ALICE).setup(SetUpSpace.directMessage(User.human("users/bob")));

    Space again =
        chat.client(BOB).setup(SetUpSpace.directMessage(User.human("users/alice")));

    assertEquals(first, again);
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void directMessageWithAppSendsSingleUserBotDmTrueAndNoMemberships() {
    Space space =
        chat.client(ALICE).setup(SetUpSpace.directMessageWithApp().requestId("dm-app-1"));

    RecordedRequest request = chat.onlyRequest();
    assertSetupPath(request);
    assertEquals(
        json(
            "{\"space\":{\"spaceType\":\"DIRECT_MESSAGE\",\"singleUserBotDm\":true},"
                + "\"requestId\":\"dm-app-1\"}"),
        body(request));

    assertEquals(Space.SpaceType.DIRECT_MESSAGE, space.spaceType());
    assertEquals(Boolean.TRUE, space.singleUserBotDm());
    assertEquals(
        List.of("ROLE_MEMBER users/alice HUMAN", "ROLE_MEMBER users/app BOT"),
        chat.members(ALICE, space.name()));
  }
}
