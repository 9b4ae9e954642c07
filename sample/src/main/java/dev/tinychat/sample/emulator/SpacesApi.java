package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.ChatScopes.CHAT_ADMIN_SPACES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_ADMIN_SPACES_READONLY;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_DELETE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_SPACES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_APP_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_BOT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_DELETE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_IMPORT;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_CREATE;
import static dev.tinychat.sample.emulator.ChatScopes.CHAT_SPACES_READONLY;
import static dev.tinychat.sample.emulator.Routes.ID;
import static dev.tinychat.sample.emulator.SpaceInput.DIRECT_MESSAGE;
import static dev.tinychat.sample.emulator.SpaceInput.GROUP_CHAT;
import static dev.tinychat.sample.emulator.SpaceInput.SPACE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code spaces} collection: create, setup, get, list, search, patch, delete,
 * findDirectMessage and completeImport.
 */
final class SpacesApi {
  /** How long a space may stay in import mode. */
  static final Duration IMPORT_MODE_LIFETIME = Duration.ofDays(90);

  private static final Pattern USER = Pattern.compile("users/[^/]+");

  private final ChatStore store;
  private final Paging paging;
  private final Set<String> customers;
  private final Set<String> apps;

  SpacesApi(ChatStore store, Paging paging, Set<String> customers, Set<String> apps) {
    this.store = store;
    this.paging = paging;
    this.customers = customers;
    this.apps = apps;
  }

  void addTo(Routes routes) {
    routes.add("POST", "/v1/spaces", this::create);
    routes.add("POST", "/v1/spaces:setup", this::setup);
    routes.add("GET", "/v1/spaces", this::list);
    routes.add("GET", "/v1/spaces:search", this::search);
    routes.add("GET", "/v1/spaces:findDirectMessage", this::findDirectMessage);
    routes.add("GET", "/v1/spaces/" + ID, this::get);
    routes.add("PATCH", "/v1/spaces/" + ID, this::patch);
    routes.add("DELETE", "/v1/spaces/" + ID, this::delete);
    routes.add("POST", "/v1/spaces/" + ID + ":completeImport", this::completeImport);
  }

  // ---------------------------------------------------------------------------------------------
  // create and setup

  private byte[] create(Call call) {
    Principal caller =
        call.caller(
            "CreateSpace",
            List.of(CHAT_SPACES_CREATE, CHAT_SPACES, CHAT_IMPORT),
            List.of(CHAT_APP_SPACES_CREATE, CHAT_APP_SPACES));
    SpaceInput in = SpaceInput.read(call.body("space", "Space"));
    if (caller.app() && in.importMode()) {
      throw ApiError.permissionDenied(
          "Import mode requires user authentication with the chat.import scope; a Chat app"
              + " can't create a space in import mode.");
    }
    if (!caller.app()) {
      Call.requireScopes(
          caller,
          "CreateSpace",
          in.importMode() ? List.of(CHAT_IMPORT) : List.of(CHAT_SPACES_CREATE, CHAT_SPACES));
    }
    SpaceRules.checkCreate(caller, in, customers, store.now());
    String requestId = call.param("requestId");
    StoredSpace replayed = replayed("create", caller, requestId);
    if (replayed != null) {
      return WireJson.space(replayed);
    }
    checkDisplayNameFree(in.displayName(), in.spaceType(), null);
    Instant now = store.now();
    Instant created = in.importMode() && in.createTime() != null ? in.createTime() : now;
    StoredSpace space = insert(in, caller, created, now);
    if (!in.importMode()) {
      space.members.add(
          caller.app()
              ? new StoredMember(caller.name(), StoredMember.Kind.BOT, false, now, store.nextSeq())
              : new StoredMember(
                  caller.name(), StoredMember.Kind.HUMAN, true, now, store.nextSeq()));
    }
    store.remember("create", caller, requestId, space.id);
    return WireJson.space(space);
  }

