package dev.tinychat.sample.client;

import static dev.tinychat.sample.client.Chat.ALICE;
import static dev.tinychat.sample.client.Chat.APP;
import static dev.tinychat.sample.client.Chat.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.ApiException;
import dev.tinychat.http.ApiStatus;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonValue;
import dev.tinychat.sample.chat.CompleteImportSpaceResponse;
import dev.tinychat.sample.chat.CreateMembership;
import dev.tinychat.sample.chat.CreateMessage;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.EmojiBuilder;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.Message;
import dev.tinychat.sample.chat.MessageBuilder;
import dev.tinychat.sample.chat.Messages;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.Reaction;
import dev.tinychat.sample.chat.ReactionBuilder;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SetUpSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.ThreadBuilder;
import dev.tinychat.sample.chat.User;
import dev.tinychat.sample.chat.UserBuilder;
import dev.tinychat.sample.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated clients of the write methods (spaces.delete and completeImport, members.create
 * and delete, messages.create and delete, reactions.create and delete) against the emulator, with
 * Google's documented semantics: NOT_FOUND, cascading deletes answered {@code {}}, requestId and
 * client-assigned messageId idempotency, threads, cards kept as sent.
 */
class WriteMethodsClientTest {
  private static final String SMILE = "\ud83d\ude42";

  private final Chat chat = new Chat();
  private final SpacesClient spaces = chat.client(ALICE);
  private final MembersClient members = chat.members(ALICE);
  private final MessagesClient messages = chat.messages(ALICE);
  private final ReactionsClient reactions = chat.reactions(ALICE);
  /** A named space of alice (manager) and bob. */
  private final String team;

