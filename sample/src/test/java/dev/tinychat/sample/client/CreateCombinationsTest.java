package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.APP;
import static dev.tinychat.sample.client.Chat.CUSTOMER;
import static dev.tinychat.sample.client.Chat.NOW;
import static dev.tinychat.sample.client.Chat.body;
import static dev.tinychat.sample.client.Chat.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.sample.chat.AccessSettings;
import dev.tinychat.sample.chat.AccessSettingsBuilder;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.MembershipCountBuilder;
import dev.tinychat.sample.chat.PermissionSetting;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.emulator.ChatEmulator;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every {@code spaces.create} combination through its generated factory, end to end. */
class CreateCombinationsTest {
  private final Chat chat = new Chat();

  @AfterEach
  void stop() {
    chat.close();
  }

  private static void assertCreatePath(RecordedRequest request, String requestId) {
    assertEquals("POST", request.method());
    assertEquals("/v1/spaces", request.path());
    assertEquals("requestId=" + requestId, request.query());
    assertEquals("application/json; charset=utf-8", request.header("Content-Type"));
  }

  @Test
  void namedSpaceWithOnlyItsNameSendsTypeAndNameAndARandomRequestId() {
    Space space = chat.client(ALICE).create(CreateSpace.namedSpace("Team"));

    RecordedRequest request = chat.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v1/spaces", request.path());
    assertTrue(request.query().startsWith("requestId="), request.query());
    assertTrue(
        Chat.UUID.matcher(request.query().substring("requestId=".length())).matches(),
        request.query());
    assertEquals(json("{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}"), body(request));

    assertTrue(Chat.SPACE_NAME.matcher(space.name()).matches(), space.name());
    assertEquals(Space.Type.ROOM, space.type());
    assertEquals(Space.SpaceType.SPACE, space.spaceType());
    assertEquals("Team", space.displayName());
    assertEquals(Space.SpaceThreadingState.THREADED_MESSAGES, space.spaceThreadingState());
    assertEquals(Space.HistoryState.HISTORY_ON, space.spaceHistoryState());
    assertEquals(NOW, space.createTime());
    assertEquals(NOW, space.lastActiveTime());
    assertEquals(
        new MembershipCountBuilder().joinedDirectHumanUserCount(1).build(),
        space.membershipCount());
    assertEquals(AccessSettings.AccessState.PRIVATE, space.accessSettings().accessState());
    assertNull(space.accessSettings().audience());
    assertEquals(
        "https://chat.google.com/room/" + space.name().substring(7) + "?cls=11", space.spaceUri());
    assertNull(space.customer());
    assertNull(space.importMode());
    assertNull(space.singleUserBotDm());
    assertNull(space.spaceDetails());
    assertNull(space.predefinedPermissionSettings(), "input only: never read back");
    assertEquals(List.of("ROLE_MANAGER users/alice HUMAN"), chat.members(ALICE, space.name()));
    assertEquals(1, chat.emulator.spaceCount());
  }

