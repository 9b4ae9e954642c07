package dev.tinychat.sample.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.api.services.chat.v1.HangoutsChat;
import com.google.api.services.chat.v1.model.ListReactionsResponse;
import com.google.api.services.chat.v1.model.ListSpacesResponse;
import com.google.api.services.chat.v1.model.SearchSpacesResponse;
import dev.tinychat.sample.chat.DeletionMetadata;
import dev.tinychat.sample.chat.MembersClient;
import dev.tinychat.sample.chat.Message;
import dev.tinychat.sample.chat.MessagesClient;
import dev.tinychat.sample.chat.Reaction;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.chat.SpacesClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The read methods (spaces.list, spaces.search, spaces.findDirectMessage, spaces.members.get,
 * spaces.messages.get and list, spaces.messages.reactions.list): for the same arguments our
 * generated clients and Google's official one send the same method, path and query parameters, and
 * decode the same answer to the same values.
 */
class ReadMethodsWireTest {
  private static final String SPACE = "spaces/AAAAAAAAAAA";
  private static final String MESSAGE = SPACE + "/messages/client-build-42";

  private final CannedServer server = new CannedServer();
  private final SpacesClient spaces = Clients.ours(server.baseUrl());
  private final MembersClient members = Clients.oursMembers(server.baseUrl());
  private final MessagesClient messages = Clients.oursMessages(server.baseUrl());
  private final ReactionsClient reactions = Clients.oursReactions(server.baseUrl());
  private final HangoutsChat google = Clients.google(server.baseUrl());

