package dev.tinychat.sample.chat;

import static dev.tinychat.sample.chat.Scopes.CHAT_BOT;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_MESSAGES;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Put;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Request;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.UpdateMask;

/**
 * The {@code spaces.messages} collection of the Google Chat API: read a message, list the
 * messages of a space, update a message.
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
   * names exactly them; a field set to {@code null} is cleared ({@code quotedMessageMetadata(null)}
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
  Message patch(
      @Body Message message,
      @Query @UpdateMask({"text", "attachment", "quoted_message_metadata"}) String updateMask,
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
  Message update(
      @Body Message message,
      @Query @UpdateMask({"text", "attachment", "quoted_message_metadata"}) String updateMask,
      @Query Boolean allowMissing);
}
