package dev.tinychat.sample.chat;

import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_MEMBERSHIPS;
import static dev.tinychat.sample.chat.Scopes.CHAT_MEMBERSHIPS_APP;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Delete;
import dev.tinychat.annotations.Fixed;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Post;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Request;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.UpdateMask;

/**
 * The {@code spaces.members} collection of the Google Chat API: list the memberships of a space,
 * read one, add a member, change a member's role, remove one.
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

  /**
   * Adds a member to a space: a person, a Google group, or the calling Chat app. A person whose
   * auto-accept policy is off is invited instead, and joins on accepting. Members can't be added to
   * a direct message; Google groups only to a named space; no Chat app but the caller.
   *
   * @param parent the space, {@code spaces/{space}}
   */
  @Post("/v1/{parent=spaces/*}/members")
  @Request("CreateMembership")
  @Combination(
      name = "human",
      description =
          "A person, by user authentication or by a Chat app with administrator approval (only"
              + " people of the space's organization).",
      scopes = {CHAT_MEMBERSHIPS, CHAT_APP_MEMBERSHIPS, CHAT_IMPORT},
      fixed = @Fixed(field = "membership.member.type", value = "HUMAN"),
      required = "membership.member.name",
      forbidden = {"membership.groupMember", "useAdminAccess"})
  @Combination(
      name = "humanAsAdmin",
      description =
          "A person of the administrator's organization, by a Workspace administrator using"
              + " administrator privileges.",
      scopes = CHAT_ADMIN_MEMBERSHIPS,
      fixed = {
        @Fixed(field = "membership.member.type", value = "HUMAN"),
        @Fixed(field = "useAdminAccess", value = "true")
      },
      required = "membership.member.name",
      forbidden = "membership.groupMember")
  @Combination(
      name = "group",
      description =
          "A Google group, to a named space; user authentication only, also as a Workspace"
              + " administrator.",
      scopes = {CHAT_MEMBERSHIPS, CHAT_ADMIN_MEMBERSHIPS, CHAT_IMPORT},
      required = "membership.groupMember.name",
      allowed = "useAdminAccess",
      forbidden = "membership.member")
  @Combination(
      name = "callingApp",
      description = "The calling Chat app itself, added by a person (user authentication).",
      scopes = {CHAT_MEMBERSHIPS_APP, CHAT_MEMBERSHIPS},
      fixed = {
        @Fixed(field = "membership.member.type", value = "BOT"),
        @Fixed(field = "membership.member.name", value = "users/app")
      },
      forbidden = {"membership.groupMember", "useAdminAccess"})
  Membership create(
      @Path String parent, @Body Membership membership, @Query Boolean useAdminAccess);

  /**
   * Removes a member from a space and answers the membership removed. Removing a manager takes a
   * manager; a Chat app (app authentication) removes people only, in spaces it created.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_MEMBERSHIPS}, {@link
   * Scopes#CHAT_MEMBERSHIPS_APP} (the calling app's own membership), {@link Scopes#CHAT_IMPORT}
   * (spaces in import mode) or, with {@code useAdminAccess}, {@link
   * Scopes#CHAT_ADMIN_MEMBERSHIPS}; with app authentication {@link Scopes#CHAT_APP_MEMBERSHIPS}.
   *
   * @param name {@code spaces/{space}/members/{member}}: {@code {member}} is a user's id or email,
   *     {@code app} (the calling app) or a group's id
   * @param useAdminAccess as a Workspace administrator
   */
  @Delete("/v1/{name=spaces/*/members/*}")
  Membership delete(@Path String name, @Query Boolean useAdminAccess);
}
