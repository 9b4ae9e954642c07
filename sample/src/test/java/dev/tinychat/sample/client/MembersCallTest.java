package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tinychat.http.Pages;
import dev.tinychat.sample.chat.ListMembershipsResponse;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.SetUpSpace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated call builder of {@code members.list} ({@code list(parent).pageSize(2)...}) and its
 * pages, against the emulator: one page, or every item fetched lazily, sync and async.
 */
class MembersCallTest {
  private final Chat chat = new Chat();
  private final String team;
  private final MembersClient alice;

  MembersCallTest() {
    try (var spaces = chat.client(ALICE)) {
      team = spaces.setup(SetUpSpace.namedSpace("Team").memberships(List.of(
              Membership.human("users/bob"), Membership.human("users/carol"), Membership.human("users/dan"),
              Membership.human("users/erin"))))
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

  private static String name(Membership membership) {
    return membership.member().name();
  }

  @Test
  void onePageWithTheArgumentsSetByName() {
    ListMembershipsResponse page = alice.list(team).pageSize(2).call();
    assertEquals(List.of("users/alice", "users/bob"), page.memberships().stream().map(MembersCallTest::name).toList());
    assertNotNull(page.nextPageToken());
    assertEquals(1, chat.emulator.requestLog().size());
  }

  @Test
  void everyItemIsFetchedLazilyPageByPage() {
    Pages<ListMembershipsResponse, Membership> all = alice.list(team).pageSize(2).all();
    assertEquals(0, chat.emulator.requestLog().size(), "nothing fetched before iterating");
    assertEquals("users/alice", name(all.iterator().next()));
    assertEquals(1, chat.emulator.requestLog().size(), "only the first page for the first item");
    chat.emulator.clearRequestLog();
    assertEquals(List.of("users/alice", "users/bob", "users/carol", "users/dan", "users/erin"),
        all.stream().map(MembersCallTest::name).toList());
    assertEquals(3, chat.emulator.requestLog().size(), "pages of 2, 2 and 1");
  }

  @Test
  void everyItemAsynchronously() throws Exception {
    List<Membership> all = alice.list(team).pageSize(3).allAsync().toListAsync().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("users/alice", "users/bob", "users/carol", "users/dan", "users/erin"),
        all.stream().map(MembersCallTest::name).toList());
    assertEquals(3, alice.list(team).pageSize(3).callAsync().get(10, TimeUnit.SECONDS).memberships().size());
  }
}
