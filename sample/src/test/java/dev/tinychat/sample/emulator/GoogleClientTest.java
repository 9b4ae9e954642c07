package dev.tinychat.sample.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.Group;
import com.google.api.services.chat.v1.model.Membership;
import com.google.api.services.chat.v1.model.SetUpSpaceRequest;
import com.google.api.services.chat.v1.model.Space;
import com.google.api.services.chat.v1.model.SpaceDetails;
import com.google.api.services.chat.v1.model.User;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Google's own Java client library against the emulator: its requests are accepted and its
 * decoder reads the answers, so the emulator speaks the real wire format.
 */
class GoogleClientTest {
  private ChatEmulator emulator;
  private HangoutsChat alice;

  @BeforeEach
  void start() {
    emulator =
        ChatEmulator.builder()
            .user("alice", "users/alice", ChatScopes.ALL_USER_SCOPES)
            .clock(Wire.CLOCK)
            .start();
    alice = client("alice");
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HangoutsChat client(String token) {
    return Wire.google(emulator, token);
  }

  @Test
  void createSendsGzippedJsonAndDecodesTheSpace() throws IOException {
    Space space =
        alice
            .spaces()
            .create(
                new Space()
                    .setSpaceType("SPACE")
                    .setDisplayName("From Google's client")
                    .setSpaceDetails(new SpaceDetails().setDescription("About")))
            .setRequestId("g-1")
            .execute();

    assertTrue(space.getName().matches("spaces/[A-Za-z0-9_-]{11}"), space.getName());
    assertEquals("SPACE", space.getSpaceType());
    assertEquals("ROOM", space.getType());
    assertEquals("From Google's client", space.getDisplayName());
    assertEquals("About", space.getSpaceDetails().getDescription());
    assertEquals("2026-11-22T10:00:00.123456Z", space.getCreateTime());
    assertEquals(1, space.getMembershipCount().getJoinedDirectHumanUserCount());
    assertNull(space.getMembershipCount().getJoinedGroupCount());
    assertEquals("PRIVATE", space.getAccessSettings().getAccessState());
    assertEquals(true, space.getPermissionSettings().getManageApps().getMembersAllowed());

    RecordedRequest request = emulator.requestLog().get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1/spaces", request.path());
    assertEquals("requestId=g-1", request.query());
    assertEquals("gzip", request.header("Content-Encoding"));
    assertTrue(request.header("User-Agent").contains("(gzip)"), "so the answer came gzipped");
    assertEquals(
        JsonParser.parseString(
            "{\"displayName\":\"From Google's client\",\"spaceDetails\":{\"description\":\"About\"},"
                + "\"spaceType\":\"SPACE\"}"),
        JsonParser.parseString(request.bodyText()));
  }

  @Test
  void setupAndGetAndMembersListDecode() throws IOException {
    Space space =
        alice
            .spaces()
            .setup(
                new SetUpSpaceRequest()
                    .setSpace(new Space().setSpaceType("SPACE").setDisplayName("Set up"))
                    .setRequestId("g-2")
                    .setMemberships(
                        List.of(
                            new Membership()
                                .setMember(new User().setName("users/bob").setType("HUMAN")),
                            new Membership().setGroupMember(new Group().setName("groups/eng")))))
            .execute();

    assertEquals("Set up", space.getDisplayName());
    assertEquals(2, space.getMembershipCount().getJoinedDirectHumanUserCount());
    assertEquals(1, space.getMembershipCount().getJoinedGroupCount());
    assertEquals(space, alice.spaces().get(space.getName()).execute());
    List<Membership> memberships =
        alice.spaces().members().list(space.getName()).setShowGroups(true).execute()
            .getMemberships();
    assertEquals(
        List.of("ROLE_MANAGER users/alice", "ROLE_MEMBER users/bob", "ROLE_MEMBER groups/eng"),
        memberships.stream()
            .map(
                m ->
                    m.getRole()
                        + " "
                        + (m.getMember() != null
                            ? m.getMember().getName()
                            : m.getGroupMember().getName()))
            .collect(Collectors.toList()));
    assertEquals("JOINED", memberships.get(1).getState());
    assertEquals("HUMAN", memberships.get(1).getMember().getType());
  }

  @Test
  void directMessagesDecode() throws IOException {
    Space dm =
        alice
            .spaces()
            .setup(
                new SetUpSpaceRequest()
                    .setSpace(new Space().setSpaceType("DIRECT_MESSAGE"))
                    .setMemberships(
                        List.of(
                            new Membership()
                                .setMember(new User().setName("users/bob").setType("HUMAN")))))
            .execute();

    assertEquals("DIRECT_MESSAGE", dm.getSpaceType());
    assertEquals("DM", dm.getType());
    assertEquals("UNTHREADED_MESSAGES", dm.getSpaceThreadingState());
    assertNull(dm.getSingleUserBotDm());
  }

  @Test
  void errorsDecodeAsGoogleJsonResponseExceptions() throws IOException {
    alice.spaces().create(new Space().setSpaceType("SPACE").setDisplayName("Taken")).execute();

    GoogleJsonResponseException conflict =
        assertThrows(
            GoogleJsonResponseException.class,
            () ->
                alice
                    .spaces()
                    .create(new Space().setSpaceType("SPACE").setDisplayName("taken"))
                    .execute());
    GoogleJsonResponseException invalid =
        assertThrows(
            GoogleJsonResponseException.class,
            () -> alice.spaces().create(new Space().setSpaceType("SPACE")).execute());
    GoogleJsonResponseException unauthenticated =
        assertThrows(
            GoogleJsonResponseException.class,
            () -> client("nobody").spaces().get("spaces/AAAAAAAAAAA").execute());

    assertEquals(409, conflict.getStatusCode());
    assertEquals("ALREADY_EXISTS", conflict.getDetails().get("status"));
    assertTrue(conflict.getDetails().getMessage().startsWith("A space with the display name"));
    assertEquals(400, invalid.getStatusCode());
    assertEquals(
        "space.display_name is required for a named space (space_type SPACE).",
        invalid.getDetails().getMessage());
    assertEquals(401, unauthenticated.getStatusCode());
    assertEquals("UNAUTHENTICATED", unauthenticated.getDetails().get("status"));
  }
}