  @Test
  void namedSpaceWithEveryAllowedFieldSendsThemAll() {
    Space space =
        chat.client(ALICE)
            .create(
                CreateSpace.namedSpace("Launch")
                    .description("Ship it")
                    .guidelines("Be kind")
                    .externalUserAllowed(true)
                    .spaceHistoryState(Space.HistoryState.HISTORY_OFF)
                    .audience("audiences/default")
                    .predefinedPermissionSettings(
                        Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE)
                    .requestId("launch-1"));

    RecordedRequest request = chat.onlyRequest();
    assertCreatePath(request, "launch-1");
    assertEquals(
        json(
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Launch\","
                + "\"spaceDetails\":{\"description\":\"Ship it\",\"guidelines\":\"Be kind\"},"
                + "\"externalUserAllowed\":true,\"spaceHistoryState\":\"HISTORY_OFF\","
                + "\"accessSettings\":{\"audience\":\"audiences/default\"},"
                + "\"predefinedPermissionSettings\":\"ANNOUNCEMENT_SPACE\"}"),
        body(request));

    assertEquals("Launch", space.displayName());
    assertEquals(
        new SpaceDetailsBuilder().description("Ship it").guidelines("Be kind").build(),
        space.spaceDetails());
    assertEquals(Boolean.TRUE, space.externalUserAllowed());
    assertEquals(Space.HistoryState.HISTORY_OFF, space.spaceHistoryState());
    assertEquals(
        new AccessSettingsBuilder()
            .accessState(AccessSettings.AccessState.DISCOVERABLE)
            .audience("audiences/default")
            .build(),
        space.accessSettings());
    PermissionSetting managersOnly =
        new PermissionSettingBuilder().managersAllowed(true).assistantManagersAllowed(true).build();
    assertEquals(managersOnly, space.permissionSettings().manageMembersAndGroups());
    assertEquals(managersOnly, space.permissionSettings().postMessages());
    assertEquals(
        new PermissionSettingBuilder()
            .managersAllowed(true)
            .assistantManagersAllowed(true)
            .membersAllowed(true)
            .build(),
        space.permissionSettings().replyMessages());
    assertEquals(List.of("ROLE_MANAGER users/alice HUMAN"), chat.members(ALICE, space.name()));
  }

  @Test
  void namedSpaceAsAppSendsTheCustomerAndMakesTheAppAMemberNotAManager() {
    PermissionSetting managersOnly = new PermissionSettingBuilder().managersAllowed(true).build();
    Space space =
        chat.client(APP)
            .create(
                CreateSpace.namedSpaceAsApp("App space", CUSTOMER)
                    .description("Made by an app")
                    .externalUserAllowed(false)
                    .spaceHistoryState(Space.HistoryState.HISTORY_ON)
                    .audience("audiences/default")
                    .manageApps(managersOnly)
                    .requestId("app-1"));

    RecordedRequest request = chat.onlyRequest();
    assertCreatePath(request, "app-1");
    assertEquals(
        json(
            "{\"spaceType\":\"SPACE\",\"displayName\":\"App space\","
                + "\"customer\":\"customers/C0123abc\","
                + "\"spaceDetails\":{\"description\":\"Made by an app\"},"
                + "\"externalUserAllowed\":false,\"spaceHistoryState\":\"HISTORY_ON\","
                + "\"accessSettings\":{\"audience\":\"audiences/default\"},"
                + "\"permissionSettings\":{\"manageApps\":{\"managersAllowed\":true}}}"),
        body(request));

    assertEquals("App space", space.displayName());
    assertEquals(CUSTOMER, space.customer());
    assertEquals(managersOnly, space.permissionSettings().manageApps());
    assertNull(space.externalUserAllowed(), "false is omitted on the wire, as proto3 does");
    assertEquals(
        new MembershipCountBuilder().build(),
        space.membershipCount(),
        "an app is not a human member");
    assertEquals(List.of("ROLE_MEMBER users/app BOT"), chat.members(APP, space.name()));
  }

  @Test
  void namedSpaceAsAppWithAPresetForMyCustomer() {
    Space space =
        chat.client(APP)
            .create(
                CreateSpace.namedSpaceAsApp("Announcements", ChatEmulator.MY_CUSTOMER)
                    .predefinedPermissionSettings(
                        Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE));

    assertEquals(
        json(
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Announcements\","
                + "\"customer\":\"customers/my_customer\","
                + "\"predefinedPermissionSettings\":\"ANNOUNCEMENT_SPACE\"}"),
        body(chat.onlyRequest()));
    assertEquals(ChatEmulator.MY_CUSTOMER, space.customer());
    assertEquals(
        new PermissionSettingBuilder().managersAllowed(true).assistantManagersAllowed(true).build(),
        space.permissionSettings().manageApps());
  }