  private byte[] setup(Call call) {
    Principal caller = call.caller("SetUpSpace", List.of(CHAT_SPACES_CREATE, CHAT_SPACES), null);
    JsonInput request = call.body("", "SetUpSpaceRequest");
    JsonInput spaceJson = request.object("space", "Space");
    SpaceInput in = SpaceInput.read(spaceJson == null ? JsonInput.empty("space") : spaceJson);
    String requestId = request.string("requestId");
    List<MemberInput> listed = new ArrayList<>();
    for (JsonInput membership : request.objects("memberships", "Membership")) {
      listed.add(MemberInput.read(membership, membership.path()));
    }
    SpaceRules.checkSetup(caller, in, listed, apps);
    StoredSpace replayed = replayed("setup", caller, requestId);
    if (replayed != null) {
      return WireJson.space(replayed);
    }
    if (in.spaceType().equals(DIRECT_MESSAGE)) {
      String other = in.singleUserBotDm() ? store.callingApp : listed.get(0).userName();
      StoredSpace existing = directMessage(caller.name(), other);
      if (existing != null) {
        store.remember("setup", caller, requestId, existing.id);
        return WireJson.space(existing);
      }
    }
    checkDisplayNameFree(in.displayName(), in.spaceType(), null);
    Instant now = store.now();
    StoredSpace space = insert(in, caller, now, now);
    space.members.add(
        new StoredMember(
            caller.name(), StoredMember.Kind.HUMAN, space.named(), now, store.nextSeq()));
    if (in.singleUserBotDm()) {
      space.members.add(
          new StoredMember(store.callingApp, StoredMember.Kind.BOT, false, now, store.nextSeq()));
    }
    for (MemberInput member : listed) {
      space.members.add(
          member.group()
              ? new StoredMember(
                  member.groupName(), StoredMember.Kind.GROUP, false, now, store.nextSeq())
              : new StoredMember(
                  member.userName(), StoredMember.Kind.HUMAN, false, now, store.nextSeq()));
    }
    store.remember("setup", caller, requestId, space.id);
    return WireJson.space(space);
  }

  /** The space a request ID made before, if it still exists. */
  private StoredSpace replayed(String method, Principal caller, String requestId) {
    String id = store.replay(method, caller, requestId);
    return id == null ? null : store.spaces.get(id);
  }

  private StoredSpace insert(SpaceInput in, Principal caller, Instant created, Instant now) {
    String id;
    do {
      id = store.newId();
    } while (store.spaces.containsKey(id));
    boolean named = in.spaceType().equals(SPACE);
    StoredSpace space =
        new StoredSpace(
            id,
            store.nextSeq(),
            in.spaceType(),
            in.singleUserBotDm(),
            in.externalUserAllowed(),
            created,
            caller.app() ? in.customer() : null,
            caller.name(),
            caller.app());
    String history = in.historyState();
    space.historyState =
        history == null || history.equals("HISTORY_STATE_UNSPECIFIED") ? "HISTORY_ON" : history;
    if (named) {
      space.displayName = in.displayName();
      space.description = in.description();
      space.guidelines = in.guidelines();
      space.audience = notEmpty(in.audience()) ? in.audience() : null;
      space.permissionSettings = permissions(in);
    }
    space.importMode = in.importMode();
    space.importModeExpireTime = in.importMode() ? now.plus(IMPORT_MODE_LIFETIME) : null;
    store.spaces.put(id, space);
    return space;
  }

  /**
   * The permission settings of a new named space: the emulator's model of a collaboration space
   * (everyone may do everything) or an announcement space (only managers and assistant managers,
   * but everyone may reply), then the settings sent replace their defaults one by one.
   */
  private static Map<String, SpaceInput.Permission> permissions(SpaceInput in) {
    boolean announcement = "ANNOUNCEMENT_SPACE".equals(in.predefinedPermissionSettings());
    Map<String, SpaceInput.Permission> settings = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(SpaceInput.SETTABLE_PERMISSIONS);
    names.add("postMessages");
    for (String name : names) {
      boolean members = !announcement || name.equals("replyMessages");
      settings.put(name, new SpaceInput.Permission(true, true, members));
    }
    if (in.permissionSettings() != null) {
      settings.putAll(in.permissionSettings());
    }
    return settings;
  }

