package dev.tinychat.sample.chat;

import static dev.tinychat.sample.chat.Scopes.CHAT_ADMIN_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_APP_SPACES_CREATE;
import static dev.tinychat.sample.chat.Scopes.CHAT_IMPORT;
import static dev.tinychat.sample.chat.Scopes.CHAT_SPACES;
import static dev.tinychat.sample.chat.Scopes.CHAT_SPACES_CREATE;

import dev.tinychat.annotations.Body;
import dev.tinychat.annotations.BodyField;
import dev.tinychat.annotations.Combination;
import dev.tinychat.annotations.Count;
import dev.tinychat.annotations.Delete;
import dev.tinychat.annotations.Fixed;
import dev.tinychat.annotations.Get;
import dev.tinychat.annotations.IdempotencyKey;
import dev.tinychat.annotations.Patch;
import dev.tinychat.annotations.Path;
import dev.tinychat.annotations.Post;
import dev.tinychat.annotations.Query;
import dev.tinychat.annotations.Request;
import dev.tinychat.annotations.RestApi;
import dev.tinychat.annotations.UpdateMask;
import java.util.List;

/**
 * The {@code spaces} collection of the Google Chat API: create a space, set one up with its
 * members, read one, delete one, complete an import. This file is the reference a user copies: each combination below is one row
 * of Google's documentation, and the processor turns it into a factory of {@code CreateSpace} or
 * {@code SetUpSpace} that accepts exactly the fields that row allows.
 */
@RestApi(baseUrl = "https://chat.googleapis.com")
public interface Spaces {

  /**
   * Creates a space: a named space, or a space or group chat in import mode. Sending the same
   * {@code requestId} again returns the space created with it instead of a second one.
   */
  @Post("/v1/spaces")
  @Request("CreateSpace")
  @Combination(
      name = "namedSpace",
      description = "A named space created as a user, who becomes its manager.",
      scopes = {CHAT_SPACES_CREATE, CHAT_SPACES},
      fixed = @Fixed(field = "space.spaceType", value = "SPACE"),
      required = "space.displayName",
      allowed = {
        "space.spaceDetails.description",
        "space.spaceDetails.guidelines",
        "space.externalUserAllowed",
        "space.spaceHistoryState",
        "space.accessSettings.audience",
        "space.predefinedPermissionSettings"
      },
      forbidden = {"space.customer", "space.importMode"})
  @Combination(
      name = "namedSpaceAsApp",
      description =
          "A named space created by a Chat app with administrator approval, for the customer"
              + " given; the app becomes a member but not a manager, and manageApps can keep"
              + " the app's removal to managers.",
      scopes = {CHAT_APP_SPACES_CREATE, CHAT_APP_SPACES},
      fixed = @Fixed(field = "space.spaceType", value = "SPACE"),
      required = {"space.displayName", "space.customer"},
      allowed = {
        "space.spaceDetails.description",
        "space.spaceDetails.guidelines",
        "space.externalUserAllowed",
        "space.spaceHistoryState",
        "space.accessSettings.audience",
        "space.predefinedPermissionSettings",
        "space.permissionSettings.manageApps"
      },
      forbidden = "space.importMode")
  @Combination(
      name = "importSpace",
      description =
          "A named space in import mode, to import messages from another platform; no members"
              + " are created, and createTime may carry the original creation time.",
      scopes = CHAT_IMPORT,
      fixed = {
        @Fixed(field = "space.spaceType", value = "SPACE"),
        @Fixed(field = "space.importMode", value = "true")
      },
      required = "space.displayName",
      allowed = {
        "space.createTime",
        "space.spaceDetails.description",
        "space.spaceDetails.guidelines",
        "space.externalUserAllowed"
      },
      forbidden = "space.customer")
  @Combination(
      name = "importGroupChat",
      description = "A group chat in import mode; no members are created.",
      scopes = CHAT_IMPORT,
      fixed = {
        @Fixed(field = "space.spaceType", value = "GROUP_CHAT"),
        @Fixed(field = "space.importMode", value = "true")
      },
      allowed = "space.createTime",
      forbidden = {"space.displayName", "space.customer"})
  Space create(@Body Space space, @Query @IdempotencyKey String requestId);

