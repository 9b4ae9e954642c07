package dev.tinychat.sample.chat;

import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_MEMBERSHIPS;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Request;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.UpdateMask;

/**
 * The {@code spaces.members} collection of the Google Chat API: list the memberships of a space,
 * read one.
 *
 * <p>Scopes: with user authentication {@link Scopes#CHAT_MEMBERSHIPS_READONLY} or {@link
 * Scopes#CHAT_MEMBERSHIPS} ({@link Scopes#CHAT_IMPORT} for spaces in import mode); with app
 * authentication {@link Scopes#CHAT_BOT} or {@link Scopes#CHAT_APP_MEMBERSHIPS} (administrator
 * approval). With app authentication Google leaves Chat apps' memberships out, the caller's own
 * included.
 */
@RestApi(baseUrl = "https://chat.googleapis.com")
public interface Members {

  /**
   * Lists the memberships of a space, one page at a time: call again with the {@code
   * nextPageToken} of the answer, and the same other arguments, until it has none.
   *
   * @param parent the space, {@code spaces/{space}}
   * @param pageSize at most this many memberships; 100 when null or 0, at most 1000 (larger values
   *     count as 1000); negative values are refused by the server with 400 INVALID_ARGUMENT
   * @param pageToken the {@code nextPageToken} of the previous page, or null for the first page
   * @param filter by role and member type, e.g. {@code member.type = "HUMAN" AND role =
   *     "ROLE_MANAGER"} or {@code role = "ROLE_MANAGER" OR role = "ROLE_MEMBER"}; {@code
   *     member.type} also takes {@code !=}; the same field twice joined by AND is refused
   * @param showGroups also list Google groups' memberships (that match the filter)
   * @param showInvited also list invited members (that match the filter); user authentication only
   * @param useAdminAccess as a Workspace administrator, with the {@code chat.admin.memberships}
   *     or {@code chat.admin.memberships.readonly} scope; the filter must then hold {@code
   *     member.type = "HUMAN"} or {@code member.type != "BOT"}
   */
  @Get("/v1/{parent=spaces/*}/members")
  ListMembershipsResponse list(
      @Path String parent,
      @Query Integer pageSize,
      @Query String pageToken,
      @Query String filter,
      @Query Boolean showGroups,
      @Query Boolean showInvited,
      @Query Boolean useAdminAccess);

  /**
   * Returns a membership by its resource name.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_MEMBERSHIPS_READONLY} or {@link
   * Scopes#CHAT_MEMBERSHIPS} ({@link Scopes#CHAT_ADMIN_MEMBERSHIPS_READONLY} or {@link
   * Scopes#CHAT_ADMIN_MEMBERSHIPS} with {@code useAdminAccess}); with app authentication {@link
   * Scopes#CHAT_BOT} or {@link Scopes#CHAT_APP_MEMBERSHIPS} (administrator approval).
   *
   * @param name {@code spaces/{space}/members/{member}}: {@code {member}} is a user's id or email,
   *     {@code app} (the calling app's own membership, with user authentication) or a group's id
   * @param useAdminAccess as a Workspace administrator (app memberships cannot be read so)
   */
  @Get("/v1/{name=spaces/*/members/*}")
  Membership get(@Path String name, @Query Boolean useAdminAccess);

  /**
   * Changes the role of a member: {@code client.patch(UpdateMembership.role(name,
   * ROLE_MANAGER))}. The mask is {@code role}, the only path Google accepts.
   */
  @Patch("/v1/{membership.name=spaces/*/members/*}")
  @Request("UpdateMembership")
  @Combination(
      name = "role",
      description = "The member's role in the space.",
      scopes = {CHAT_MEMBERSHIPS, CHAT_APP_MEMBERSHIPS, CHAT_IMPORT, CHAT_ADMIN_MEMBERSHIPS},
      required = {"membership.name", "membership.role"},
      allowed = "useAdminAccess")
  Membership patch(
      @Body Membership membership,
      @Query @UpdateMask("role") String updateMask,
      @Query Boolean useAdminAccess);
}
