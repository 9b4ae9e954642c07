package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.ListMembershipsResponse;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MembersClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code spaces.members.list}: for the same arguments our generated {@link MembersClient} and
 * Google's official client send the same method, path and query parameters ({@link
 * CannedServer#assertSameQuery}), and decode the same answer to the same values.
 */
class MembersWireTest {
  static final String FULL_PAGE =
      """
      {
        "memberships": [
          {
            "name": "spaces/AAAAAAAAAAA/members/111",
            "state": "JOINED",
            "role": "ROLE_MANAGER",
            "member": {"name": "users/111", "displayName": "Al \\u00e9", "domainId": "d1",
                       "type": "HUMAN", "isAnonymous": false},
            "createTime": "2026-11-22T10:00:00.123456789Z"
          },
          {
            "name": "spaces/AAAAAAAAAAA/members/app",
            "state": "INVITED",
            "role": "FUTURE_ROLE",
            "member": {"name": "users/app", "type": "BOT"},
            "createTime": "2026-11-22T10:00:01Z",
            "deleteTime": "2026-11-23T10:00:00Z"
          },
          {
            "name": "spaces/AAAAAAAAAAA/members/eng",
            "state": "FUTURE_STATE",
            "role": "ROLE_ASSISTANT_MANAGER",
            "groupMember": {"name": "groups/eng"},
            "futureField": [1, {"x": null}]
          }
        ],
        "nextPageToken": "CgRwYWdl+/="
      }
      """;

  private final CannedServer server = new CannedServer();
  private final MembersClient ours = Clients.oursMembers(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  MembersWireTest() {
    server.answer(200, "{}");
  }

  @AfterEach
  void stop() {
    ours.close();
    server.close();
  }

  private List<String> assertSameRequest(CannedServer.Call ourCall, CannedServer.Call googleCall)
      throws IOException {
    return server.assertSameQuery(ourCall, googleCall);
  }

  @Test
  void listWithoutArgumentsSendsNoQuery() throws IOException {
    List<String> query =
        assertSameRequest(
            () -> ours.list("spaces/AAAAAAAAAAA", null, null, null, null, null, null),
            () -> google.spaces().members().list("spaces/AAAAAAAAAAA").execute());

    assertEquals(List.of(), query);
    assertEquals("/v1/spaces/AAAAAAAAAAA/members", server.only().path());
  }

  @Test
  void listWithEveryArgument() throws IOException {
    String filter = "member.type != \"BOT\" AND role = \"ROLE_MANAGER\"";
    String token = "CgRwYWdl+/=&x y";
    List<String> query =
        assertSameRequest(
            () -> ours.list("spaces/AAAAAAAAAAA", 25, token, filter, true, false, true),
            () ->
                google
                    .spaces()
                    .members()
                    .list("spaces/AAAAAAAAAAA")
                    .setPageSize(25)
                    .setPageToken(token)
                    .setFilter(filter)
                    .setShowGroups(true)
                    .setShowInvited(false)
                    .setUseAdminAccess(true)
                    .execute());

    assertEquals(
        List.of(
            "filter=" + filter,
            "pageSize=25",
            "pageToken=" + token,
            "showGroups=true",
            "showInvited=false",
            "useAdminAccess=true"),
        query);
  }

  @Test
  void listWithPageSizeAndFilterOnly() throws IOException {
    assertSameRequest(
        () ->
            ours.list("spaces/AAAAAAAAAAA", 1, null, "role = \"ROLE_MEMBER\" OR role = \"ROLE_MANAGER\"",
                null, null, null),
        () ->
            google
                .spaces()
                .members()
                .list("spaces/AAAAAAAAAAA")
                .setPageSize(1)
                .setFilter("role = \"ROLE_MEMBER\" OR role = \"ROLE_MANAGER\"")
                .execute());
  }

  @Test
  void asyncSendsTheSameAsSync() throws Exception {
    server.clear();
    ours.listAsync("spaces/AAAAAAAAAAA", 3, "t", "role = \"ROLE_MEMBER\"", true, null, null).get();
    String async = server.only().query();
    server.clear();
    ours.list("spaces/AAAAAAAAAAA", 3, "t", "role = \"ROLE_MEMBER\"", true, null, null);

    assertEquals(server.only().query(), async);
  }

  private static String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  @Test
  void bothClientsDecodeTheSamePageToTheSameValues() throws IOException {
    server.answer(200, FULL_PAGE);

    dev.tinychat.sample.chat.ListMembershipsResponse mine =
        ours.list("spaces/AAAAAAAAAAA", null, null, null, null, null, null);
    ListMembershipsResponse theirs =
        google.spaces().members().list("spaces/AAAAAAAAAAA").execute();

    assertEquals(theirs.getNextPageToken(), mine.nextPageToken());
    assertEquals(theirs.getMemberships().size(), mine.memberships().size());
    for (int i = 0; i < mine.memberships().size(); i++) {
      Membership my = mine.memberships().get(i);
      com.google.api.services.chat.v1.model.Membership their = theirs.getMemberships().get(i);
      String at = "memberships[" + i + "]";
      assertEquals(their.getName(), my.name(), at);
      assertEquals(instant(their.getCreateTime()), my.createTime(), at);
      assertEquals(instant(their.getDeleteTime()), my.deleteTime(), at);
      if (their.getMember() == null) {
        assertNull(my.member(), at);
      } else {
        assertEquals(their.getMember().getName(), my.member().name(), at);
        assertEquals(their.getMember().getDisplayName(), my.member().displayName(), at);
        assertEquals(their.getMember().getDomainId(), my.member().domainId(), at);
        assertEquals(their.getMember().getType(), text(my.member().type()), at);
        assertEquals(their.getMember().getIsAnonymous(), my.member().isAnonymous(), at);
      }
      if (their.getGroupMember() == null) {
        assertNull(my.groupMember(), at);
      } else {
        assertEquals(their.getGroupMember().getName(), my.groupMember().name(), at);
      }
    }
    // Known enum names agree; text neither knows is kept by Google and UNRECOGNIZED (with the
    // text kept for re-encoding) by ours.
    List<Membership> memberships = mine.memberships();
    assertEquals(theirs.getMemberships().get(0).getRole(), text(memberships.get(0).role()));
    assertEquals(theirs.getMemberships().get(1).getState(), text(memberships.get(1).state()));
    assertEquals("FUTURE_ROLE", theirs.getMemberships().get(1).getRole());
    assertEquals(Membership.MembershipRole.UNRECOGNIZED, memberships.get(1).role());
    assertEquals("FUTURE_STATE", theirs.getMemberships().get(2).getState());
    assertEquals(Membership.MembershipState.UNRECOGNIZED, memberships.get(2).state());
    assertEquals(theirs.getMemberships().get(2).getRole(), text(memberships.get(2).role()));
    assertEquals(123_456_789, memberships.get(0).createTime().getNano());
  }

  @Test
  void bothClientsReadAnEmptyPageAsNoMemberships() throws IOException {
    server.answer(200, "{}");

    dev.tinychat.sample.chat.ListMembershipsResponse mine =
        ours.list("spaces/AAAAAAAAAAA", null, null, null, null, null, null);
    ListMembershipsResponse theirs =
        google.spaces().members().list("spaces/AAAAAAAAAAA").execute();

    assertNull(theirs.getMemberships());
    assertNull(mine.memberships());
    assertNull(theirs.getNextPageToken());
    assertNull(mine.nextPageToken());
  }
}