  @Test
  void importSpaceSendsImportModeAndTheHistoricalCreateTimeAndCreatesNoMember() {
    Instant created = Instant.parse("2020-01-02T03:04:05.120Z");
    Space space =
        chat.client(ALICE)
            .create(
                CreateSpace.importSpace("Imported")
                    .createTime(created)
                    .description("From elsewhere")
                    .guidelines("Old rules")
                    .externalUserAllowed(true)
                    .requestId("import-1"));

    RecordedRequest request = chat.onlyRequest();
    assertCreatePath(request, "import-1");
    assertEquals(
        json(
            "{\"spaceType\":\"SPACE\",\"importMode\":true,\"displayName\":\"Imported\","
                + "\"createTime\":\"2020-01-02T03:04:05.120Z\","
                + "\"spaceDetails\":{\"description\":\"From elsewhere\","
                + "\"guidelines\":\"Old rules\"},"
                + "\"externalUserAllowed\":true}"),
        body(request));

    assertEquals(Boolean.TRUE, space.importMode());
    assertEquals(created, space.createTime());
    assertEquals(NOW.plus(Duration.ofDays(90)), space.importModeExpireTime());
    assertEquals("Imported", space.displayName());
    assertEquals(new MembershipCountBuilder().build(), space.membershipCount());
    assertEquals(List.of(), chat.members(ALICE, space.name()));
  }

  @Test
  void importGroupChatSendsOnlyTypeImportModeAndCreateTime() {
    Space space =
        chat.client(ALICE)
            .create(
                CreateSpace.importGroupChat()
                    .createTime(Instant.parse("2019-05-06T07:08:09Z"))
                    .requestId("import-gc"));

    RecordedRequest request = chat.onlyRequest();
    assertCreatePath(request, "import-gc");
    assertEquals(
        json(
            "{\"spaceType\":\"GROUP_CHAT\",\"importMode\":true,"
                + "\"createTime\":\"2019-05-06T07:08:09Z\"}"),
        body(request));

    assertEquals(Space.SpaceType.GROUP_CHAT, space.spaceType());
    assertEquals(Space.Type.ROOM, space.type());
    assertEquals(Space.SpaceThreadingState.UNTHREADED_MESSAGES, space.spaceThreadingState());
    assertEquals(Boolean.TRUE, space.importMode());
    assertNull(space.displayName());
    assertNull(space.accessSettings());
    assertEquals(Instant.parse("2019-05-06T07:08:09Z"), space.createTime());
    assertEquals(
        "https://chat.google.com/dm/" + space.name().substring(7) + "?cls=11", space.spaceUri());
    assertEquals(List.of(), chat.members(ALICE, space.name()));
  }

  @Test
  void importGroupChatWithoutCreateTimeIsCreatedNow() {
    Space space = chat.client(ALICE).create(CreateSpace.importGroupChat());

    assertEquals(
        json("{\"spaceType\":\"GROUP_CHAT\",\"importMode\":true}"), body(chat.onlyRequest()));
    assertEquals(NOW, space.createTime());
  }

  @Test
  void getReturnsTheSpaceCreateReturned() {
    Space created = chat.client(ALICE).create(CreateSpace.namedSpace("Read me").description("x"));

    Space read = chat.client(ALICE).get(created.name());

    assertEquals(created, read);
    RecordedRequest request = chat.emulator.requestLog().get(1);
    assertEquals("GET", request.method());
    assertEquals("/v1/" + created.name(), request.path());
    assertEquals("", request.query());
    assertEquals(0, request.body().length);
  }

  @Test
  void spaceDetailsWithOnlyGuidelinesLeavesDescriptionOut() {
    chat.client(ALICE).create(CreateSpace.namedSpace("Rules").guidelines("Only rules"));

    assertEquals(
        json(
            "{\"spaceType\":\"SPACE\",\"displayName\":\"Rules\","
                + "\"spaceDetails\":{\"guidelines\":\"Only rules\"}}"),
        body(chat.onlyRequest()));
  }
}
