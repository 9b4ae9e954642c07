package dev.tinychat.sample.chat;

import static dev.tinychat.sample.chat.Scopes.CHAT_BOT;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES_CREATE;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Delete;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.IdempotencyKey;
import dev.tinychat.annotations.NamePattern;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Post;
import dev.tinychat.annotations.Put;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Request;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.Unrecognized;
import dev.tinychat.annotations.UpdateMask;

/**
 * The {@code spaces.messages} collection of the Google Chat API: send a message, read one, list
 * the messages of a space, update one, delete one.
 *
 * <p>Scopes: with user authentication {@link Scopes#CHAT_MESSAGES_READONLY} or {@link
 * Scopes#CHAT_MESSAGES} ({@link Scopes#CHAT_IMPORT} for spaces in import mode, to list); with app
 * authentication {@link Scopes#CHAT_BOT} (get only: the app's own messages, and others that
 * mention it) or {@link Scopes#CHAT_APP_MESSAGES_READONLY} (administrator approval).
 */
@RestApi(baseUrl = "https://chat.googleapis.com")
public interface Messages {

  /**
   * Returns a message.
   *
   * @param name {@code spaces/{space}/messages/{message}}; {@code {message}} may be the message's
   *     {@code clientAssignedMessageId}
   */
  @Get("/v1/{name=spaces/*/messages/*}")
  Message get(@Path String name);

  /**
   * Lists the messages of a space the caller is a member of, one page at a time: call again with
   * the {@code nextPageToken} of the answer, and the same other arguments, until it has none.
   * Messages of blocked members and spaces are included.
   *
   * @param parent the space, {@code spaces/{space}}
   * @param pageSize at most this many messages; 25 when null, at most 1000 (larger values count as
   *     1000); negative values are refused by the server
   * @param pageToken the {@code nextPageToken} of the previous page, or null for the first page
   * @param filter by creation time and thread, e.g. {@code create_time > "2023-04-21T11:30:00-04:00"
   *     AND thread.name = spaces/AAA/threads/123}
   * @param orderBy {@code create_time ASC} (the default) or {@code create_time DESC}
   * @param showDeleted also list deleted messages (their time and who deleted them, no content)
   */
  @Get("/v1/{parent=spaces/*}/messages")
  ListMessagesResponse list(
      @Path String parent,
      @Query Integer pageSize,
      @Query String pageToken,
      @Query String filter,
      @Query String orderBy,
      @Query Boolean showDeleted);

  /**
   * Updates a message: only the fields set on the {@code PatchMessage} request, whose update mask
   * names exactly them (cards and accessory widgets as the app that sent the message); a field set to {@code null} is cleared ({@code quotedMessageMetadata(null)}
   * removes the quote, the only change Google allows to it). Only the sender may update a message.
   * With {@code allowMissing}, a missing message with a client-assigned ID is created instead.
   */
  @Patch("/v1/{message.name=spaces/*/messages/*}")
  @Request("PatchMessage")
  @Combination(
      name = "content",
      description = "The text, attachments or quote of a message.",
      scopes = {CHAT_MESSAGES, CHAT_BOT, CHAT_IMPORT},
      required = "message.name",
      allowed = {
        "message.text",
        "message.attachment",
        "message.quotedMessageMetadata",
        "allowMissing"
      })
  @Combination(
      name = "cards",
      description = "The cards, accessory widgets and text of a message of the calling Chat app.",
      scopes = {CHAT_BOT},
      required = "message.name",
      allowed = {"message.cardsV2", "message.accessoryWidgets", "message.text", "allowMissing"})
  Message patch(
      @Body Message message,
      @Query
          @UpdateMask({
            "text",
            "attachment",
            "cards_v2",
            "accessory_widgets",
            "quoted_message_metadata"
          })
          String updateMask,
      @Query Boolean allowMissing);

  /**
   * {@link #patch} with the HTTP method {@code PUT}, as Google also serves it: the same request,
   * the same mask rules.
   */
  @Put("/v1/{message.name=spaces/*/messages/*}")
  @Request("UpdateMessage")
  @Combination(
      name = "content",
      description = "The text, attachments or quote of a message.",
      scopes = {CHAT_MESSAGES, CHAT_BOT, CHAT_IMPORT},
      required = "message.name",
      allowed = {
        "message.text",
        "message.attachment",
        "message.quotedMessageMetadata",
        "allowMissing"
      })
  @Combination(
      name = "cards",
      description = "The cards, accessory widgets and text of a message of the calling Chat app.",
      scopes = {CHAT_BOT},
      required = "message.name",
      allowed = {"message.cardsV2", "message.accessoryWidgets", "message.text", "allowMissing"})
  Message update(
      @Body Message message,
      @Query
          @UpdateMask({
            "text",
            "attachment",
            "cards_v2",
            "accessory_widgets",
            "quoted_message_metadata"
          })
          String updateMask,
      @Query Boolean allowMissing);

