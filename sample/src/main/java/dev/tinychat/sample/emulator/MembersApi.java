package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_MEMBERSHIPS;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_IMPORT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MEMBERSHIPS;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MEMBERSHIPS_APP;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_MEMBERSHIPS_READONLY;
import static dev.tinychat.sample.emulator.Routes.ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code spaces.members} collection: create, get, list, patch and delete. */
final class MembersApi {
  private static final Pattern USER = Pattern.compile("users/[^/]+");
  private static final Pattern GROUP = Pattern.compile("groups/[^/]+");
  private static final String MEMBERS = "/v1/spaces/" + ID + "/members";

  private final ChatStore store;
  private final Paging paging;
  private final Set<String> apps;

  MembersApi(ChatStore store, Paging paging, Set<String> apps) {
    this.store = store;
    this.paging = paging;
    this.apps = apps;
  }

  void addTo(Routes routes) {
    routes.add("POST", MEMBERS, this::create);
    routes.add("GET", MEMBERS, this::list);
    routes.add("GET", MEMBERS + "/" + ID, this::get);
    routes.add("PATCH", MEMBERS + "/" + ID, this::patch);
    routes.add("DELETE", MEMBERS + "/" + ID, this::delete);
  }

  private byte[] create(Call call) {
    Principal caller =
        call.caller(
            "CreateMembership",
            List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_APP, CHAT_IMPORT),
            List.of(CHAT_APP_MEMBERSHIPS));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    JsonInput body = call.body("membership", "Membership");
    MemberInput in = MemberInput.read(body, "membership");
    StoredMember.Kind kind;
    String name;
    if (in.group()) {
      name = in.groupName();
      if (name == null || !GROUP.matcher(name).matches()) {
        throw ApiError.invalid(
            "membership.group_member.name",
            "membership.group_member.name must be groups/{group}, but was "
                + JsonInput.render(name)
                + ".");
      }
      if (caller.app()) {
        throw ApiError.permissionDenied(
            "A Chat app can't add a Google group with app authentication.");
      }
      kind = StoredMember.Kind.GROUP;
    } else {
      name = in.userName();
      if (name == null || !USER.matcher(name).matches()) {
        throw ApiError.invalid(
            "membership.member.name",
            SpaceRules.MALFORMED_USER
                + " Field membership.member.name was "
                + JsonInput.render(name)
                + ".");
      }
      boolean bot = "BOT".equals(in.userType());
      if (bot && name.equals("users/app") && !caller.app()) {
        name = store.callingApp;
      }
      if (bot && (!name.equals(store.callingApp) || caller.app())) {
        throw ApiError.invalid(
            "membership.member",
            "Only the calling Chat app (users/app) can be added as a member of type BOT, with"
                + " user authentication.");
      }
      if (!bot && apps.contains(name)) {
        throw ApiError.invalid(
            "membership.member.type",
            "membership.member.name " + name + " is a Chat app; its member.type must be BOT.");
      }
      kind = bot ? StoredMember.Kind.BOT : StoredMember.Kind.HUMAN;
      if (!caller.app()) {
        Call.requireScopes(
            caller,
            "CreateMembership",
            bot
                ? List.of(CHAT_MEMBERSHIPS_APP, CHAT_MEMBERSHIPS, CHAT_IMPORT)
                : List.of(CHAT_MEMBERSHIPS, CHAT_IMPORT));
      }
    }
    Call.requireImportModeFor(
        caller, "CreateMembership", space, List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_APP));
    if (space.spaceType.equals(SpaceInput.DIRECT_MESSAGE)) {
      throw ApiError.invalid(
          "parent", "Members can't be added to a direct message (space_type DIRECT_MESSAGE).");
    }
    if (kind == StoredMember.Kind.GROUP && !space.named()) {
      throw ApiError.invalid(
          "membership.group_member",
          "membership.group_member: Google groups can be added only to a named space (space_type"
              + " SPACE).");
    }
    requireManagerOrSetting(caller, space, "manageMembersAndGroups", "add members");
    for (StoredMember existing : space.members) {
      if (existing.name.equals(name)) {
        throw ApiError.alreadyExists(
            name + " is already a member of " + space.name() + ".");
      }
    }
    Instant created = space.createTime(body, "membership", store.now());
    StoredMember member = new StoredMember(name, kind, false, created, store.nextSeq());
    space.members.add(member);
    return WireJson.membership(space, member);
  }

  private byte[] get(Call call) {
    Principal caller =
        call.caller(
            "GetMembership",
            List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_READONLY),
            List.of(CHAT_BOT, CHAT_APP_MEMBERSHIPS));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    return WireJson.membership(space, member(caller, space, call.id(2)));
  }

  private byte[] list(Call call) {
    Principal caller =
        call.caller(
            "ListMemberships",
            List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_READONLY, CHAT_IMPORT),
            List.of(CHAT_BOT, CHAT_APP_MEMBERSHIPS));
    int pageSize = call.pageSize(100, 1000);
    boolean showGroups = call.bool("showGroups");
    boolean showInvited = call.bool("showInvited");
    call.refuseAdminAccess();
    String filterText = call.param("filter");
    MemberFilter filter = MemberFilter.parse(filterText);
    StoredSpace space = store.space(caller, call.id(1));
    List<StoredMember> members = new ArrayList<>();
    for (StoredMember member : space.members) {
      // Every membership is JOINED, so showInvited adds none.
      if ((showGroups || member.kind != StoredMember.Kind.GROUP) && filter.test(member)) {
        members.add(member);
      }
    }
    Paging.Page<StoredMember> page =
        paging.page(
            members,
            member -> new long[] {0, member.seq},
            false,
            pageSize,
            call.param("pageToken"),
            space.name(),
            Paging.fingerprint(filterText == null ? "" : filterText, showGroups, showInvited),
            "filter, showGroups or showInvited");
    return WireJson.memberships(space, page.items(), page.nextPageToken());
  }

  private byte[] patch(Call call) {
    Principal caller =
        call.caller(
            "UpdateMembership",
            List.of(CHAT_MEMBERSHIPS, CHAT_IMPORT),
            List.of(CHAT_APP_MEMBERSHIPS));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(caller, "UpdateMembership", space, List.of(CHAT_MEMBERSHIPS));
    StoredMember member = member(caller, space, call.id(2));
    String mask = call.param("updateMask");
    if (mask == null || mask.isBlank()) {
      throw ApiError.invalid("update_mask", "update_mask is required; the only path is role.");
    }
    for (String path : mask.split(",", -1)) {
      if (!path.strip().equals("role") && !path.strip().equals("*")) {
        throw ApiError.invalid(
            "update_mask",
            "update_mask path "
                + JsonInput.quote(path.strip())
                + " is not supported by spaces.members.patch; the only path is role.");
      }
    }
    String role =
        call.body("membership", "Membership")
            .enumName(
                "role",
                "Membership.MembershipRole",
                Set.of("MEMBERSHIP_ROLE_UNSPECIFIED", "ROLE_MEMBER", "ROLE_MANAGER"));
    if (role == null || role.equals("MEMBERSHIP_ROLE_UNSPECIFIED")) {
      throw ApiError.invalid(
          "membership.role", "membership.role must be ROLE_MEMBER or ROLE_MANAGER.");
    }
    if (!space.named()) {
      throw ApiError.invalid(
          "membership.role", "Roles can be changed only in a named space (space_type SPACE).");
    }
    if (member.kind != StoredMember.Kind.HUMAN) {
      throw ApiError.invalid(
          "membership.role",
          "Only a person's role can be changed, but " + member.name + " is a " + member.kind
              + ".");
    }
    requireManager(caller, space, "change roles");
    member.manager = role.equals("ROLE_MANAGER");
    return WireJson.membership(space, member);
  }

  private byte[] delete(Call call) {
    Principal caller =
        call.caller(
            "DeleteMembership",
            List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_APP, CHAT_IMPORT),
            List.of(CHAT_APP_MEMBERSHIPS));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(
        caller, "DeleteMembership", space, List.of(CHAT_MEMBERSHIPS, CHAT_MEMBERSHIPS_APP));
    StoredMember member = member(caller, space, call.id(2));
    if (space.spaceType.equals(SpaceInput.DIRECT_MESSAGE)) {
      throw ApiError.invalid(
          "name", "Members can't be removed from a direct message (space_type DIRECT_MESSAGE).");
    }
    if (caller.app() && member.kind != StoredMember.Kind.HUMAN) {
      throw ApiError.permissionDenied(
          "A Chat app can't remove a Google group or a Chat app with app authentication.");
    }
    boolean self = member.name.equals(caller.name());
    if (!self) {
      if (member.manager) {
        requireManager(caller, space, "remove a space manager");
      } else {
        requireManagerOrSetting(caller, space, "manageMembersAndGroups", "remove members");
      }
    }
    space.members.remove(member);
    return WireJson.membership(space, member);
  }

  /**
   * The membership {@code spaces/S/members/{id}}: {@code id} is the member's user or group ID,
   * or {@code app} for the calling Chat app (app authentication).
   */
  private StoredMember member(Principal caller, StoredSpace space, String memberId) {
    String id = memberId;
    if (id.equals("app")) {
      id = (caller.app() ? caller.name() : store.callingApp).substring("users/".length());
    }
    StoredMember member = space.memberById(id);
    if (member == null) {
      throw ApiError.notFound();
    }
    return member;
  }

  private static void requireManager(Principal caller, StoredSpace space, String action) {
    if (space.importMode && space.owner.equals(caller.name())) {
      return;
    }
    if (caller.app()) {
      if (space.createdByApp && space.owner.equals(caller.name())) {
        return;
      }
    } else {
      StoredMember self = space.member(caller.name());
      if (self != null && self.manager) {
        return;
      }
    }
    throw ApiError.permissionDenied(
        caller.name() + " is not a manager of " + space.name() + "; only managers can " + action
            + ".");
  }

  /** Managers always; members when the space's setting lets members, and in group chats. */
  private static void requireManagerOrSetting(
      Principal caller, StoredSpace space, String setting, String action) {
    SpaceInput.Permission permission = space.permissionSettings.get(setting);
    boolean membersMay = !space.named() || (permission != null && permission.members());
    if (membersMay && space.member(caller.name()) != null) {
      return;
    }
    requireManager(caller, space, action);
  }
}