  /**
   * Creates a space and adds the given people to it; the caller is added automatically and must
   * not be listed. An existing direct message between the two people is returned instead of a new
   * one. User auth only.
   */
  @Post("/v1/spaces:setup")
  @Request("SetUpSpace")
  @Combination(
      name = "namedSpace",
      description = "A named space with up to 49 members: people and Google groups.",
      scopes = {CHAT_SPACES_CREATE, CHAT_SPACES},
      fixed = @Fixed(field = "space.spaceType", value = "SPACE"),
      required = "space.displayName",
      allowed = {
        "space.spaceDetails.description",
        "space.spaceDetails.guidelines",
        "space.externalUserAllowed",
        "space.spaceHistoryState",
        "memberships"
      },
      counts = @Count(field = "memberships", max = 49))
  @Combination(
      name = "groupChat",
      description = "An unnamed group chat with two to 49 people besides the caller.",
      scopes = {CHAT_SPACES_CREATE, CHAT_SPACES},
      fixed = @Fixed(field = "space.spaceType", value = "GROUP_CHAT"),
      required = "memberships",
      forbidden = {"space.displayName", "memberships.groupMember"},
      counts = @Count(field = "memberships", min = 2, max = 49))
  @Combination(
      name = "directMessage",
      description = "A direct message between the caller and one other person.",
      scopes = {CHAT_SPACES_CREATE, CHAT_SPACES},
      fixed = {
        @Fixed(field = "space.spaceType", value = "DIRECT_MESSAGE"),
        @Fixed(field = "space.singleUserBotDm", value = "false")
      },
      required = "memberships",
      forbidden = {"space.displayName", "space.spaceDetails", "memberships.groupMember"},
      counts = @Count(field = "memberships", min = 1, max = 1))
  @Combination(
      name = "directMessageWithApp",
      description = "A direct message between the caller and the calling Chat app.",
      scopes = {CHAT_SPACES_CREATE, CHAT_SPACES},
      fixed = {
        @Fixed(field = "space.spaceType", value = "DIRECT_MESSAGE"),
        @Fixed(field = "space.singleUserBotDm", value = "true")
      },
      forbidden = {"space.displayName", "space.spaceDetails", "memberships"})
  Space setup(
      @BodyField Space space,
      @BodyField @IdempotencyKey String requestId,
      @BodyField List<Membership> memberships);

  /** Returns a space by its resource name, {@code spaces/{space}}. */
  @Get("/v1/{name=spaces/*}")
  Space get(@Path String name);

  /**
   * Lists the spaces the caller is a member of, one page at a time: call again with the {@code
   * nextPageToken} of the answer, and the same other arguments, until it has none. Group chats
   * and direct messages are listed only once they have a message.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_SPACES_READONLY} or {@link
   * Scopes#CHAT_SPACES}; with app authentication {@link Scopes#CHAT_BOT}.
   *
   * @param pageSize at most this many spaces; 100 when null, at most 1000 (larger values count as
   *     1000); negative values are refused by the server
   * @param pageToken the {@code nextPageToken} of the previous page, or null for the first page
   * @param filter by space type, e.g. {@code spaceType = "SPACE" OR spaceType = "GROUP_CHAT"}
   */
  @Get("/v1/spaces")
  ListSpacesResponse list(
      @Query Integer pageSize, @Query String pageToken, @Query String filter);

  /**
   * Searches the spaces of a Workspace organization, one page at a time, as a Workspace
   * administrator ({@code useAdminAccess} true) or among the caller's own spaces.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_ADMIN_SPACES_READONLY} or {@link
   * Scopes#CHAT_ADMIN_SPACES} (administrators), {@link Scopes#CHAT_SPACES_READONLY} or {@link
   * Scopes#CHAT_SPACES}.
   *
   * @param query what to match, e.g. {@code customer = "customers/my_customer" AND spaceType =
   *     "SPACE" AND display_name:"Hello"}; required
   * @param pageSize at most this many spaces; 100 when null, at most 1000 for administrators and
   *     100 otherwise
   * @param pageToken the {@code nextPageToken} of the previous page, or null for the first page
   * @param orderBy {@code membership_count.joined_direct_human_user_count}, {@code
   *     last_active_time} or {@code create_time}, each optionally followed by {@code ASC} or
   *     {@code DESC}
   * @param useAdminAccess as a Workspace administrator
   */
  @Get("/v1/spaces:search")
  SearchSpacesResponse search(
      @Query(required = true) String query,
      @Query Integer pageSize,
      @Query String pageToken,
      @Query String orderBy,
      @Query Boolean useAdminAccess);

