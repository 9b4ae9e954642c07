package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.CompleteImportSpaceRequest;
import com.google.api.services.chat.v1.model.Emoji;
import com.google.api.services.chat.v1.model.Group;
import com.google.api.services.chat.v1.model.Thread;
import com.google.api.services.chat.v1.model.User;
import com.google.gson.JsonParser;
import dev.tinychat.json.JsonValue;
import dev.tinychat.sample.chat.CompleteImportSpaceResponse;
import dev.tinychat.sample.chat.CreateMembership;
import dev.tinychat.sample.chat.CreateMessage;
import dev.tinychat.sample.chat.EmojiBuilder;
import dev.tinychat.sample.chat.Membership;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Message;
import dev.tinychat.sample.chat.Messages;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.Reaction;
import dev.tinychat.sample.chat.ReactionBuilder;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SpacesClient;
import dev.tinychat.sample.chat.ThreadBuilder;
import dev.tinychat.sample.chat.UserBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The write methods (spaces.delete and completeImport, spaces.members.create and delete,
 * spaces.messages.create and delete, spaces.messages.reactions.create and delete): for the same
 * arguments our generated clients and Google's official one send the same method, path, query and
 * JSON body ({@link CannedServer#assertSameRequest}), and read the same answers.
 */
class WriteMethodsWireTest {
  private static final String SPACE = "spaces/AAAAAAAAAAA";
  private static final String MESSAGE = SPACE + "/messages/client-build-42";
  private static final String CARD = "{\"cardId\":\"status\",\"card\":{\"header\":{\"title\":"
      + "\"Build 42 \u00e9\ud83d\ude00\"},\"sections\":[{\"widgets\":[{\"decoratedText\":{\"text\":"
      + "\"green\",\"startIcon\":{\"knownIcon\":\"STAR\"}}}]}]}}";
  private static final String WIDGET = "{\"buttonList\":{\"buttons\":[{\"text\":\"Open\","
      + "\"onClick\":{\"openLink\":{\"url\":\"https://example.com/42?a=1&b=2\"}}}]}}";

  private final CannedServer server = new CannedServer();
  private final SpacesClient spaces = Clients.ours(server.baseUrl());
  private final MembersClient members = Clients.oursMembers(server.baseUrl());
  private final MessagesClient messages = Clients.oursMessages(server.baseUrl());
  private final ReactionsClient reactions = Clients.oursReactions(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  WriteMethodsWireTest() {
    server.answer(200, "{}");
  }

  @AfterEach
  void stop() {
    spaces.close();
    members.close();
    messages.close();
    reactions.close();
    server.close();
  }

  private static <T> T parse(String json, Class<T> type) throws IOException {
    return GsonFactory.getDefaultInstance().fromString(json, type);
  }

  @Test
  void spacesDelete() throws IOException {
    server.assertSameRequest(() -> spaces.delete(SPACE, null),
        () -> google.spaces().delete(SPACE).execute());
    assertEquals("DELETE /v1/spaces/AAAAAAAAAAA", server.only().method() + " "
        + server.only().path());
    server.assertSameRequest(() -> spaces.delete(SPACE, true),
        () -> google.spaces().delete(SPACE).setUseAdminAccess(true).execute());
    assertEquals("useAdminAccess=true", server.only().query());
  }

  @Test
  void spacesDeleteAcceptsAnEmptyAnswerAsGooglesClientDoes() throws IOException {
    server.answer(204, "");
    spaces.delete(SPACE, null);
    google.spaces().delete(SPACE).execute();
    server.answer(200, "{}");
    spaces.deleteAsync(SPACE, false).join();
  }

  /**
   * The one difference: Google's client sends the empty {@code CompleteImportSpaceRequest} as
   * {@code {}}; ours sends no body, which Google's front end reads as the same empty message. A
   * definition has no way yet to say "send an empty object" (reported to the lead).
   */
  @Test
  void spacesCompleteImport() throws IOException {
    server.answer(200, "{\"space\":{\"name\":\"" + SPACE + "\",\"spaceType\":\"SPACE\","
        + "\"displayName\":\"Archive\",\"importMode\":false}}");
    server.clear();
    CompleteImportSpaceResponse mine = spaces.completeImport(SPACE);
    CannedServer.Received ours = server.only();
    server.clear();
    com.google.api.services.chat.v1.model.CompleteImportSpaceResponse theirs =
        google.spaces().completeImport(SPACE, new CompleteImportSpaceRequest()).execute();
    CannedServer.Received google = server.only();

    assertEquals(google.method() + " " + google.path() + " " + google.query(),
        ours.method() + " " + ours.path() + " " + ours.query());
    assertEquals("POST /v1/spaces/AAAAAAAAAAA:completeImport", ours.method() + " " + ours.path());
    assertEquals("{}", google.body());
    assertEquals("", ours.body());
    assertEquals(theirs.getSpace().getName(), mine.space().name());
    assertEquals(theirs.getSpace().getDisplayName(), mine.space().displayName());
    assertEquals(theirs.getSpace().getImportMode(), mine.space().importMode());
  }

  @Test
  void membersCreateAPersonAGroupAndTheCallingApp() throws IOException {
    server.assertSameRequest(() -> members.create(CreateMembership.human(SPACE, "users/carol")),
        () -> google.spaces().members().create(SPACE,
            new com.google.api.services.chat.v1.model.Membership()
                .setMember(new User().setName("users/carol").setType("HUMAN"))).execute());
    assertEquals("POST /v1/spaces/AAAAAAAAAAA/members", server.only().method() + " "
        + server.only().path());

    server.assertSameRequest(
        () -> members.create(CreateMembership.humanAsAdmin(SPACE, "users/carol@example.com")),
        () -> google.spaces().members().create(SPACE,
            new com.google.api.services.chat.v1.model.Membership().setMember(
                new User().setName("users/carol@example.com").setType("HUMAN")))
            .setUseAdminAccess(true).execute());
    assertEquals("useAdminAccess=true", server.only().query());

    server.assertSameRequest(
        () -> members.create(CreateMembership.group(SPACE, "groups/eng").useAdminAccess(false)),
        () -> google.spaces().members().create(SPACE,
            new com.google.api.services.chat.v1.model.Membership()
                .setGroupMember(new Group().setName("groups/eng")))
            .setUseAdminAccess(false).execute());

    server.assertSameRequest(() -> members.create(CreateMembership.callingApp(SPACE)),
        () -> google.spaces().members().create(SPACE,
            new com.google.api.services.chat.v1.model.Membership()
                .setMember(new User().setName("users/app").setType("BOT"))).execute());
  }

  @Test
  void membersDeleteAnswersTheMembership() throws IOException {
    String name = SPACE + "/members/carol";
    server.answer(200, "{\"name\":\"" + name + "\",\"state\":\"JOINED\",\"role\":\"ROLE_MEMBER\","
        + "\"member\":{\"name\":\"users/carol\",\"type\":\"HUMAN\"},"
        + "\"createTime\":\"2026-11-22T10:00:00.5Z\"}");
    server.assertSameRequest(() -> members.delete(name, null),
        () -> google.spaces().members().delete(name).execute());
    assertEquals("DELETE /v1/spaces/AAAAAAAAAAA/members/carol", server.only().method() + " "
        + server.only().path());
    server.assertSameRequest(() -> members.delete(name, true),
        () -> google.spaces().members().delete(name).setUseAdminAccess(true).execute());

    Membership mine = members.delete(name, null);
    com.google.api.services.chat.v1.model.Membership theirs =
        google.spaces().members().delete(name).execute();
    assertEquals(theirs.getName(), mine.name());
    assertEquals(theirs.getMember().getName(), mine.member().name());
    assertEquals(theirs.getRole(), mine.role().name());
    assertEquals(Instant.parse(theirs.getCreateTime()), mine.createTime());
  }

  @Test
  void messagesCreateText() throws IOException {
    server.assertSameRequest(
        () -> messages.create(CreateMessage.text(SPACE, "Build 42 is *green* \u00e9\ud83d\ude00")
            .requestId("r-1")),
        () -> google.spaces().messages().create(SPACE,
                new com.google.api.services.chat.v1.model.Message()
                    .setText("Build 42 is *green* \u00e9\ud83d\ude00"))
            .setRequestId("r-1").execute());
    assertEquals("POST /v1/spaces/AAAAAAAAAAA/messages requestId=r-1",
        server.only().method() + " " + server.only().path() + " " + server.only().query());
  }

  @Test
  void messagesCreateInAThreadWithAClientAssignedId() throws IOException {
    server.assertSameRequest(
        () -> messages.create(CreateMessage.text(SPACE, "reply")
            .thread(new ThreadBuilder().threadKey("deploy 42").build())
            .messageId("client-build-42")
            .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD)
            .requestId("r-2")),
        () -> google.spaces().messages().create(SPACE,
                new com.google.api.services.chat.v1.model.Message().setText("reply")
                    .setThread(new Thread().setThreadKey("deploy 42")))
            .setRequestId("r-2").setMessageId("client-build-42")
            .setMessageReplyOption("REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD").execute());
    server.assertSameRequest(
        () -> messages.create(CreateMessage.text(SPACE, "by name")
            .thread(new ThreadBuilder().name(SPACE + "/threads/t1").build())
            .messageReplyOption(Messages.MessageReplyOption.REPLY_MESSAGE_OR_FAIL)
            .requestId("r-3")),
        () -> google.spaces().messages().create(SPACE,
                new com.google.api.services.chat.v1.model.Message().setText("by name")
                    .setThread(new Thread().setName(SPACE + "/threads/t1")))
            .setRequestId("r-3").setMessageReplyOption("REPLY_MESSAGE_OR_FAIL").execute());
  }

  @Test
  void messagesCreateWithCardsAsAnApp() throws IOException {
    com.google.api.services.chat.v1.model.Message google =
        parse("{\"text\":\"Build 42\",\"fallbackText\":\"Build 42: green\",\"cardsV2\":[" + CARD
            + "],\"accessoryWidgets\":[" + WIDGET + "],\"privateMessageViewer\":{\"name\":"
            + "\"users/bob\"}}", com.google.api.services.chat.v1.model.Message.class);
    server.assertSameRequest(
        () -> messages.create(CreateMessage.cards(SPACE, JsonValue.parse(CARD))
            .text("Build 42").fallbackText("Build 42: green")
            .accessoryWidgets(JsonValue.parse(WIDGET))
            .privateMessageViewer(new UserBuilder().name("users/bob").build())
            .requestId("r-4")),
        () -> this.google.spaces().messages().create(SPACE, google).setRequestId("r-4")
            .execute());
  }

  @Test
  void messagesCreateDecodesTheAnswerLikeGooglesClient() throws IOException {
    server.answer(200, "{\"name\":\"" + SPACE + "/messages/m1.m1\",\"sender\":{\"name\":"
        + "\"users/app\",\"type\":\"BOT\"},\"createTime\":\"2026-11-22T10:00:00.123456Z\","
        + "\"text\":\"Build 42\",\"cardsV2\":[" + CARD + "],\"accessoryWidgets\":[" + WIDGET
        + "],\"thread\":{\"name\":\"" + SPACE + "/threads/m1\",\"threadKey\":\"deploy\"},"
        + "\"space\":{\"name\":\"" + SPACE + "\"},\"clientAssignedMessageId\":\"client-build-42\","
        + "\"threadReply\":false}");
    Message mine = messages.create(CreateMessage.cards(SPACE, JsonValue.parse(CARD)));
    com.google.api.services.chat.v1.model.Message theirs = google.spaces().messages()
        .create(SPACE, new com.google.api.services.chat.v1.model.Message()).execute();

    assertEquals(theirs.getName(), mine.name());
    assertEquals(theirs.getSender().getName(), mine.sender().name());
    assertEquals(Instant.parse(theirs.getCreateTime()), mine.createTime());
    assertEquals(theirs.getText(), mine.text());
    assertEquals(theirs.getThread().getName(), mine.thread().name());
    assertEquals(theirs.getThread().getThreadKey(), mine.thread().threadKey());
    assertEquals(theirs.getClientAssignedMessageId(), mine.clientAssignedMessageId());
    assertEquals(theirs.getThreadReply(), mine.threadReply());
    GsonFactory json = GsonFactory.getDefaultInstance();
    assertEquals(JsonParser.parseString(json.toString(theirs.getCardsV2())),
        JsonParser.parseString(mine.cardsV2().toString()));
    assertEquals(JsonParser.parseString(json.toString(theirs.getAccessoryWidgets())),
        JsonParser.parseString(mine.accessoryWidgets().toString()));
  }

  @Test
  void messagesCreateWithoutRequestIdOursSendsARandomUuidAndGoogleNone() throws IOException {
    messages.create(CreateMessage.text(SPACE, "x"));
    String query = server.only().query();
    assertTrue(query.matches("requestId=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}"
        + "-[0-9a-f]{12}"), query);
    server.clear();
    google.spaces().messages().create(SPACE,
        new com.google.api.services.chat.v1.model.Message().setText("x")).execute();
    assertEquals("", server.only().query());
  }

  @Test
  void messagesDelete() throws IOException {
    server.assertSameRequest(() -> messages.delete(MESSAGE, null),
        () -> google.spaces().messages().delete(MESSAGE).execute());
    assertEquals("DELETE /v1/spaces/AAAAAAAAAAA/messages/client-build-42",
        server.only().method() + " " + server.only().path());
    server.assertSameRequest(() -> messages.delete(MESSAGE, true),
        () -> google.spaces().messages().delete(MESSAGE).setForce(true).execute());
    assertEquals("force=true", server.only().query());
  }

  @Test
  void reactionsCreateAndDelete() throws IOException {
    server.answer(200, "{\"name\":\"" + MESSAGE + "/reactions/r1\",\"user\":{\"name\":"
        + "\"users/alice\"},\"emoji\":{\"unicode\":\"\ud83d\ude42\"}}");
    server.assertSameRequest(
        () -> reactions.create(MESSAGE, new ReactionBuilder()
            .emoji(new EmojiBuilder().unicode("\ud83d\ude42").build()).build()),
        () -> google.spaces().messages().reactions().create(MESSAGE,
            new com.google.api.services.chat.v1.model.Reaction()
                .setEmoji(new Emoji().setUnicode("\ud83d\ude42"))).execute());
    assertEquals("POST /v1/spaces/AAAAAAAAAAA/messages/client-build-42/reactions",
        server.only().method() + " " + server.only().path());
    Reaction mine = reactions.create(MESSAGE, new ReactionBuilder()
        .emoji(new EmojiBuilder().unicode("\ud83d\ude42").build()).build());
    assertEquals(MESSAGE + "/reactions/r1", mine.name());
    assertEquals("users/alice", mine.user().name());

    server.answer(200, "{}");
    String name = MESSAGE + "/reactions/r1";
    server.assertSameRequest(() -> reactions.delete(name),
        () -> google.spaces().messages().reactions().delete(name).execute());
    assertEquals("DELETE /v1/spaces/AAAAAAAAAAA/messages/client-build-42/reactions/r1",
        server.only().method() + " " + server.only().path());
  }
}
