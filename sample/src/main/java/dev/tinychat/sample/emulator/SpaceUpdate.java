package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.SpaceInput.GROUP_CHAT;
import static dev.tinychat.sample.emulator.SpaceInput.SPACE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code updateMask} of spaces.patch and its rules, as Google documents them: the paths
 * {@code display_name}, {@code space_type} (GROUP_CHAT to SPACE only, with display_name), {@code
 * space_details}, {@code space_history_state} (alone), {@code access_settings.audience} (alone,
 * managers, user authentication, not in import mode) and {@code permission_settings.*} (only
 * with each other). Paths are taken in snake_case or lowerCamelCase.
 */
final class SpaceUpdate {
  private static final String PERMISSIONS = "permission_settings.";
  private static final List<String> PATHS =
      List.of(
          "display_name",
          "space_type",
          "space_details",
          "space_history_state",
          "access_settings.audience");

  private SpaceUpdate() {}

  /** The mask's paths in snake_case, checked one by one and together. */
  static List<String> mask(String text) {
    if (text == null || text.isBlank()) {
      throw ApiError.invalid(
          "update_mask",
          "update_mask is required: the comma-separated paths to update, e.g. display_name.");
    }
    List<String> paths = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String path = JsonInput.snakeCase(raw.strip());
      if (!PATHS.contains(path) && !permission(path)) {
        throw ApiError.invalid(
            "update_mask",
            "update_mask path "
                + JsonInput.quote(raw.strip())
                + " is not supported by spaces.patch; valid paths: "
                + String.join(", ", PATHS)
                + ", permission_settings.{"
                + String.join(",", snakeNames())
                + "}.");
      }
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    for (String alone : List.of("space_history_state", "access_settings.audience")) {
      if (paths.contains(alone) && paths.size() > 1) {
        throw ApiError.invalid(
            "update_mask",
            "update_mask path "
                + alone
                + " must be the only path, but the mask also has "
                + other(paths, alone)
                + ".");
      }
    }
    boolean anyPermission = paths.stream().anyMatch(SpaceUpdate::permission);
    if (anyPermission && !paths.stream().allMatch(SpaceUpdate::permission)) {
      throw ApiError.invalid(
          "update_mask",
          "update_mask paths permission_settings.* can be combined only with each other, but the"
              + " mask also has "
              + paths.stream().filter(path -> !permission(path)).findFirst().orElseThrow()
              + ".");
    }
    return paths;
  }

  /** Who may change what, and the values the paths take. */
  static void check(Principal caller, StoredSpace space, List<String> mask, SpaceInput in) {
    String type = space.spaceType;
    if (mask.contains("space_type")) {
      if (!type.equals(GROUP_CHAT) || !SPACE.equals(in.spaceType())
          || !mask.contains("display_name")) {
        throw ApiError.invalid(
            "space.space_type",
            "space_type can only change a group chat (GROUP_CHAT) to a named space: send"
                + " space.space_type SPACE with display_name in the mask too.");
      }
      type = SPACE;
    }
    if (mask.contains("display_name")) {
      if (!type.equals(SPACE)) {
        throw ApiError.invalid(
            "space.display_name",
            "space.display_name can be updated only for a named space (space_type SPACE), but "
                + space.name()
                + " is a "
                + type
                + ".");
      }
      String name = in.displayName();
      if (name == null || name.isBlank()) {
        throw ApiError.invalid(
            "space.display_name", "space.display_name must not be empty for a named space.");
      }
      SpaceRules.checkLength("space.display_name", name, SpaceRules.MAX_DISPLAY_NAME);
    }
    if (mask.contains("space_details")) {
      if (!type.equals(SPACE)) {
        throw ApiError.invalid(
            "space.space_details",
            "space.space_details can be updated only for a named space (space_type SPACE).");
      }
      SpaceRules.checkLength("space.space_details.description", in.description(), SpaceRules.MAX_DESCRIPTION);
      SpaceRules.checkLength("space.space_details.guidelines", in.guidelines(), SpaceRules.MAX_GUIDELINES);
    }
    if (mask.contains("space_history_state")) {
      String history = in.historyState();
      if (history == null || history.equals("HISTORY_STATE_UNSPECIFIED")) {
        throw ApiError.invalid(
            "space.space_history_state",
            "space.space_history_state must be HISTORY_ON or HISTORY_OFF.");
      }
    }
    if (mask.contains("access_settings.audience")) {
      if (caller.app()) {
        throw ApiError.permissionDenied(
            "Updating space.access_settings.audience is not supported with app authentication.");
      }
      if (!type.equals(SPACE) || space.importMode) {
        throw ApiError.invalid(
            "space.access_settings.audience",
            "space.access_settings.audience can be updated only for a named space (space_type"
                + " SPACE) that is not in import mode.");
      }
      String audience = in.audience();
      if (audience != null && !audience.isEmpty() && !audience.matches("audiences/[^/]+")) {
        throw ApiError.invalid(
            "space.access_settings.audience",
            "space.access_settings.audience must be audiences/{audience}, but was "
                + JsonInput.quote(audience)
                + ".");
      }
    }
    boolean permissions = mask.stream().anyMatch(SpaceUpdate::permission);
    if (permissions) {
      if (!type.equals(SPACE)) {
        throw ApiError.invalid(
            "space.permission_settings",
            "space.permission_settings can be updated only for a named space (space_type"
                + " SPACE).");
      }
      for (String path : mask) {
        String name = JsonInput.camelCase(path.substring(PERMISSIONS.length()));
        if (in.permissionSettings() == null || !in.permissionSettings().containsKey(name)) {
          throw ApiError.invalid(
              "space." + path,
              "space." + path + " must be set in the body when the mask names it.");
        }
      }
    }
    checkAllowed(caller, space, mask, permissions);
  }

