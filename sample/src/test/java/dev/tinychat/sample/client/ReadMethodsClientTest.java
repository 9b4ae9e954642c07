package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.ApiException;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.http.Pages;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.ListMembershipsResponse;
import dev.tinychat.sample.chat.ListMessagesResponse;
import dev.tinychat.sample.chat.ListReactionsResponse;
import dev.tinychat.sample.chat.ListSpacesResponse;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.Message;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated clients of the read methods (spaces.list, search, findDirectMessage,
 * members.get, messages.get and list, reactions.list) against the emulator, and the runtime's
 * {@link Pages} over the real list methods. Messages and reactions are posted by plain HTTP, so
 * that these tests of the read methods need none of the write methods.
 */
class ReadMethodsClientTest {
  private final Chat chat = new Chat();
  private final SpacesClient spaces = chat.client(ALICE);
  private final MembersClient members = chat.members(ALICE);
  private final MessagesClient messages = chat.messages(ALICE);
  private final ReactionsClient reactions = chat.reactions(ALICE);
  /** A named space of alice (manager) and bob, with five messages m0..m4 of alice. */
  private final String team;
  private final List<String> posted = new ArrayList<>();

  ReadMethodsClientTest() {
    team = spaces.setup(SetUpSpace.namedSpace("Team")
        .memberships(List.of(Membership.human("users/bob")))).name();
    for (int i = 0; i < 5; i++) {
      posted.add(chat.post(ALICE, "/v1/" + team + "/messages?messageId=client-m" + i,
          "{\"text\":\"m" + i + "\"}").get("name").getAsString());
    }
    chat.emulator.clearRequestLog();
  }

  @AfterEach
  void stop() {
    spaces.close();
    members.close();
    messages.close();
    reactions.close();
    chat.close();
  }

  private static List<String> texts(List<Message> messages) {
    return messages.stream().map(Message::text).collect(Collectors.toList());
  }

  @Test
  void messagesGetByNameAndByClientAssignedId() {
    Message byName = messages.get(posted.get(2));
    assertEquals("m2", byName.text());
    assertEquals("client-m2", byName.clientAssignedMessageId());
    assertEquals("users/alice", byName.sender().name());
    assertEquals(Chat.NOW, byName.createTime());
    assertEquals(team, byName.space().name());
    assertTrue(byName.thread().name().startsWith(team + "/threads/"), byName.thread().name());
    assertEquals(byName, messages.get(team + "/messages/client-m2"));

    ApiException missing =
        assertThrows(ApiException.class, () -> messages.get(team + "/messages/client-nope"));
    assertEquals(404, missing.httpStatus());
    int sent = chat.emulator.requestLog().size();
    InvalidRequestException wrong =
        assertThrows(InvalidRequestException.class, () -> messages.get(team));
    assertTrue(wrong.getMessage().contains("spaces/*/messages/*"), wrong.getMessage());
    assertEquals(sent, chat.emulator.requestLog().size(), "refused before sending");
  }

  @Test
  void everyMessageThroughPagesFetchesPageByPageWithTheSameArguments() {
    Pages<ListMessagesResponse, Message> all = Pages.of(null,
        token -> messages.list(team, 2, token, null, "create_time DESC", null),
        ListMessagesResponse::messages, ListMessagesResponse::nextPageToken);

    assertEquals(List.of("m4", "m3", "m2", "m1", "m0"), texts(all.stream().toList()));
    List<String> queries = chat.emulator.requestLog().stream()
        .map(r -> r.query() == null ? "" : r.query()).collect(Collectors.toList());
    assertEquals(3, queries.size(), queries::toString);
    for (String query : queries.subList(1, 3)) {
      assertTrue(query.contains("orderBy=create_time%20DESC") && query.contains("pageToken="),
          query);
    }

    chat.emulator.clearRequestLog();
    assertEquals(List.of("m4", "m3"), texts(all.stream().limit(2).toList()));
    assertEquals(1, chat.emulator.requestLog().size(), "the second page was never needed");
  }

  @Test
  void messagesListFiltersAndShowsDeleted() {
    ListMessagesResponse first = messages.list(team, null, null, null, null, null);
    assertEquals(List.of("m0", "m1", "m2", "m3", "m4"), texts(first.messages()));
    assertNull(first.nextPageToken());

    ListMessagesResponse later = messages.list(team, null, null,
        "create_time > \"2026-11-22T09:00:00Z\"", null, false);
    assertEquals(5, later.messages().size());
    ListMessagesResponse none = messages.list(team, null, null,
        "create_time > \"2026-11-22T11:00:00Z\"", null, null);
    assertNull(none.messages());

    ApiException bad = assertThrows(ApiException.class,
        () -> messages.list(team, -1, null, null, null, null));
    assertEquals(400, bad.httpStatus());
  }

