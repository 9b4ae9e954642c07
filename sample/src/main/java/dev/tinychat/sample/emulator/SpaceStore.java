package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.SpaceInput.DIRECT_MESSAGE;
import static dev.tinychat.sample.emulator.SpaceInput.SPACE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The spaces and the server-side state around them: request ids, direct messages by their two
 * members, and display names in use. One lock guards it all; requests are checked against
 * {@link SpaceRules} before they get here.
 */
final class SpaceStore {
  /** How long a space may stay in import mode. */
  static final Duration IMPORT_MODE_LIFETIME = Duration.ofDays(90);

  private record Replay(String caller, String spaceId) {}

  private final Clock clock;
  private final String callingApp;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, StoredSpace> spaces = new LinkedHashMap<>();
  private final Map<String, Replay> requestIds = new HashMap<>();
  private final Map<String, String> directMessages = new HashMap<>();
  private final Map<String, String> displayNames = new HashMap<>();

  /**
   * @param callingApp the Chat app ({@code users/...}) whose OAuth client the users' tokens come
   *     from: the other member of a DM set up with {@code singleUserBotDm}
   */
  SpaceStore(Clock clock, String callingApp) {
    this.clock = clock;
    this.callingApp = callingApp;
  }

  /** Now, to the microsecond as Google's timestamps are. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** spaces.create, after {@link SpaceRules#checkCreate}. */
  synchronized StoredSpace create(Principal caller, SpaceInput in, String requestId) {
    StoredSpace replayed = replay("create", caller, requestId);
    if (replayed != null) {
      return replayed;
    }
    checkDisplayNameFree(in);
    Instant now = now();
    List<StoredMember> members = new ArrayList<>();
    if (!in.importMode()) {
      members.add(
          caller.app()
              ? new StoredMember(caller.name(), StoredMember.Kind.BOT, false, now)
              : new StoredMember(caller.name(), StoredMember.Kind.HUMAN, true, now));
    }
    Instant created = in.importMode() && in.createTime() != null ? in.createTime() : now;
    return insert(in, caller, requestId, "create", created, now, members);
  }

  /** spaces.setup, after {@link SpaceRules#checkSetup}. */
  synchronized StoredSpace setup(
      Principal caller, SpaceInput in, List<MemberInput> listed, String requestId) {
    StoredSpace replayed = replay("setup", caller, requestId);
    if (replayed != null) {
      return replayed;
    }
    String dmKey = null;
    if (in.spaceType().equals(DIRECT_MESSAGE)) {
      String other = in.singleUserBotDm() ? callingApp : listed.get(0).userName();
      dmKey = new TreeSet<>(List.of(caller.name(), other)).toString();
      String existing = directMessages.get(dmKey);
      if (existing != null) {
        remember("setup", caller, requestId, existing);
        return spaces.get(existing);
      }
    }
    checkDisplayNameFree(in);
    Instant now = now();
    boolean named = in.spaceType().equals(SPACE);
    List<StoredMember> members = new ArrayList<>();
    members.add(new StoredMember(caller.name(), StoredMember.Kind.HUMAN, named, now));
    if (in.singleUserBotDm()) {
      members.add(new StoredMember(callingApp, StoredMember.Kind.BOT, false, now));
    }
    for (MemberInput member : listed) {
      members.add(
          member.group()
              ? new StoredMember(member.groupName(), StoredMember.Kind.GROUP, false, now)
              : new StoredMember(member.userName(), StoredMember.Kind.HUMAN, false, now));
    }
    StoredSpace space = insert(in, caller, requestId, "setup", now, now, members);
    if (dmKey != null) {
      directMessages.put(dmKey, space.id());
    }
    return space;
  }

  /** A space the caller may see, or 404 NOT_FOUND. */
  synchronized StoredSpace get(Principal caller, String id) {
    StoredSpace space = spaces.get(id);
    if (space == null || !space.visibleTo(caller)) {
      throw ApiError.notFound();
    }
    return space;
  }

  synchronized int size() {
    return spaces.size();
  }

  private StoredSpace replay(String method, Principal caller, String requestId) {
    if (requestId == null || requestId.isEmpty()) {
      return null;
    }
    Replay replay = requestIds.get(method + " " + requestId);
    if (replay == null) {
      return null;
    }
    if (!replay.caller().equals(caller.name())) {
      throw ApiError.invalid(
          "request_id",
          "request_id "
              + JsonInput.quote(requestId)
              + " was already used by another caller; use a new request ID.");
    }
    return spaces.get(replay.spaceId());
  }

  private void remember(String method, Principal caller, String requestId, String spaceId) {
    if (requestId != null && !requestId.isEmpty()) {
      requestIds.put(method + " " + requestId, new Replay(caller.name(), spaceId));
    }
  }

  private void checkDisplayNameFree(SpaceInput in) {
    if (in.spaceType().equals(SPACE) && displayNames.containsKey(nameKey(in.displayName()))) {
      throw ApiError.alreadyExists(
          "A space with the display name "
              + JsonInput.quote(in.displayName())
              + " already exists in the organization; try a different space.display_name.");
    }
  }

  private static String nameKey(String displayName) {
    return displayName.strip().toLowerCase(Locale.ROOT);
  }

  private StoredSpace insert(
      SpaceInput in,
      Principal caller,
      String requestId,
      String method,
      Instant created,
      Instant now,
      List<StoredMember> members) {
    String id;
    do {
      byte[] bytes = new byte[8];
      random.nextBytes(bytes);
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (spaces.containsKey(id));
    boolean named = in.spaceType().equals(SPACE);
    String history = in.historyState();
    StoredSpace space =
        new StoredSpace(
            id,
            in.spaceType(),
            in.singleUserBotDm(),
            named ? in.displayName() : null,
            in.externalUserAllowed(),
            named ? in.description() : null,
            named ? in.guidelines() : null,
            history == null || history.equals("HISTORY_STATE_UNSPECIFIED") ? "HISTORY_ON" : history,
            in.importMode(),
            created,
            in.importMode() ? now.plus(IMPORT_MODE_LIFETIME) : null,
            named && in.audience() != null && !in.audience().isEmpty() ? in.audience() : null,
            caller.app() ? in.customer() : null,
            named ? permissions(in) : Map.of(),
            caller.name(),
            members);
    spaces.put(id, space);
    if (named) {
      displayNames.put(nameKey(in.displayName()), id);
    }
    remember(method, caller, requestId, id);
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
}
