package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.ALICE_READONLY;
import static dev.tinychat.sample.client.Chat.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.ApiException;
import dev.tinychat.http.ApiStatus;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.sample.chat.ListMembershipsResponse;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.Membership.MembershipRole;
import dev.tinychat.sample.chat.Membership.MembershipState;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated {@link MembersClient} against the emulator: pages, filters, groups, errors. */
class MembersClientTest {
  private final Chat chat = new Chat();
  /** alice (manager), bob and carol (members) and the group eng, set up by alice. */
  private final String team;
  private final MembersClient alice;

  MembersClientTest() {
    try (var spaces = chat.client(ALICE)) {
      team =
          spaces
              .setup(
                  SetUpSpace.namedSpace("Team")
                      .memberships(
                          List.of(
                              Membership.human("users/bob"),
                              Membership.group("groups/eng"),
                              Membership.human("users/carol"))))
              .name();
    }
    alice = chat.members(ALICE);
    chat.emulator.clearRequestLog();
  }

  @AfterEach
  void stop() {
    alice.close();
    chat.close();
  }

  /** "users/bob ROLE_MEMBER" or "groups/eng ROLE_MEMBER" for each membership of a page. */
  private static List<String> names(ListMembershipsResponse page) {
    List<String> names = new ArrayList<>();
    if (page.memberships() != null) {
      for (Membership membership : page.memberships()) {
        String name =
            membership.member() != null
                ? membership.member().name()
                : membership.groupMember().name();
        names.add(name + " " + membership.role());
      }
    }
    return names;
  }

  @Test
  void listsThePeopleOfTheSpaceDecodedToValues() {
    ListMembershipsResponse page = alice.list(team, null, null, null, null, null, null);

    assertEquals(
        List.of("users/alice ROLE_MANAGER", "users/bob ROLE_MEMBER", "users/carol ROLE_MEMBER"),
        names(page));
    Membership bob = page.memberships().get(1);
    assertEquals(team + "/members/bob", bob.name());
    assertEquals(MembershipState.JOINED, bob.state());
    assertEquals(MembershipRole.ROLE_MEMBER, bob.role());
    assertEquals(User.Type.HUMAN, bob.member().type());
    assertEquals(Chat.NOW, bob.createTime());
    assertNull(page.nextPageToken());
    assertEquals(
        "/v1/" + team + "/members", chat.onlyRequest().path(), "no query for null arguments");
  }

  @Test
  void pagesOfOneWalkEveryMembershipWithShowGroups() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      ListMembershipsResponse page = alice.list(team, 1, token, null, true, null, null);
      assertEquals(1, page.memberships().size());
      seen.addAll(names(page));
      token = page.nextPageToken();
      pages++;
    } while (token != null);

    assertEquals(4, pages);
    assertEquals(
        List.of(
            "users/alice ROLE_MANAGER",
            "users/bob ROLE_MEMBER",
            "groups/eng ROLE_MEMBER",
            "users/carol ROLE_MEMBER"),
        seen);
    assertTrue(
        chat.emulator.requestLog().get(1).query().startsWith("pageSize=1&pageToken="),
        chat.emulator.requestLog().get(1).query());
  }

  @Test
  void filterAndShowGroupsReachTheServer() {
    ListMembershipsResponse page =
        alice.list(team, null, null, "member.type != \"BOT\" AND role = \"ROLE_MEMBER\"", true,
            false, null);

    assertEquals(
        List.of("users/bob ROLE_MEMBER", "groups/eng ROLE_MEMBER", "users/carol ROLE_MEMBER"),
        names(page));
    assertEquals("groups/eng", page.memberships().get(1).groupMember().name());
    assertEquals(
        List.of("users/alice ROLE_MANAGER"),
        names(alice.list(team, null, null, "role = \"ROLE_MANAGER\"", null, null, null)));
  }

  @Test
  void asyncListsTheSame() throws Exception {
    ListMembershipsResponse page =
        alice.listAsync(team, 2, null, null, null, null, null).get(10, TimeUnit.SECONDS);

    assertEquals(List.of("users/alice ROLE_MANAGER", "users/bob ROLE_MEMBER"), names(page));
    assertNotNull(page.nextPageToken());
    assertEquals(
        List.of("users/carol ROLE_MEMBER"),
        names(alice.list(team, 2, page.nextPageToken(), null, null, null, null)));
  }

  @Test
  void negativePageSizeIs400() {
    ApiException e =
        assertThrows(ApiException.class, () -> alice.list(team, -1, null, null, null, null, null));

    assertEquals(400, e.httpStatus());
    assertEquals(ApiStatus.INVALID_ARGUMENT, e.status());
    assertEquals("page_size must not be negative, but was -1.", e.errorMessage());
    assertEquals(1, chat.emulator.requestLog().size(), "a 400 is not retried");
  }

  @Test
  void aTokenOfOtherArgumentsOrMadeUpIs400() {
    String token = alice.list(team, 1, null, null, null, null, null).nextPageToken();

    ApiException other =
        assertThrows(
            ApiException.class, () -> alice.list(team, 1, token, null, true, null, null));
    ApiException madeUp =
        assertThrows(
            ApiException.class, () -> alice.list(team, 1, "bm9wZQ", null, null, null, null));

    assertEquals(ApiStatus.INVALID_ARGUMENT, other.status());
    assertTrue(other.errorMessage().startsWith("Invalid page_token: it was issued for other"));
    assertEquals("Invalid page_token: it is not a token the emulator issued.", madeUp.errorMessage());
  }

  @Test
  void unsupportedFilterIs400() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> alice.list(team, null, null, "role = \"ROLE_OWNER\"", null, null, null));

    assertEquals(400, e.httpStatus());
    assertTrue(e.errorMessage().startsWith("Invalid filter: role must be compared with"),
        e.errorMessage());
  }

  @Test
  void aTokenWithoutAMembershipsScopeIs403AndAnUnknownOne401() {
    try (MembersClient readonly = chat.members(ALICE_READONLY);
        MembersClient stranger = chat.members("unknown-token")) {
      ApiException forbidden =
          assertThrows(
              ApiException.class, () -> readonly.list(team, null, null, null, null, null, null));
      ApiException unknown =
          assertThrows(
              ApiException.class, () -> stranger.list(team, null, null, null, null, null, null));

      assertEquals(403, forbidden.httpStatus());
      assertEquals("ACCESS_TOKEN_SCOPE_INSUFFICIENT", forbidden.reason());
      assertEquals(401, unknown.httpStatus());
      assertEquals(ApiStatus.UNAUTHENTICATED, unknown.status());
    }
  }

  @Test
  void someoneOutsideTheSpaceGets404() {
    try (MembersClient bob = chat.members(BOB)) {
      String own;
      try (var spaces = chat.client(BOB)) {
        own = spaces.setup(SetUpSpace.namedSpace("Bob's")).name();
      }

      assertEquals(List.of("users/bob ROLE_MANAGER"),
          names(bob.list(own, null, null, null, null, null, null)));
      ApiException e =
          assertThrows(
              ApiException.class, () -> alice.list(own, null, null, null, null, null, null));
      assertEquals(ApiStatus.NOT_FOUND, e.status());
    }
  }

  @Test
  void aParentThatIsNotASpaceIsRefusedBeforeSending() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> alice.list("spaces/A/members", null, null, null, null, null, null));

    assertEquals("parent", e.field());
    assertTrue(chat.emulator.requestLog().isEmpty());
  }
}