  @Test
  void reactionsListedFilteredAndPaged() {
    String message = posted.get(0);
    for (String emoji : List.of("\ud83d\ude42", "\ud83d\udc4d", "\ud83c\udf89")) {
      chat.post(ALICE, "/v1/" + message + "/reactions",
          "{\"emoji\":{\"unicode\":\"" + emoji + "\"}}");
    }
    chat.post(BOB, "/v1/" + message + "/reactions", "{\"emoji\":{\"unicode\":\"\ud83d\ude42\"}}");

    ListReactionsResponse page = reactions.list(message, null, null, null);
    assertEquals(4, page.reactions().size());
    assertTrue(page.reactions().stream().allMatch(r -> r.name().startsWith(message + "/reactions/")));
    assertEquals(List.of("users/alice", "users/bob"), reactions.list(message, null, null,
        "emoji.unicode = \"\ud83d\ude42\"").reactions().stream()
        .map(r -> r.user().name()).sorted().toList());

    chat.emulator.clearRequestLog();
    List<String> emojis = Pages.of(null, token -> reactions.list(message, 1, token, null),
            ListReactionsResponse::reactions, ListReactionsResponse::nextPageToken)
        .stream().map(r -> r.emoji().unicode()).sorted().toList();
    assertEquals(List.of("\ud83c\udf89", "\ud83d\udc4d", "\ud83d\ude42", "\ud83d\ude42"), emojis);
    assertEquals(4, chat.emulator.requestLog().size(), "one reaction a page");

    Message reacted = messages.get(message);
    assertEquals(3, reacted.emojiReactionSummaries().size());
    assertEquals(2, reacted.emojiReactionSummaries().stream()
        .filter(s -> "\ud83d\ude42".equals(s.emoji().unicode())).findFirst().orElseThrow()
        .reactionCount());
  }

  @Test
  void membersGetAndAllMembersAsyncThroughPages() throws Exception {
    Membership bob = members.get(team + "/members/bob", null);
    assertEquals("users/bob", bob.member().name());
    assertEquals(Membership.MembershipRole.ROLE_MEMBER, bob.role());
    assertEquals(404, assertThrows(ApiException.class,
        () -> members.get(team + "/members/carol", null)).httpStatus());

    List<String> names = Pages.ofAsync(null,
            token -> members.listAsync(team, 1, token, null, null, null, null),
            ListMembershipsResponse::memberships, ListMembershipsResponse::nextPageToken)
        .toListAsync().get(10, TimeUnit.SECONDS).stream()
        .map(m -> m.member().name()).toList();
    assertEquals(List.of("users/alice", "users/bob"), names);
  }

  @Test
  void spacesListSearchAndFindDirectMessage() {
    Space other = spaces.create(CreateSpace.namedSpace("Other"));
    Space dm = spaces.setup(SetUpSpace.directMessage(User.human("users/bob")));

    List<String> mine = Pages.of(null, token -> spaces.list(1, token, null),
            ListSpacesResponse::spaces, ListSpacesResponse::nextPageToken)
        .stream().map(Space::name).sorted().toList();
    assertEquals(List.of(team, other.name(), dm.name()).stream().sorted().toList(), mine);
    assertEquals(List.of(dm.name()), spaces.list(null, null, "space_type = \"DIRECT_MESSAGE\"")
        .spaces().stream().map(Space::name).toList());

    var found = spaces.search("space_type = \"SPACE\" AND display_name:\"tea\"", null, null,
        null, null);
    assertEquals(1, found.totalSize());
    assertEquals(List.of(team), found.spaces().stream().map(Space::name).toList());

    assertEquals(dm.name(), spaces.findDirectMessage("users/bob").name());
    assertEquals(404, assertThrows(ApiException.class,
        () -> spaces.findDirectMessage("users/carol")).httpStatus());
  }

  @Test
  void requiredQueryParametersAreRefusedAtOnceWhenMissing() {
    assertEquals("query: required", assertThrows(InvalidRequestException.class,
        () -> spaces.search(null, null, null, null, null)).getMessage());
    assertEquals("query: required", assertThrows(InvalidRequestException.class,
        () -> spaces.search(null).pageSize(10).call()).getMessage());
    assertEquals("name: required", assertThrows(InvalidRequestException.class,
        () -> spaces.findDirectMessage(null)).getMessage());
    assertEquals("name: required, and empty", assertThrows(InvalidRequestException.class,
        () -> spaces.findDirectMessage("")).getMessage());
    assertTrue(chat.emulator.requestLog().isEmpty());
    // the call builder takes the required query as its argument
    assertEquals(List.of(team), spaces.search("space_type = \"SPACE\" AND display_name:\"tea\"").call().spaces()
        .stream().map(Space::name).toList());
  }
}