  WriteMethodsClientTest() {
    team = spaces.setup(SetUpSpace.namedSpace("Team")
        .memberships(List.of(Membership.human("users/bob")))).name();
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

  private Message say(String text) {
    return messages.create(CreateMessage.text(team, text));
  }

  private static int status(Runnable call) {
    return assertThrows(ApiException.class, call::run).httpStatus();
  }

  /** Refused before sending: nothing reached the emulator. */
  private InvalidRequestException refused(Runnable call) {
    int sent = chat.emulator.requestLog().size();
    InvalidRequestException e = assertThrows(InvalidRequestException.class, call::run);
    assertEquals(sent, chat.emulator.requestLog().size(), "refused before sending");
    return e;
  }

  // ---- spaces ----

  @Test
  void spacesDeleteCascadesToMembersMessagesAndReactionsAndAnswersNothing() {
    Message hello = say("hello");
    reactions.create(hello.name(), new ReactionBuilder()
        .emoji(new EmojiBuilder().unicode(SMILE).build()).build());
    chat.emulator.clearRequestLog();

    spaces.delete(team, null);

    RecordedRequest delete = chat.onlyRequest();
    assertEquals("DELETE /v1/" + team, delete.method() + " " + delete.path());
    assertEquals(404, status(() -> spaces.get(team)));
    assertEquals(404, status(() -> members.get(team + "/members/bob", null)));
    assertEquals(404, status(() -> messages.get(hello.name())));
    assertEquals(404, status(() -> reactions.list(hello.name(), null, null, null)));
    assertEquals(404, status(() -> spaces.delete(team, null)), "deleted once");
  }

  @Test
  void spacesDeleteNeedsAManagerAndAWellFormedName() {
    try (SpacesClient asBob = chat.client(BOB)) {
      ApiException denied = assertThrows(ApiException.class, () -> asBob.delete(team, null));
      assertEquals(ApiStatus.PERMISSION_DENIED, denied.status());
    }
    assertEquals("Team", spaces.get(team).displayName());
    InvalidRequestException wrong = refused(() -> spaces.delete(team + "/members/bob", null));
    assertTrue(wrong.getMessage().contains("spaces/*"), wrong.getMessage());
    refused(() -> spaces.delete(null, null));
  }

  @Test
  void spacesDeleteAsAdministratorSendsUseAdminAccess() {
    ApiException e = assertThrows(ApiException.class, () -> spaces.delete(team, true));
    assertEquals(501, e.httpStatus(), "the emulator models no administrators");
    assertEquals("useAdminAccess=true", chat.onlyRequest().query());
  }

  @Test
  void completeImportTakesASpaceOutOfImportMode() {
    Space imported = spaces.create(CreateSpace.importSpace("Archive"));
    assertEquals(Boolean.TRUE, imported.importMode());
    chat.emulator.clearRequestLog();

    CompleteImportSpaceResponse done = spaces.completeImport(imported.name());

    RecordedRequest request = chat.onlyRequest();
    assertEquals("POST /v1/" + imported.name() + ":completeImport",
        request.method() + " " + request.path());
    assertEquals(imported.name(), done.space().name());
    assertNotEquals(Boolean.TRUE, done.space().importMode());
    ApiException notImporting = assertThrows(ApiException.class,
        () -> spaces.completeImport(team));
    assertEquals(ApiStatus.FAILED_PRECONDITION, notImporting.status());
    assertEquals(404, status(() -> spaces.completeImport("spaces/AAAAAAAAAAA")));
  }

  // ---- members ----

  @Test
  void membersCreateAPersonAGroupAndTheCallingApp() {
    Membership carol = members.create(CreateMembership.human(team, "users/carol"));
    assertEquals(team + "/members/carol", carol.name());
    assertEquals("users/carol", carol.member().name());
    assertEquals(Membership.MembershipRole.ROLE_MEMBER, carol.role());

    Membership eng = members.create(CreateMembership.group(team, "groups/eng"));
    assertEquals("groups/eng", eng.groupMember().name());

    Membership app = members.create(CreateMembership.callingApp(team));
    assertEquals("users/app", app.member().name());
    assertEquals(dev.tinychat.sample.chat.User.Type.BOT, app.member().type());

    assertEquals(List.of("ROLE_MANAGER users/alice HUMAN", "ROLE_MEMBER users/bob HUMAN",
            "ROLE_MEMBER users/carol HUMAN", "ROLE_MEMBER groups/eng GROUP",
            "ROLE_MEMBER users/app BOT"),
        chat.members(ALICE, team));
    ApiException twice = assertThrows(ApiException.class,
        () -> members.create(CreateMembership.human(team, "users/carol")));
    assertEquals(ApiStatus.ALREADY_EXISTS, twice.status());
  }

  @Test
  void membersCreateSendsOnlyWhatTheCombinationAllows() {
    members.create(CreateMembership.human(team, "users/carol"));
    RecordedRequest request = chat.onlyRequest();
    assertEquals("POST /v1/" + team + "/members", request.method() + " " + request.path());
    assertEquals("", request.query());
    assertEquals(Chat.json("{\"member\":{\"name\":\"users/carol\",\"type\":\"HUMAN\"}}"),
        Chat.body(request));

    chat.emulator.clearRequestLog();
    ApiException admin = assertThrows(ApiException.class,
        () -> members.create(CreateMembership.humanAsAdmin(team, "users/dave")));
    assertEquals(501, admin.httpStatus(), "the emulator models no administrators");
    assertEquals("useAdminAccess=true", chat.onlyRequest().query());

    refused(() -> members.create(CreateMembership.human(team, null)));
    refused(() -> members.create(CreateMembership.human(team, "carol")));
    refused(() -> members.create(CreateMembership.group(team, "users/carol")));
    InvalidRequestException byHand = refused(() -> members.create(team,
        Membership.human("users/carol"), false));
    assertTrue(byHand.getMessage().contains("useAdminAccess"), byHand.getMessage());
  }

  @Test
  void membersCreateImportsAPersonWithTheTimeTheyJoined() {
    Instant opened = Chat.NOW.minus(Duration.ofDays(30));
    Space archive = spaces.create(CreateSpace.importSpace("Archive").createTime(opened));
    Instant joined = Chat.NOW.minus(Duration.ofDays(10));
    chat.emulator.clearRequestLog();

    Membership carol = members.create(
        CreateMembership.importedHuman(archive.name(), "users/carol", joined));

    assertEquals(joined, carol.createTime());
    assertEquals(Chat.json("{\"member\":{\"name\":\"users/carol\",\"type\":\"HUMAN\"},"
        + "\"createTime\":\"2026-11-12T10:00:00.123456Z\"}"), Chat.body(chat.onlyRequest()));
    ApiException early = assertThrows(ApiException.class, () -> members.create(
        CreateMembership.importedHuman(archive.name(), "users/dave", opened.minusSeconds(1))));
    assertEquals(400, early.httpStatus(), "before the space was created");
    refused(() -> members.create(CreateMembership.importedHuman(archive.name(), "users/dave",
        null)));
  }

  @Test
  void membersCreateFollowsTheSpaceType() {
    Space groupChat = spaces.setup(SetUpSpace.groupChat(
        User.human("users/bob"), User.human("users/carol")));
    ApiException group = assertThrows(ApiException.class,
        () -> members.create(CreateMembership.group(groupChat.name(), "groups/eng")));
    assertEquals(400, group.httpStatus());
    assertTrue(group.getMessage().contains("named space"), group.getMessage());
    assertEquals(404, status(() -> members.create(
        CreateMembership.human("spaces/AAAAAAAAAAA", "users/carol"))));
  }

  @Test
  void membersDeleteAnswersTheMembershipRemoved() throws Exception {
    Membership bob = members.delete(team + "/members/bob", null);
    assertEquals("users/bob", bob.member().name());
    assertEquals(team + "/members/bob", bob.name());
    assertEquals(List.of("ROLE_MANAGER users/alice HUMAN"), chat.members(ALICE, team));
    assertEquals(404, status(() -> members.get(team + "/members/bob", null)));
    assertEquals(404, status(() -> members.delete(team + "/members/bob", null)));
    try (SpacesClient asBob = chat.client(BOB)) {
      assertEquals(404, status(() -> asBob.get(team)), "bob no longer sees the space");
    }
    members.create(CreateMembership.group(team, "groups/eng"));
    assertEquals("groups/eng", members.deleteAsync(team + "/members/eng", null)
        .get(10, TimeUnit.SECONDS).groupMember().name());
    refused(() -> members.delete(team, null));
  }

  // ---- messages ----

  @Test
  void messagesCreateWithAClientAssignedIdThatIsUniqueInTheSpace() {
    Message sent = messages.create(CreateMessage.text(team, "build 42 is green")
        .messageId("client-build-42"));
    assertEquals("build 42 is green", sent.text());
    assertEquals("client-build-42", sent.clientAssignedMessageId());
    assertEquals("users/alice", sent.sender().name());
    assertEquals(sent, messages.get(team + "/messages/client-build-42"));
    List<String> query = List.of(chat.emulator.requestLog().get(0).query().split("&"));
    assertEquals(2, query.size(), query::toString);
    assertTrue(query.contains("messageId=client-build-42"), query::toString);

    ApiException taken = assertThrows(ApiException.class, () -> messages.create(
        CreateMessage.text(team, "again").messageId("client-build-42")));
    assertEquals(ApiStatus.ALREADY_EXISTS, taken.status());
    // the client checks the client- prefix; the rest of Google's rule (lowercase letters, digits,
    // hyphens, at most 63 characters) is the server's
    ApiException malformed = assertThrows(ApiException.class, () -> messages.create(
        CreateMessage.text(team, "x").messageId("client-Build_42")));
    assertEquals(400, malformed.httpStatus());
    assertTrue(malformed.getMessage().contains("client-"), malformed.getMessage());
  }

  @Test
  void messagesCreateWithTheSameRequestIdCreatesOneMessage() {
    Message first = messages.create(CreateMessage.text(team, "once").requestId("r-1"));
    Message again = messages.create(CreateMessage.text(team, "once").requestId("r-1"));
    assertEquals(first.name(), again.name());
    assertEquals(List.of("once"), messages.list(team, null, null, null, null, null).messages()
        .stream().map(Message::text).toList());
    try (MessagesClient asBob = chat.messages(BOB)) {
      ApiException other = assertThrows(ApiException.class,
          () -> asBob.create(CreateMessage.text(team, "once").requestId("r-1")));
      assertEquals(400, other.httpStatus(), "a request ID of another user");
    }
    for (RecordedRequest request : chat.emulator.requestLog().subList(0, 2)) {
      assertEquals("requestId=r-1", request.query());
    }
    Message keyed = say("with a random key");
    String query = chat.emulator.requestLog().get(chat.emulator.requestLog().size() - 1).query();
    assertTrue(Chat.UUID.matcher(query.substring("requestId=".length())).matches(), query);
    assertNotEquals(first.name(), keyed.name());
  }

  @Test
  void messagesCreateRepliesInAThreadByKeyOrName() {
    Message root = messages.create(CreateMessage.text(team, "root")
        .thread(new ThreadBuilder().threadKey("deploy").build())
        .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD));
    assertNotEquals(Boolean.TRUE, root.threadReply());
    assertTrue(chat.emulator.requestLog().get(0).query()
        .contains("messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"));

    Message byKey = messages.create(CreateMessage.text(team, "by key")
        .thread(new ThreadBuilder().threadKey("deploy").build())
        .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_OR_FAIL));
    assertEquals(root.thread().name(), byKey.thread().name());
    assertEquals(Boolean.TRUE, byKey.threadReply());