  private static void checkAllowed(
      Principal caller, StoredSpace space, List<String> mask, boolean permissions) {
    if (space.importMode && space.owner.equals(caller.name())) {
      return;
    }
    if (caller.app()) {
      if (!(space.createdByApp && space.owner.equals(caller.name()))) {
        throw ApiError.permissionDenied(
            "A Chat app can update only the spaces it created; "
                + space.name()
                + " was created by "
                + space.owner
                + ".");
      }
      return;
    }
    StoredMember member = space.member(caller.name());
    boolean manager = member != null && member.manager;
    String needed = null;
    if (permissions || mask.contains("access_settings.audience")) {
      needed = manager ? null : "manage the space's settings (space managers only)";
    } else if (space.named() && !manager) {
      String setting =
          mask.contains("space_history_state") ? "toggleHistory" : "modifySpaceDetails";
      SpaceInput.Permission permission = space.permissionSettings.get(setting);
      if (permission == null || !permission.members()) {
        needed = "change this (permission_settings." + JsonInput.snakeCase(setting) + ")";
      }
    }
    if (needed != null) {
      throw ApiError.permissionDenied(
          caller.name() + " is not allowed to " + needed + " in " + space.name() + ".");
    }
  }

  /** Applies a checked update. */
  static void apply(StoredSpace space, List<String> mask, SpaceInput in) {
    if (mask.contains("space_type")) {
      space.spaceType = SPACE;
      space.permissionSettings = defaultPermissions();
      for (StoredMember member : space.members) {
        if (member.name.equals(space.owner)) {
          member.manager = true;
        }
      }
    }
    if (mask.contains("display_name")) {
      space.displayName = in.displayName();
    }
    if (mask.contains("space_details")) {
      space.description = in.description();
      space.guidelines = in.guidelines();
    }
    if (mask.contains("space_history_state")) {
      space.historyState = in.historyState();
    }
    if (mask.contains("access_settings.audience")) {
      String audience = in.audience();
      space.audience = audience == null || audience.isEmpty() ? null : audience;
    }
    Map<String, SpaceInput.Permission> settings = new LinkedHashMap<>(space.permissionSettings);
    for (String path : mask) {
      if (permission(path)) {
        String name = JsonInput.camelCase(path.substring(PERMISSIONS.length()));
        settings.put(name, in.permissionSettings().get(name));
      }
    }
    space.permissionSettings = settings;
  }

  /** A collaboration space's settings: everyone may do everything. */
  static Map<String, SpaceInput.Permission> defaultPermissions() {
    Map<String, SpaceInput.Permission> settings = new LinkedHashMap<>();
    for (String name : SpaceInput.SETTABLE_PERMISSIONS) {
      settings.put(name, new SpaceInput.Permission(true, true, true));
    }
    settings.put("postMessages", new SpaceInput.Permission(true, true, true));
    return settings;
  }

  private static boolean permission(String path) {
    return path.startsWith(PERMISSIONS)
        && snakeNames().contains(path.substring(PERMISSIONS.length()));
  }

  private static List<String> snakeNames() {
    return SpaceInput.SETTABLE_PERMISSIONS.stream().map(JsonInput::snakeCase).toList();
  }

  private static String other(List<String> paths, String except) {
    return paths.stream().filter(path -> !path.equals(except)).findFirst().orElseThrow();
  }
}