  /**
   * Returns the direct message between the caller and a user; 404 NOT_FOUND when there is none.
   * With app authentication, the direct message between the Chat app and the user.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_SPACES_READONLY} or {@link
   * Scopes#CHAT_SPACES}; with app authentication {@link Scopes#CHAT_BOT}.
   *
   * @param name the user, {@code users/{user}}: a People API or Directory id, or an email
   */
  @Get("/v1/spaces:findDirectMessage")
  Space findDirectMessage(@Query(required = true) String name);

  /**
   * Updates a space: only the fields set on the {@code UpdateSpace} request, whose update mask
   * names exactly them. Google accepts some fields only alone, so each has its own factory: the
   * history state, the audience, and the permission settings (only with each other). A field set
   * to {@code null} is cleared. Changing the space type works only from a group chat to a named
   * space, together with a display name. With {@code useAdminAccess}, as a Workspace administrator
   * ({@link Scopes#CHAT_ADMIN_SPACES}); not for the space type, history state or audience.
   */
  @Patch("/v1/{space.name=spaces/*}")
  @Request("UpdateSpace")
  @Combination(
      name = "details",
      description = "The display name, the space type (a group chat to a named space) and the details.",
      scopes = {CHAT_SPACES, CHAT_APP_SPACES, CHAT_IMPORT, CHAT_ADMIN_SPACES},
      required = "space.name",
      allowed = {"space.displayName", "space.spaceType", "space.spaceDetails", "useAdminAccess"})
  @Combination(
      name = "historyState",
      description = "Turns the history on or off; alone in the mask.",
      scopes = {CHAT_SPACES, CHAT_APP_SPACES, CHAT_IMPORT},
      required = {"space.name", "space.spaceHistoryState"})
  @Combination(
      name = "access",
      description =
          "Who can discover and join the named space; null makes it private. Alone in the mask;"
              + " managers only, not in import mode.",
      scopes = {CHAT_SPACES, CHAT_APP_SPACES},
      required = "space.name",
      allowed = "space.accessSettings.audience")
  @Combination(
      name = "permissions",
      description = "Who may do what in the named space; permission settings only.",
      scopes = {CHAT_SPACES, CHAT_APP_SPACES, CHAT_ADMIN_SPACES},
      required = "space.name",
      allowed = {
        "space.permissionSettings.manageMembersAndGroups",
        "space.permissionSettings.modifySpaceDetails",
        "space.permissionSettings.toggleHistory",
        "space.permissionSettings.useAtMentionAll",
        "space.permissionSettings.manageApps",
        "space.permissionSettings.manageWebhooks",
        "space.permissionSettings.replyMessages",
        "useAdminAccess"
      })
  Space patch(
      @Body Space space,
      @Query
          @UpdateMask({
            "display_name",
            "space_type",
            "space_details",
            "space_history_state",
            "access_settings.audience",
            "permission_settings.manage_members_and_groups",
            "permission_settings.modify_space_details",
            "permission_settings.toggle_history",
            "permission_settings.use_at_mention_all",
            "permission_settings.manage_apps",
            "permission_settings.manage_webhooks",
            "permission_settings.reply_messages"
          })
          String updateMask,
      @Query Boolean useAdminAccess);

  /**
   * Deletes a named space, or a space in import mode, with everything in it: its memberships,
   * messages and reactions go too (a cascading delete). Answers {@code {}}.
   *
   * <p>Scopes: with user authentication {@link Scopes#CHAT_DELETE} (space managers), {@link
   * Scopes#CHAT_IMPORT} (spaces in import mode) or, with {@code useAdminAccess}, {@link
   * Scopes#CHAT_ADMIN_DELETE}; with app authentication {@link Scopes#CHAT_APP_DELETE}
   * (administrator approval; only the spaces the app created).
   *
   * @param name the space, {@code spaces/{space}}
   * @param useAdminAccess as a Workspace administrator
   */
  @Delete("/v1/{name=spaces/*}")
  void delete(@Path String name, @Query Boolean useAdminAccess);

  /**
   * Completes the import of a space in import mode: it leaves import mode and its members can see
   * it. User authentication with domain-wide delegation and {@link Scopes#CHAT_IMPORT} only.
   *
   * @param name the space in import mode, {@code spaces/{space}}
   */
  @Post("/v1/{name=spaces/*}:completeImport")
  CompleteImportSpaceResponse completeImport(@Path String name);
}