    Message byName = messages.create(CreateMessage.text(team, "by name")
        .thread(new ThreadBuilder().name(root.thread().name()).build())
        .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_OR_FAIL));
    assertEquals(root.thread().name(), byName.thread().name());

    Message unthreaded = messages.create(CreateMessage.text(team, "new thread")
        .thread(new ThreadBuilder().threadKey("deploy").build()));
    assertNotEquals(root.thread().name(), unthreaded.thread().name(), "no reply option: new thread");

    ApiException missing = assertThrows(ApiException.class, () -> messages.create(
        CreateMessage.text(team, "lost").thread(new ThreadBuilder().name(team + "/threads/nope")
            .build()).messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_OR_FAIL)));
    assertEquals(ApiStatus.NOT_FOUND, missing.status());
    refused(() -> messages.create(CreateMessage.text(team, "x")
        .thread(new ThreadBuilder().name("threads/nope").build())));
  }

  @Test
  void messagesCreateWithCardsAsAnAppKeepsTheCardsAsSent() {
    members.create(CreateMembership.callingApp(team));
    JsonValue card = JsonValue.parse("{\"cardId\":\"status\",\"card\":{\"header\":{\"title\":"
        + "\"Build 42\",\"subtitle\":\"green \u2705\"},\"sections\":[{\"widgets\":[{\"textParagraph\":"
        + "{\"text\":\"All <b>12</b> checks passed\"}}]}],\"x-future\":[1.5,true,null]}}");
    JsonValue widget = JsonValue.parse("{\"buttonList\":{\"buttons\":[{\"text\":\"Open\","
        + "\"onClick\":{\"openLink\":{\"url\":\"https://example.com/42\"}}}]}}");
    try (MessagesClient asApp = chat.messages(APP)) {
      Message sent = asApp.create(CreateMessage.cards(team, card).fallbackText("Build 42: green")
          .accessoryWidgets(widget));
      assertEquals("users/app", sent.sender().name());
      assertEquals(List.of(card), sent.cardsV2());
      assertEquals(List.of(widget), sent.accessoryWidgets());
      assertEquals("Build 42: green", sent.fallbackText());
      assertEquals(Chat.json("{\"cardsV2\":[" + card + "],\"fallbackText\":\"Build 42: green\","
              + "\"accessoryWidgets\":[" + widget + "]}"),
          Chat.body(chat.emulator.requestLog().get(chat.emulator.requestLog().size() - 1)));
      assertEquals(List.of(card), messages.get(sent.name()).cardsV2());
    }
    try (MessagesClient asApp = chat.messages(APP)) {
      Message withWidgets = asApp.create(CreateMessage.textWithWidgets(team, "Build 42", widget)
          .privateMessageViewer(new UserBuilder().name("users/bob").build())
          .messageId("client-widgets"));
      assertEquals("Build 42", withWidgets.text());
      assertEquals("users/bob", withWidgets.privateMessageViewer().name());
      assertEquals(List.of(widget), withWidgets.accessoryWidgets());
      assertNull(withWidgets.cardsV2());
    }
    ApiException asUser = assertThrows(ApiException.class,
        () -> messages.create(CreateMessage.cards(team, card)));
    assertEquals(400, asUser.httpStatus(), "cards need app authentication");
  }

  @Test
  void messagesCreateRefusesWhatCannotBeSentBeforeSending() {
    refused(() -> messages.create(CreateMessage.text(team, "")));
    refused(() -> messages.create(CreateMessage.text(team, null)));
    refused(() -> messages.create(CreateMessage.text("spaces/AAAA/messages/BBBB", "x")));
    InvalidRequestException fallbackWithoutCards = refused(() -> messages.create(team,
        new MessageBuilder().text("x").fallbackText("y").build(), null, null, null));
    assertTrue(fallbackWithoutCards.getMessage().contains("message.fallbackText"),
        fallbackWithoutCards.getMessage());
    InvalidRequestException notClient = refused(() -> messages.create(CreateMessage.text(team, "x")
        .messageId("mine")));
    assertEquals("messageId", notClient.field());
    assertTrue(notClient.getMessage().contains("client-{id}"), notClient.getMessage());
    InvalidRequestException unknownOption = refused(() -> messages.create(CreateMessage.text(team, "x")
        .messageReplyOption(Messages.MessageReplyOption.UNRECOGNIZED)));
    assertEquals("messageReplyOption", unknownOption.field());
    assertTrue(unknownOption.getMessage().contains("REPLY_MESSAGE_OR_FAIL"), unknownOption.getMessage());
    assertEquals(404, status(() -> messages.create(CreateMessage.text("spaces/AAAAAAAAAAA", "x"))));
  }

  @Test
  void messagesDeleteWithRepliesNeedsForceAndTakesTheRepliesAlong() {
    Message root = messages.create(CreateMessage.text(team, "root")
        .thread(new ThreadBuilder().threadKey("t").build())
        .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD));
    Message reply = messages.create(CreateMessage.text(team, "reply")
        .thread(new ThreadBuilder().threadKey("t").build())
        .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_OR_FAIL));
    Message other = say("other");
    chat.emulator.clearRequestLog();

    ApiException replies = assertThrows(ApiException.class, () -> messages.delete(root.name(), null));
    assertEquals(ApiStatus.FAILED_PRECONDITION, replies.status());
    assertEquals(root, messages.get(root.name()));

    messages.delete(root.name(), true);

    assertTrue(chat.emulator.requestLog().stream().anyMatch(r -> r.method().equals("DELETE")
        && "force=true".equals(r.query())));
    assertEquals(404, status(() -> messages.get(root.name())));
    assertEquals(404, status(() -> messages.get(reply.name())));
    assertEquals(List.of("other"), messages.list(team, null, null, null, null, null).messages()
        .stream().map(Message::text).toList());
    List<Message> deleted = messages.list(team, null, null, null, null, true).messages();
    assertEquals(3, deleted.size());
    assertTrue(deleted.stream().filter(m -> !m.name().equals(other.name()))
        .allMatch(m -> m.deleteTime() != null && m.text() == null));
    assertEquals(404, status(() -> messages.delete(root.name(), true)), "deleted once");

    try (MessagesClient asBob = chat.messages(BOB)) {
      assertEquals(ApiStatus.PERMISSION_DENIED,
          assertThrows(ApiException.class, () -> asBob.delete(other.name(), null)).status());
    }
    messages.create(CreateMessage.text(team, "named").messageId("client-gone"));
    messages.delete(team + "/messages/client-gone", null);
    assertEquals(404, status(() -> messages.get(team + "/messages/client-gone")));
  }

  // ---- reactions ----

  @Test
  void reactionsCreateAndDelete() {
    Message hello = say("hello");
    Reaction smile = reactions.create(hello.name(), new ReactionBuilder()
        .emoji(new EmojiBuilder().unicode(SMILE).build()).build());
    assertTrue(smile.name().startsWith(hello.name() + "/reactions/"), smile.name());
    assertEquals("users/alice", smile.user().name());
    assertEquals(SMILE, smile.emoji().unicode());
    RecordedRequest request = chat.emulator.requestLog().get(chat.emulator.requestLog().size() - 1);
    assertEquals(Chat.json("{\"emoji\":{\"unicode\":\"" + SMILE + "\"}}"), Chat.body(request));
    assertEquals(1, messages.get(hello.name()).emojiReactionSummaries().get(0).reactionCount());

    try (ReactionsClient asBob = chat.reactions(BOB)) {
      assertEquals(ApiStatus.PERMISSION_DENIED,
          assertThrows(ApiException.class, () -> asBob.delete(smile.name())).status());
    }
    reactions.delete(smile.name());
    assertNull(reactions.list(hello.name(), null, null, null).reactions());
    assertNull(messages.get(hello.name()).emojiReactionSummaries());
    assertEquals(404, status(() -> reactions.delete(smile.name())), "deleted once");
    assertEquals(404, status(() -> reactions.create(team + "/messages/nope",
        new ReactionBuilder().emoji(new EmojiBuilder().unicode(SMILE).build()).build())));
    refused(() -> reactions.delete(hello.name()));
    refused(() -> reactions.create(hello.name(), null));
    assertFalse(chat.emulator.requestLog().isEmpty());
  }
}