  /** 409 when another named space has the name, compared without case and outer blanks. */
  private void checkDisplayNameFree(String displayName, String type, StoredSpace except) {
    if (!SPACE.equals(type)) {
      return;
    }
    String key = displayName.strip().toLowerCase(Locale.ROOT);
    for (StoredSpace space : store.spaces.values()) {
      if (space != except
          && space.named()
          && space.displayName.strip().toLowerCase(Locale.ROOT).equals(key)) {
        throw ApiError.alreadyExists(
            "A space with the display name "
                + JsonInput.quote(displayName)
                + " already exists in the organization; try a different space.display_name.");
      }
    }
  }

  /** The DM whose two members are these (in any order), or null. */
  private StoredSpace directMessage(String one, String other) {
    Set<String> wanted = new TreeSet<>(List.of(one, other));
    for (StoredSpace space : store.spaces.values()) {
      if (space.spaceType.equals(DIRECT_MESSAGE)) {
        Set<String> members = new TreeSet<>();
        space.members.forEach(member -> members.add(member.name));
        if (members.equals(wanted)) {
          return space;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // get, list, search, findDirectMessage

  private byte[] get(Call call) {
    Principal caller =
        call.caller(
            "GetSpace",
            List.of(CHAT_SPACES, CHAT_SPACES_READONLY, CHAT_IMPORT),
            List.of(CHAT_BOT, CHAT_APP_SPACES));
    call.refuseAdminAccess();
    return WireJson.space(store.space(caller, call.id(1)));
  }

  private byte[] list(Call call) {
    Principal caller =
        call.caller("ListSpaces", List.of(CHAT_SPACES, CHAT_SPACES_READONLY), List.of(CHAT_BOT));
    int pageSize = call.pageSize(100, 1000);
    String filterText = call.param("filter");
    Set<String> types = spaceTypes(Filter.parse("filter", filterText));
    List<StoredSpace> spaces = new ArrayList<>();
    for (StoredSpace space : store.spaces.values()) {
      if (space.member(caller.name()) != null
          && !space.importMode
          && (types.isEmpty() || types.contains(space.spaceType))) {
        spaces.add(space);
      }
    }
    Paging.Page<StoredSpace> page =
        paging.page(
            spaces,
            space -> new long[] {0, space.seq},
            false,
            pageSize,
            call.param("pageToken"),
            "spaces of " + caller.name(),
            Paging.fingerprint(filterText),
            "filter");
    return WireJson.list("spaces", page.items(), page.nextPageToken(), WireJson::writeSpace);
  }

  /** spaces.list's filter: {@code space_type = "X"}, joined by OR only. */
  private static Set<String> spaceTypes(List<List<Filter.Comparison>> filter) {
    if (filter.size() > 1) {
      throw Filter.invalid("filter", "space_type comparisons are joined by OR, not AND.");
    }
    Set<String> types = new TreeSet<>();
    for (List<Filter.Comparison> group : filter) {
      for (Filter.Comparison comparison : group) {
        if (!comparison.field().equals("space_type") || !comparison.op().equals("=")) {
          throw Filter.invalid(
              "filter",
              "only space_type = \"...\" is supported, but character "
                  + comparison.at()
                  + " has "
                  + comparison.field()
                  + " "
                  + comparison.op()
                  + ".");
        }
        if (!Set.of(SPACE, GROUP_CHAT, DIRECT_MESSAGE).contains(comparison.value())) {
          throw Filter.invalid(
              "filter",
              "space_type must be SPACE, GROUP_CHAT or DIRECT_MESSAGE, but was "
                  + JsonInput.quote(comparison.value())
                  + ".");
        }
        types.add(comparison.value());
      }
    }
    return types;
  }

  private byte[] search(Call call) {
    boolean admin = call.bool("useAdminAccess");
    Principal caller =
        call.caller(
            "SearchSpaces",
            admin
                ? List.of(CHAT_ADMIN_SPACES, CHAT_ADMIN_SPACES_READONLY)
                : List.of(CHAT_SPACES, CHAT_SPACES_READONLY),
            null);
    String queryText = call.param("query");
    if (queryText == null || queryText.isBlank()) {
      throw ApiError.invalid(
          "query", "query is required, e.g. space_type = \"SPACE\" AND display_name:\"Team\".");
    }
    SpaceSearch search = SpaceSearch.parse(queryText, admin);
    String orderBy = call.param("orderBy");
    SpaceSearch.Order order = SpaceSearch.order(orderBy, admin);
    int pageSize = call.pageSize(100, admin ? 1000 : 100);
    List<StoredSpace> found = new ArrayList<>();
    for (StoredSpace space : store.spaces.values()) {
      boolean reachable = admin || space.member(caller.name()) != null;
      if (reachable && !space.importMode && search.test(space)) {
        found.add(space);
      }
    }
    found.sort(order.comparator());
    Paging.Page<StoredSpace> page =
        paging.page(
            found,
            order::key,
            order.descending(),
            pageSize,
            call.param("pageToken"),
            "search by " + caller.name(),
            Paging.fingerprint(queryText, orderBy, admin),
            "query, orderBy or useAdminAccess");
    return WireJson.list(
        "spaces", page.items(), page.nextPageToken(), found.size(), WireJson::writeSpace);
  }

  private byte[] findDirectMessage(Call call) {
    Principal caller =
        call.caller(
            "FindDirectMessage", List.of(CHAT_SPACES, CHAT_SPACES_READONLY), List.of(CHAT_BOT));
    String name = call.param("name");
    if (name == null || name.isEmpty()) {
      throw ApiError.invalid("name", "name is required: the person's users/{user}.");
    }
    if (!USER.matcher(name).matches()) {
      throw ApiError.invalid(
          "name", SpaceRules.MALFORMED_USER + " Field name was " + JsonInput.quote(name) + ".");
    }
    StoredSpace space = directMessage(caller.name(), name);
    if (space == null) {
      throw ApiError.notFound();
    }
    return WireJson.space(space);
  }

  // ---------------------------------------------------------------------------------------------
  // patch, delete, completeImport

  private byte[] patch(Call call) {
    Principal caller =
        call.caller(
            "UpdateSpace", List.of(CHAT_SPACES, CHAT_IMPORT), List.of(CHAT_APP_SPACES));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(caller, "UpdateSpace", space, List.of(CHAT_SPACES));
    List<String> mask = SpaceUpdate.mask(call.param("updateMask"));
    SpaceInput in = SpaceInput.read(call.body("space", "Space"));
    SpaceUpdate.check(caller, space, mask, in);
    if (mask.contains("display_name")) {
      String type = mask.contains("space_type") ? SPACE : space.spaceType;
      checkDisplayNameFree(in.displayName(), type, space);
    }
    SpaceUpdate.apply(space, mask, in);
    return WireJson.space(space);
  }

  private byte[] delete(Call call) {
    Principal caller =
        call.caller("DeleteSpace", List.of(CHAT_DELETE, CHAT_IMPORT), List.of(CHAT_APP_DELETE));
    call.refuseAdminAccess();
    StoredSpace space = store.space(caller, call.id(1));
    Call.requireImportModeFor(caller, "DeleteSpace", space, List.of(CHAT_DELETE));
    if (caller.app() && !(space.createdByApp && space.owner.equals(caller.name()))) {
      throw ApiError.permissionDenied(
          "A Chat app can delete only the spaces it created; "
              + space.name()
              + " was created by "
              + space.owner
              + ".");
    }
    if (!caller.app() && !space.importMode) {
      StoredMember member = space.member(caller.name());
      if (!space.named() || member == null || !member.manager) {
        throw ApiError.permissionDenied(
            space.named()
                ? caller.name() + " is not a manager of " + space.name() + "; only managers can"
                    + " delete a space."
                : "Only named spaces (space_type SPACE) and spaces in import mode can be deleted.");
      }
    }
    // Cascading: memberships, messages and reactions live in the space and go with it.
    store.spaces.remove(space.id);
    return WireJson.empty();
  }

  private byte[] completeImport(Call call) {
    Principal caller = call.caller("CompleteImportSpace", List.of(CHAT_IMPORT), null);
    StoredSpace space = store.space(caller, call.id(1));
    if (!space.importMode) {
      throw ApiError.of(
          400, "FAILED_PRECONDITION", space.name() + " is not in import mode.");
    }
    space.importMode = false;
    space.importModeExpireTime = null;
    return WireJson.completedImport(space);
  }

  private static boolean notEmpty(String value) {
    return value != null && !value.isEmpty();
  }
}
