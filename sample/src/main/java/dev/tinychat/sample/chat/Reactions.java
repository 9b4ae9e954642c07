package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.RestApi;

/**
 * The {@code spaces.messages.reactions} collection of the Google Chat API: list the reactions to
 * a message.
 *
 * <p>Scopes (user authentication only): {@link Scopes#CHAT_MESSAGES_REACTIONS_READONLY}, {@link
 * Scopes#CHAT_MESSAGES_REACTIONS}, {@link Scopes#CHAT_MESSAGES_READONLY} or {@link
 * Scopes#CHAT_MESSAGES}.
 */
@RestApi(baseUrl = "https://chat.googleapis.com")
public interface Reactions {

  /**
   * Lists the reactions to a message, one page at a time: call again with the {@code
   * nextPageToken} of the answer, and the same other arguments, until it has none.
   *
   * @param parent the message, {@code spaces/{space}/messages/{message}}
   * @param pageSize at most this many reactions; 25 when null, at most 200 (larger values count as
   *     200)
   * @param pageToken the {@code nextPageToken} of the previous page, or null for the first page
   * @param filter by emoji and user, e.g. {@code (emoji.unicode = "🙂" OR emoji.custom_emoji.uid =
   *     "{uid}") AND user.name = "users/{user}"}
   */
  @Get("/v1/{parent=spaces/*/messages/*}/reactions")
  ListReactionsResponse list(
      @Path String parent,
      @Query Integer pageSize,
      @Query String pageToken,
      @Query String filter);
}
