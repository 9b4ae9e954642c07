package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.Delete;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Post;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.RestApi;

/**
 * The {@code spaces.messages.reactions} collection of the Google Chat API: add a reaction to a
 * message, list the reactions to a message, delete one.
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

  /**
   * Adds a reaction to a message: a Unicode emoji ({@code emoji.unicode}) or a custom emoji of the
   * organization ({@code emoji.customEmoji}).
   *
   * <p>Scopes also: {@link Scopes#CHAT_MESSAGES_REACTIONS_CREATE}, {@link Scopes#CHAT_IMPORT}
   * (spaces in import mode).
   *
   * @param parent the message, {@code spaces/{space}/messages/{message}}
   */
  @Post("/v1/{parent=spaces/*/messages/*}/reactions")
  Reaction create(@Path String parent, @Body Reaction reaction);

  /**
   * Deletes a reaction; a user deletes only their own.
   *
   * @param name {@code spaces/{space}/messages/{message}/reactions/{reaction}}
   */
  @Delete("/v1/{name=spaces/*/messages/*/reactions/*}")
  void delete(@Path String name);
}
