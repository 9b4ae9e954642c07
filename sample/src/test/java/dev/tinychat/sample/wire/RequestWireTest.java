package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.AccessSettings;
import com.google.api.services.chat.v1.model.Group;
import com.google.api.services.chat.v1.model.Membership;
import com.google.api.services.chat.v1.model.PermissionSetting;
import com.google.api.services.chat.v1.model.PermissionSettings;
import com.google.api.services.chat.v1.model.SetUpSpaceRequest;
import com.google.api.services.chat.v1.model.Space;
import com.google.api.services.chat.v1.model.SpaceDetails;
import com.google.api.services.chat.v1.model.User;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.SpacesClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For the same inputs (the same explicit requestId included), our generated client and Google's
 * official Java client put the same request on the wire: method, path, query and JSON body
 * (compared parsed, so member order does not matter).
 */
class RequestWireTest {
  private final CannedServer server = new CannedServer();
  private final SpacesClient ours = Clients.ours(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  RequestWireTest() {
    server.answer(200, "{\"name\":\"spaces/AAAAAAAAAAA\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends with each client and compares what the server received. */
  private CannedServer.Received assertSameRequest(CannedServer.Call ourCall,
      CannedServer.Call googleCall) throws IOException {
    return server.assertSameRequest(ourCall, googleCall);
  }

  private static Membership human(String name) {
    return new Membership().setMember(new User().setName(name).setType("HUMAN"));
  }

  @Test
  void createNamedSpace() throws IOException {
    CannedServer.Received request =
        assertSameRequest(
            () -> ours.create(CreateSpace.namedSpace("Team").requestId("r1")),
            () ->
                google
                    .spaces()
                    .create(new Space().setSpaceType("SPACE").setDisplayName("Team"))
                    .setRequestId("r1")
                    .execute());

    assertEquals("POST /v1/spaces requestId=r1", request.method() + " " + request.path() + " "
        + request.query());
  }

  @Test
  void createNamedSpaceWithEveryAllowedField() throws IOException {
    assertSameRequest(
        () ->
            ours.create(
                CreateSpace.namedSpace("Launch \u00e9\uD83D\uDE00 \"q\"")
                    .description("Line\nbreak\ttab")
                    .guidelines("Rules </script>")
                    .externalUserAllowed(true)
                    .spaceHistoryState(dev.tinychat.sample.chat.Space.HistoryState.HISTORY_OFF)
                    .audience("audiences/default")
                    .predefinedPermissionSettings(
                        dev.tinychat.sample.chat.Space.PredefinedPermissionSettings
                            .COLLABORATION_SPACE)
                    .requestId("launch-1")),
        () ->
            google
                .spaces()
                .create(
                    new Space()
                        .setSpaceType("SPACE")
                        .setDisplayName("Launch \u00e9\uD83D\uDE00 \"q\"")
                        .setSpaceDetails(
                            new SpaceDetails()
                                .setDescription("Line\nbreak\ttab")
                                .setGuidelines("Rules </script>"))
                        .setExternalUserAllowed(true)
                        .setSpaceHistoryState("HISTORY_OFF")
                        .setAccessSettings(new AccessSettings().setAudience("audiences/default"))
                        .setPredefinedPermissionSettings("COLLABORATION_SPACE"))
                .setRequestId("launch-1")
                .execute());
  }

  @Test
  void createNamedSpaceWithExternalUsersNotAllowedSendsFalseLikeGoogle() throws IOException {
    assertSameRequest(
        () -> ours.create(CreateSpace.namedSpace("Team").externalUserAllowed(false).requestId("r")),
        () ->
            google
                .spaces()
                .create(
                    new Space()
                        .setSpaceType("SPACE")
                        .setDisplayName("Team")
                        .setExternalUserAllowed(false))
                .setRequestId("r")
                .execute());
  }

  @Test
  void createNamedSpaceAsAppWithCustomerAndManageApps() throws IOException {
    // Google's model has no customer, nor assistantManagersAllowed in this revision: set them as
    // unknown keys, which its GenericJson writes like declared fields.
    Space space =
        new Space()
            .setSpaceType("SPACE")
            .setDisplayName("App space")
            .setPermissionSettings(
                new PermissionSettings()
                    .setManageApps(
                        new PermissionSetting()
                            .setManagersAllowed(true)
                            .set("assistantManagersAllowed", true)));
    space.set("customer", "customers/C0123abc");

    assertSameRequest(
        () ->
            ours.create(
                CreateSpace.namedSpaceAsApp("App space", "customers/C0123abc")
                    .manageApps(
                        new PermissionSettingBuilder()
                            .managersAllowed(true)
                            .assistantManagersAllowed(true)
                            .build())
                    .requestId("app-1")),
        () -> google.spaces().create(space).setRequestId("app-1").execute());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020-01-02T03:04:05Z",
        "2020-01-02T03:04:05.120Z",
        "2020-01-02T03:04:05.123456Z",
        "1999-12-31T23:59:59.999999999Z",
        "0001-01-01T00:00:00Z"
      })
  void createImportSpaceWithCreateTime(String createTime) throws IOException {
    assertSameRequest(
        () ->
            ours.create(
                CreateSpace.importSpace("Imported")
                    .createTime(Instant.parse(createTime))
                    .description("Old")
                    .externalUserAllowed(true)
                    .requestId("import-1")),
        () ->
            google
                .spaces()
                .create(
                    new Space()
                        .setSpaceType("SPACE")
                        .setImportMode(true)
                        .setDisplayName("Imported")
                        .setCreateTime(createTime)
                        .setSpaceDetails(new SpaceDetails().setDescription("Old"))
                        .setExternalUserAllowed(true))
                .setRequestId("import-1")
                .execute());
  }

  /**
   * Google's model takes the timestamp as the caller's text and sends it unchanged; ours takes an
   * {@link Instant} and always writes 0, 3, 6 or 9 fraction digits, the fewest that are exact. Both
   * are valid RFC 3339 for the same instant; only the text can differ.
   */
  @Test
  void createTimeIsWrittenWithZeroThreeSixOrNineFractionDigits() throws IOException {
    ours.create(
        CreateSpace.importGroupChat()
            .createTime(Instant.parse("2020-01-02T03:04:05.1Z"))
            .requestId("r"));
    ours.create(
        CreateSpace.importGroupChat()
            .createTime(Instant.parse("2020-01-02T03:04:05.0001Z"))
            .requestId("r"));
    ours.create(
        CreateSpace.importGroupChat()
            .createTime(Instant.parse("2020-01-02T03:04:05.000000000Z"))
            .requestId("r"));

    List<String> sent =
        server.received().stream()
            .map(r -> JsonParser.parseString(r.body()).getAsJsonObject())
            .map(body -> body.get("createTime").getAsString())
            .toList();
    assertEquals(
        List.of(
            "2020-01-02T03:04:05.100Z", "2020-01-02T03:04:05.000100Z", "2020-01-02T03:04:05Z"),
        sent);
  }

  @Test
  void createImportGroupChat() throws IOException {
    assertSameRequest(
        () ->
            ours.create(
                CreateSpace.importGroupChat()
                    .createTime(Instant.parse("2019-05-06T07:08:09Z"))
                    .requestId("gc")),
        () ->
            google
                .spaces()
                .create(
                    new Space()
                        .setSpaceType("GROUP_CHAT")
                        .setImportMode(true)
                        .setCreateTime("2019-05-06T07:08:09Z"))
                .setRequestId("gc")
                .execute());
  }

  @ParameterizedTest
  @ValueSource(strings = {"r 1", "a+b", "x&w=v#f", "\u00e9t\u00e9", "100%", "~-._", "a\"b<c>"})
  void requestIdsThatNeedEscapingAreEscapedLikeGoogle(String requestId) throws IOException {
    CannedServer.Received request =
        assertSameRequest(
            () -> ours.create(CreateSpace.namedSpace("Team").requestId(requestId)),
            () ->
                google
                    .spaces()
                    .create(new Space().setSpaceType("SPACE").setDisplayName("Team"))
                    .setRequestId(requestId)
                    .execute());

    assertEquals(requestId, decodedRequestId(request));
  }

  /**
   * The one difference in queries: Google's client leaves RFC 3986's sub-delimiters (but {@code &},
   * {@code =} and {@code +}) and {@code : @ / ?} unescaped in a query value, as RFC 3986 allows;
   * ours percent-encodes everything but the unreserved {@code A-Z a-z 0-9 - . _ ~}. Servers decode
   * both to the same requestId.
   */
  @ParameterizedTest
  @ValueSource(strings = {"x/y", "x?y", "x*y", "a:b@c", "!'()$,;"})
  void reservedCharactersAreEscapedWhereGoogleLeavesThem(String requestId) throws IOException {
    ours.create(CreateSpace.namedSpace("Team").requestId(requestId));
    google
        .spaces()
        .create(new Space().setSpaceType("SPACE").setDisplayName("Team"))
        .setRequestId(requestId)
        .execute();

    List<CannedServer.Received> both = server.received();
    assertEquals("requestId=" + requestId, both.get(1).query());
    StringBuilder escaped = new StringBuilder("requestId=");
    for (char c : requestId.toCharArray()) {
      escaped.append(Character.isLetter(c) ? String.valueOf(c) : String.format("%%%02X", (int) c));
    }
    assertEquals(escaped.toString(), both.get(0).query());
    assertEquals(decodedRequestId(both.get(1)), decodedRequestId(both.get(0)));
  }

  /** The same in paths: Google expands {@code {+name}} keeping reserved characters. */
  @Test
  void reservedCharactersInASpaceNameAreEscapedWhereGoogleLeavesThem() throws IOException {
    ours.get("spaces/a:b@c");
    google.spaces().get("spaces/a:b@c").execute();

    List<CannedServer.Received> both = server.received();
    assertEquals("/v1/spaces/a:b@c", both.get(1).path());
    assertEquals("/v1/spaces/a%3Ab%40c", both.get(0).path());
  }

  private static String decodedRequestId(CannedServer.Received request) {
    return java.net.URLDecoder.decode(
        request.query().substring("requestId=".length()),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void setupNamedSpaceWithPeopleAndAGroup() throws IOException {
    CannedServer.Received request =
        assertSameRequest(
            () ->
                ours.setup(
                    SetUpSpace.namedSpace("Launch")
                        .description("About")
                        .guidelines("Rules")
                        .externalUserAllowed(true)
                        .spaceHistoryState(dev.tinychat.sample.chat.Space.HistoryState.HISTORY_ON)
                        .memberships(
                            dev.tinychat.sample.chat.Membership.human("users/bob"),
                            dev.tinychat.sample.chat.Membership.human("users/carol@example.com"),
                            dev.tinychat.sample.chat.Membership.group("groups/eng"))
                        .requestId("s-1")),
            () ->
                google
                    .spaces()
                    .setup(
                        new SetUpSpaceRequest()
                            .setSpace(
                                new Space()
                                    .setSpaceType("SPACE")
                                    .setDisplayName("Launch")
                                    .setSpaceDetails(
                                        new SpaceDetails()
                                            .setDescription("About")
                                            .setGuidelines("Rules"))
                                    .setExternalUserAllowed(true)
                                    .setSpaceHistoryState("HISTORY_ON"))
                            .setRequestId("s-1")
                            .setMemberships(
                                List.of(
                                    human("users/bob"),
                                    human("users/carol@example.com"),
                                    new Membership()
                                        .setGroupMember(new Group().setName("groups/eng")))))
                    .execute());

    assertEquals("POST /v1/spaces:setup", request.method() + " " + request.path());
    assertEquals("", request.query());
  }

  @Test
  void setupGroupChat() throws IOException {
    assertSameRequest(
        () ->
            ours.setup(
                SetUpSpace.groupChat(
                        dev.tinychat.sample.chat.User.human("users/bob"),
                        dev.tinychat.sample.chat.User.human("users/carol"))
                    .requestId("gc-1")),
        () ->
            google
                .spaces()
                .setup(
                    new SetUpSpaceRequest()
                        .setSpace(new Space().setSpaceType("GROUP_CHAT"))
                        .setRequestId("gc-1")
                        .setMemberships(List.of(human("users/bob"), human("users/carol"))))
                .execute());
  }

  /**
   * Our directMessage factory fixes {@code singleUserBotDm} to false and sends it; the same input
   * through Google's client is a space with {@code setSingleUserBotDm(false)}. False is proto3's
   * default, so the server reads it as the usual Google call that leaves the field out.
   */
  @Test
  void setupDirectMessage() throws IOException {
    CannedServer.Received request =
        assertSameRequest(
            () ->
                ours.setup(
                    SetUpSpace.directMessage(dev.tinychat.sample.chat.User.human("users/bob"))
                        .requestId("dm-1")),
            () ->
                google
                    .spaces()
                    .setup(
                        new SetUpSpaceRequest()
                            .setSpace(
                                new Space()
                                    .setSpaceType("DIRECT_MESSAGE")
                                    .setSingleUserBotDm(false))
                            .setRequestId("dm-1")
                            .setMemberships(List.of(human("users/bob"))))
                    .execute());

    JsonObject space = JsonParser.parseString(request.body()).getAsJsonObject()
        .getAsJsonObject("space");
    assertEquals(false, space.get("singleUserBotDm").getAsBoolean());
  }

  @Test
  void setupDirectMessageWithTheApp() throws IOException {
    CannedServer.Received request =
        assertSameRequest(
            () -> ours.setup(SetUpSpace.directMessageWithApp().requestId("dm-app")),
            () ->
                google
                    .spaces()
                    .setup(
                        new SetUpSpaceRequest()
                            .setSpace(
                                new Space()
                                    .setSpaceType("DIRECT_MESSAGE")
                                    .setSingleUserBotDm(true))
                            .setRequestId("dm-app"))
                    .execute());

    assertNull(JsonParser.parseString(request.body()).getAsJsonObject().get("memberships"));
  }

  @Test
  void get() throws IOException {
    assertSameRequest(
        () -> ours.get("spaces/AAAAAAAAAAA"),
        () -> google.spaces().get("spaces/AAAAAAAAAAA").execute());
  }

  /**
   * An intended difference: output-only fields of a hand-made Space ({@code name}, {@code
   * spaceUri}, ...) are left out of our request, where Google's client sends whatever the model
   * holds; the server ignores them either way.
   */
  @Test
  void outputOnlyFieldsAreLeftOutWhereGoogleSendsThem() throws IOException {
    ours.create(
        new dev.tinychat.sample.chat.SpaceBuilder()
            .name("spaces/mine")
            .type(dev.tinychat.sample.chat.Space.Type.ROOM)
            .spaceType(dev.tinychat.sample.chat.Space.SpaceType.SPACE)
            .displayName("Team")
            .spaceUri("https://chat.google.com/room/mine")
            .adminInstalled(true)
            .lastActiveTime(Instant.parse("2020-01-01T00:00:00Z"))
            .build(),
        "r");
    google
        .spaces()
        .create(
            new Space()
                .setName("spaces/mine")
                .setType("ROOM")
                .setSpaceType("SPACE")
                .setDisplayName("Team")
                .setSpaceUri("https://chat.google.com/room/mine")
                .setAdminInstalled(true)
                .setLastActiveTime("2020-01-01T00:00:00Z"))
        .setRequestId("r")
        .execute();

    List<CannedServer.Received> both = server.received();
    assertEquals(
        JsonParser.parseString("{\"spaceType\":\"SPACE\",\"displayName\":\"Team\"}"),
        JsonParser.parseString(both.get(0).body()));
    JsonObject theirs = JsonParser.parseString(both.get(1).body()).getAsJsonObject();
    assertEquals("spaces/mine", theirs.get("name").getAsString());
    assertEquals(7, theirs.size(), theirs::toString);
  }

  /**
   * The intended difference of SPEC.md: without a requestId (none, or an empty one) Google's
   * client sends none (or an empty one); ours sends a random UUID, so a retry cannot create a
   * second space.
   */
  @Test
  void withoutRequestIdOursSendsARandomUuidAndGoogleNone() throws IOException {
    ours.create(CreateSpace.namedSpace("Team"));
    ours.create(CreateSpace.namedSpace("Team").requestId(""));
    google
        .spaces()
        .create(new Space().setSpaceType("SPACE").setDisplayName("Team"))
        .execute();

    List<CannedServer.Received> all = server.received();
    for (CannedServer.Received mine : all.subList(0, 2)) {
      assertTrue(
          mine.query()
              .matches(
                  "requestId=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
          mine.query());
    }
    assertEquals("", all.get(2).query());
  }
}