  /**
   * Sends a message to a space: text as a person or a Chat app, or cards or accessory widgets as a
   * Chat app. Sending the same {@code requestId} again (with the same credentials) returns the
   * message created with it instead of a second one. At most 32,000 bytes.
   *
   * @param parent the space, {@code spaces/{space}}
   * @param requestId the idempotency key; a random UUID when null
   * @param messageId the caller's own id for the message, to get, update or delete it by: {@code
   *     client-} then lowercase letters, digits and hyphens, at most 63 characters, unique in the
   *     space; it becomes the message's {@code clientAssignedMessageId}
   * @param messageReplyOption in a named space, whether the message replies to the thread its
   *     {@code thread} names, by {@code name} or by the caller's own {@code threadKey}; it starts
   *     a new thread when null
   */
  @Post("/v1/{parent=spaces/*}/messages")
  @Request("CreateMessage")
  @Combination(
      name = "text",
      description =
          "A text message, sent as a person or as a Chat app; in a space in import mode"
              + " createTime can carry the original time.",
      scopes = {CHAT_MESSAGES_CREATE, CHAT_MESSAGES, CHAT_IMPORT, CHAT_BOT},
      required = "message.text",
      allowed = {
        "message.markupSyntax",
        "message.thread",
        "message.createTime",
        "messageId",
        "messageReplyOption"
      },
      forbidden = {
        "message.cardsV2",
        "message.accessoryWidgets",
        "message.privateMessageViewer",
        "message.fallbackText"
      })
  @Combination(
      name = "cards",
      description =
          "A message with cards, sent by a Chat app (app authentication): text, fallback text,"
              + " accessory widgets and a private viewer may go with them.",
      scopes = CHAT_BOT,
      required = "message.cardsV2",
      allowed = {
        "message.text",
        "message.fallbackText",
        "message.accessoryWidgets",
        "message.privateMessageViewer",
        "message.thread",
        "messageId",
        "messageReplyOption"
      })
  @Combination(
      name = "textWithWidgets",
      description =
          "A text message with interactive widgets at its bottom, sent by a Chat app (app"
              + " authentication).",
      scopes = CHAT_BOT,
      required = {"message.text", "message.accessoryWidgets"},
      allowed = {
        "message.markupSyntax",
        "message.privateMessageViewer",
        "message.thread",
        "messageId",
        "messageReplyOption"
      },
      forbidden = {"message.cardsV2", "message.fallbackText"})
  Message create(
      @Path String parent,
      @Body Message message,
      @Query @IdempotencyKey String requestId,
      @Query @NamePattern("client-{id}") String messageId,
      @Query MessageReplyOption messageReplyOption);

  /**
   * Deletes a message. As a person, a message with threaded replies is deleted only with {@code
   * force}, and its replies with it; a Chat app (app authentication) deletes only its own
   * messages.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_MESSAGES} or {@link Scopes#CHAT_IMPORT}
   * (spaces in import mode); with app authentication {@link Scopes#CHAT_BOT}.
   *
   * @param name {@code spaces/{space}/messages/{message}}; {@code {message}} may be the message's
   *     {@code clientAssignedMessageId}
   * @param force also delete its threaded replies (user authentication)
   */
  @Delete("/v1/{name=spaces/*/messages/*}")
  void delete(@Path String name, @Query Boolean force);

  /** Whether a new message starts a thread or replies to one. */
  enum MessageReplyOption {
    /** Starts a new thread; a thread name or key given is ignored. */
    MESSAGE_REPLY_OPTION_UNSPECIFIED,
    /** Replies to the thread given, or starts a new one when it cannot. */
    REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD,
    /** Replies to the thread given; 404 NOT_FOUND when it cannot (a new thread key starts one). */
    REPLY_MESSAGE_OR_FAIL,
    /** A value this client does not know; not to be sent (the server refuses it). */
    @Unrecognized
    UNRECOGNIZED
  }
}