  ReadMethodsWireTest() {
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

  @Test
  void spacesList() throws IOException {
    assertEquals(List.of(), server.assertSameQuery(() -> spaces.list(null, null, null),
        () -> google.spaces().list().execute()));
    assertEquals("/v1/spaces", server.only().path());
    String filter = "spaceType = \"SPACE\" OR spaceType = \"GROUP_CHAT\"";
    assertEquals(List.of("filter=" + filter, "pageSize=1000", "pageToken=t/+="),
        server.assertSameQuery(() -> spaces.list(1000, "t/+=", filter),
            () -> google.spaces().list().setPageSize(1000).setPageToken("t/+=")
                .setFilter(filter).execute()));
  }

  @Test
  void spacesSearch() throws IOException {
    String query = "customer = \"customers/my_customer\" AND spaceType = \"SPACE\""
        + " AND display_name:\"Hello World\"";
    assertEquals(List.of("query=" + query),
        server.assertSameQuery(() -> spaces.search(query, null, null, null, null),
            () -> google.spaces().search().setQuery(query).execute()));
    assertEquals("/v1/spaces:search", server.only().path());
    assertEquals(List.of("orderBy=create_time DESC", "pageSize=10", "pageToken=p",
            "query=" + query, "useAdminAccess=true"),
        server.assertSameQuery(
            () -> spaces.search(query, 10, "p", "create_time DESC", true),
            () -> google.spaces().search().setQuery(query).setPageSize(10).setPageToken("p")
                .setOrderBy("create_time DESC").setUseAdminAccess(true).execute()));
  }

  @Test
  void spacesFindDirectMessage() throws IOException {
    assertEquals(List.of("name=users/al@example.com"), server.assertSameQuery(
        () -> spaces.findDirectMessage("users/al@example.com"),
        () -> google.spaces().findDirectMessage().setName("users/al@example.com").execute()));
    assertEquals("/v1/spaces:findDirectMessage", server.only().path());
  }

  @Test
  void membersGet() throws IOException {
    String name = SPACE + "/members/app";
    assertEquals(List.of(), server.assertSameQuery(() -> members.get(name, null),
        () -> google.spaces().members().get(name).execute()));
    assertEquals("/v1/spaces/AAAAAAAAAAA/members/app", server.only().path());
    assertEquals(List.of("useAdminAccess=false"), server.assertSameQuery(
        () -> members.get(name, false),
        () -> google.spaces().members().get(name).setUseAdminAccess(false).execute()));
  }

  @Test
  void messagesGetAndList() throws IOException {
    assertEquals(List.of(), server.assertSameQuery(() -> messages.get(MESSAGE),
        () -> google.spaces().messages().get(MESSAGE).execute()));
    assertEquals("/v1/spaces/AAAAAAAAAAA/messages/client-build-42", server.only().path());

    assertEquals(List.of(), server.assertSameQuery(
        () -> messages.list(SPACE, null, null, null, null, null),
        () -> google.spaces().messages().list(SPACE).execute()));
    assertEquals("/v1/spaces/AAAAAAAAAAA/messages", server.only().path());
    String filter = "create_time > \"2023-04-21T11:30:00-04:00\" AND thread.name = "
        + SPACE + "/threads/123";
    assertEquals(List.of("filter=" + filter, "orderBy=create_time DESC", "pageSize=5",
            "pageToken=n", "showDeleted=true"),
        server.assertSameQuery(
            () -> messages.list(SPACE, 5, "n", filter, "create_time DESC", true),
            () -> google.spaces().messages().list(SPACE).setPageSize(5).setPageToken("n")
                .setFilter(filter).setOrderBy("create_time DESC").setShowDeleted(true)
                .execute()));
  }

  @Test
  void reactionsList() throws IOException {
    assertEquals(List.of(), server.assertSameQuery(() -> reactions.list(MESSAGE, null, null, null),
        () -> google.spaces().messages().reactions().list(MESSAGE).execute()));
    assertEquals("/v1/spaces/AAAAAAAAAAA/messages/client-build-42/reactions",
        server.only().path());
    String filter = "emoji.unicode = \"\ud83d\ude42\" AND user.name = \"users/al\"";
    assertEquals(List.of("filter=" + filter, "pageSize=200", "pageToken=r"),
        server.assertSameQuery(() -> reactions.list(MESSAGE, 200, "r", filter),
            () -> google.spaces().messages().reactions().list(MESSAGE).setPageSize(200)
                .setPageToken("r").setFilter(filter).execute()));
  }

  static final String FULL_MESSAGE =
      """
      {
        "name": "spaces/AAAAAAAAAAA/messages/client-build-42",
        "sender": {"name": "users/111", "displayName": "Al", "type": "HUMAN"},
        "createTime": "2026-11-22T10:00:00.5Z",
        "lastUpdateTime": "2026-11-22T10:05:00Z",
        "deleteTime": "2026-11-23T10:00:00Z",
        "text": "Build *42* is green \\ud83d\\ude42",
        "formattedText": "Build <b>42</b> is green",
        "fallbackText": "Build 42",
        "argumentText": " is green",
        "thread": {"name": "spaces/AAAAAAAAAAA/threads/T1", "threadKey": "build-42"},
        "space": {"name": "spaces/AAAAAAAAAAA", "spaceType": "SPACE", "displayName": "Builds"},
        "threadReply": true,
        "clientAssignedMessageId": "client-build-42",
        "privateMessageViewer": {"name": "users/222"},
        "deletionMetadata": {"deletionType": "SPACE_OWNER_VIA_APP"},
        "emojiReactionSummaries": [
          {"emoji": {"unicode": "\\ud83d\\ude42"}, "reactionCount": 3},
          {"emoji": {"customEmoji": {"uid": "u1", "name": "customEmojis/c1",
                                     "emojiName": ":party:"}}, "reactionCount": 1}
        ],
        "attachment": [
          {"name": "spaces/AAAAAAAAAAA/messages/client-build-42/attachments/A1",
           "contentName": "log.txt", "contentType": "text/plain",
           "attachmentDataRef": {"resourceName": "r1", "attachmentUploadToken": "tok"},
           "thumbnailUri": "https://t", "downloadUri": "https://d", "source": "UPLOADED_CONTENT"},
          {"driveDataRef": {"driveFileId": "f1"}, "source": "DRIVE_FILE"}
        ],
        "quotedMessageMetadata": {"name": "spaces/AAAAAAAAAAA/messages/M0",
                                  "lastUpdateTime": "2026-11-21T09:00:00Z"},
        "cardsV2": [{"cardId": "c", "card": {"header": {"title": "t"}}}],
        "silent": true,
        "markupSyntax": "MARKUP_SYNTAX_MARKDOWN"
      }
      """;

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  @Test
  void bothClientsDecodeAFullMessageToTheSameValues() throws IOException {
    server.answer(200, FULL_MESSAGE);
    Message mine = messages.get(MESSAGE);
    com.google.api.services.chat.v1.model.Message theirs =
        google.spaces().messages().get(MESSAGE).execute();

    assertEquals(theirs.getName(), mine.name());
    assertEquals(theirs.getSender().getName(), mine.sender().name());
    assertEquals(theirs.getSender().getDisplayName(), mine.sender().displayName());
    assertEquals(theirs.getSender().getType(), text(mine.sender().type()));
    assertEquals(instant(theirs.getCreateTime()), mine.createTime());
    assertEquals(instant(theirs.getLastUpdateTime()), mine.lastUpdateTime());
    assertEquals(instant(theirs.getDeleteTime()), mine.deleteTime());
    assertEquals(theirs.getText(), mine.text());
    assertEquals("Build *42* is green \ud83d\ude42", mine.text());
    assertEquals(theirs.getFormattedText(), mine.formattedText());
    assertEquals(theirs.getFallbackText(), mine.fallbackText());
    assertEquals(theirs.getArgumentText(), mine.argumentText());
    assertEquals(theirs.getThread().getName(), mine.thread().name());
    assertEquals(theirs.getThread().getThreadKey(), mine.thread().threadKey());
    assertEquals(theirs.getSpace().getName(), mine.space().name());
    assertEquals(theirs.getSpace().getDisplayName(), mine.space().displayName());
    assertEquals(theirs.getSpace().getSpaceType(), text(mine.space().spaceType()));
    assertEquals(theirs.getThreadReply(), mine.threadReply());
    assertEquals(theirs.getClientAssignedMessageId(), mine.clientAssignedMessageId());
    assertEquals(theirs.getPrivateMessageViewer().getName(), mine.privateMessageViewer().name());
    assertEquals(theirs.getDeletionMetadata().getDeletionType(),
        text(mine.deletionMetadata().deletionType()));
    assertEquals(DeletionMetadata.DeletionType.SPACE_OWNER_VIA_APP,
        mine.deletionMetadata().deletionType());

    assertEquals(theirs.getEmojiReactionSummaries().size(),
        mine.emojiReactionSummaries().size());
    for (int i = 0; i < mine.emojiReactionSummaries().size(); i++) {
      var my = mine.emojiReactionSummaries().get(i);
      var their = theirs.getEmojiReactionSummaries().get(i);
      assertEquals(their.getReactionCount(), my.reactionCount());
      assertEquals(their.getEmoji().getUnicode(), my.emoji().unicode());
      if (their.getEmoji().getCustomEmoji() == null) {
        assertNull(my.emoji().customEmoji());
      } else {
        assertEquals(their.getEmoji().getCustomEmoji().getUid(), my.emoji().customEmoji().uid());
        assertEquals(their.getEmoji().getCustomEmoji().getName(),
            my.emoji().customEmoji().name());
        assertEquals(their.getEmoji().getCustomEmoji().getEmojiName(),
            my.emoji().customEmoji().emojiName());
      }
    }

    assertEquals(theirs.getAttachment().size(), mine.attachment().size());
    for (int i = 0; i < mine.attachment().size(); i++) {
      var my = mine.attachment().get(i);
      var their = theirs.getAttachment().get(i);
      assertEquals(their.getName(), my.name());
      assertEquals(their.getContentName(), my.contentName());
      assertEquals(their.getContentType(), my.contentType());
      assertEquals(their.getThumbnailUri(), my.thumbnailUri());
      assertEquals(their.getDownloadUri(), my.downloadUri());
      assertEquals(their.getSource(), text(my.source()));
      assertEquals(their.getAttachmentDataRef() == null ? null
          : their.getAttachmentDataRef().getResourceName(),
          my.attachmentDataRef() == null ? null : my.attachmentDataRef().resourceName());
      assertEquals(their.getDriveDataRef() == null ? null
          : their.getDriveDataRef().getDriveFileId(),
          my.driveDataRef() == null ? null : my.driveDataRef().driveFileId());
    }
    assertEquals("tok", mine.attachment().get(0).attachmentDataRef().attachmentUploadToken());

    assertEquals(theirs.getQuotedMessageMetadata().getName(),
        mine.quotedMessageMetadata().name());
    assertEquals(instant(theirs.getQuotedMessageMetadata().getLastUpdateTime()),
        mine.quotedMessageMetadata().lastUpdateTime());

    // Newer than Google's Java model: it keeps them as unknown keys, ours has them.
    assertEquals(true, theirs.get("silent"));
    assertEquals(true, mine.silent());
    assertEquals(theirs.get("markupSyntax"), text(mine.markupSyntax()));
  }

  @Test
  void bothClientsDecodeAPageOfReactionsToTheSameValues() throws IOException {
    server.answer(200, """
        {"reactions": [
          {"name": "spaces/A/messages/M/reactions/R1", "user": {"name": "users/1"},
           "emoji": {"unicode": "\\ud83d\\udc4d"}},
          {"name": "spaces/A/messages/M/reactions/R2", "user": {"name": "users/2"},
           "emoji": {"customEmoji": {"uid": "u9"}}}],
         "nextPageToken": "next"}
        """);
    var mine = reactions.list(MESSAGE, null, null, null);
    ListReactionsResponse theirs =
        google.spaces().messages().reactions().list(MESSAGE).execute();

    assertEquals(theirs.getNextPageToken(), mine.nextPageToken());
    assertEquals(theirs.getReactions().size(), mine.reactions().size());
    for (int i = 0; i < mine.reactions().size(); i++) {
      Reaction my = mine.reactions().get(i);
      var their = theirs.getReactions().get(i);
      assertEquals(their.getName(), my.name());
      assertEquals(their.getUser().getName(), my.user().name());
      assertEquals(their.getEmoji().getUnicode(), my.emoji().unicode());
      assertEquals(their.getEmoji().getCustomEmoji() == null ? null
          : their.getEmoji().getCustomEmoji().getUid(),
          my.emoji().customEmoji() == null ? null : my.emoji().customEmoji().uid());
    }
  }

  @Test
  void bothClientsDecodeSpacePagesToTheSameValues() throws IOException {
    server.answer(200, """
        {"spaces": [{"name": "spaces/A", "displayName": "One"}, {"name": "spaces/B"}],
         "nextPageToken": "n2",
         "totalSize": 2,
         "results": [{"space": {"name": "spaces/A"}}]}
        """);
    var listed = spaces.list(null, null, null);
    ListSpacesResponse theirList = google.spaces().list().execute();
    assertEquals(theirList.getNextPageToken(), listed.nextPageToken());
    assertEquals(theirList.getSpaces().stream().map(s -> s.getName()).toList(),
        listed.spaces().stream().map(s -> s.name()).toList());
    assertEquals(theirList.getSpaces().get(0).getDisplayName(),
        listed.spaces().get(0).displayName());

    var found = spaces.search("q", null, null, null, null);
    SearchSpacesResponse theirSearch = google.spaces().search().setQuery("q").execute();
    assertEquals(theirSearch.getTotalSize(), found.totalSize());
    assertEquals(theirSearch.getNextPageToken(), found.nextPageToken());
    assertEquals(theirSearch.getSpaces().size(), found.spaces().size());
    // Newer than Google's Java model: results.
    assertEquals(List.of(Map.of("space", Map.of("name", "spaces/A"))),
        theirSearch.get("results"));
    assertEquals("spaces/A", found.results().get(0).space().name());
  }
}
