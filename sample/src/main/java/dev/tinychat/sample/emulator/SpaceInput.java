package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a {@code Space} the emulator reads from a request; output-only fields are
 * ignored, as Google ignores them.
 *
 * @param permissionSettings the settings sent, by JSON name ({@code manageApps}), in order
 */
record SpaceInput(
    String spaceType,
    boolean singleUserBotDm,
    String displayName,
    boolean externalUserAllowed,
    boolean spaceDetailsSet,
    String description,
    String guidelines,
    String historyState,
    boolean importMode,
    Instant createTime,
    boolean accessSettingsSet,
    String audience,
    String customer,
    String predefinedPermissionSettings,
    Map<String, Permission> permissionSettings) {

  /** Who holds one permission. */
  record Permission(boolean managers, boolean assistantManagers, boolean members) {}

  static final String SPACE = "SPACE";
  static final String GROUP_CHAT = "GROUP_CHAT";
  static final String DIRECT_MESSAGE = "DIRECT_MESSAGE";

  /** The settings a request may set; {@code postMessages} is output only. */
  static final List<String> SETTABLE_PERMISSIONS =
      List.of(
          "manageMembersAndGroups",
          "modifySpaceDetails",
          "toggleHistory",
          "useAtMentionAll",
          "manageApps",
          "manageWebhooks",
          "replyMessages");

  SpaceInput {
    permissionSettings = permissionSettings == null ? null : Map.copyOf(permissionSettings);
  }

  /** Reads a Space; an absent one reads as empty. */
  static SpaceInput read(JsonInput space) {
    JsonInput details = space.object("spaceDetails", "Space.SpaceDetails");
    JsonInput access = space.object("accessSettings", "Space.AccessSettings");
    space.requireOneOf(
        "space_permission_settings", "predefinedPermissionSettings", "permissionSettings");
    JsonInput permissions = space.object("permissionSettings", "Space.PermissionSettings");
    Map<String, Permission> settings = null;
    if (permissions != null) {
      settings = new LinkedHashMap<>();
      for (String name : SETTABLE_PERMISSIONS) {
        JsonInput setting = permissions.object(name, "Space.PermissionSetting");
        if (setting != null) {
          settings.put(
              name,
              new Permission(
                  isTrue(setting.bool("managersAllowed")),
                  isTrue(setting.bool("assistantManagersAllowed")),
                  isTrue(setting.bool("membersAllowed"))));
        }
      }
    }
    return new SpaceInput(
        space.enumName(
            "spaceType",
            "Space.SpaceType",
            Set.of("SPACE_TYPE_UNSPECIFIED", SPACE, GROUP_CHAT, DIRECT_MESSAGE)),
        isTrue(space.bool("singleUserBotDm")),
        space.string("displayName"),
        isTrue(space.bool("externalUserAllowed")),
        details != null,
        details == null ? null : details.string("description"),
        details == null ? null : details.string("guidelines"),
        space.enumName(
            "spaceHistoryState",
            "HistoryState",
            Set.of("HISTORY_STATE_UNSPECIFIED", "HISTORY_OFF", "HISTORY_ON")),
        isTrue(space.bool("importMode")),
        space.timestamp("createTime"),
        access != null,
        access == null ? null : access.string("audience"),
        space.string("customer"),
        space.enumName(
            "predefinedPermissionSettings",
            "Space.PredefinedPermissionSettings",
            Set.of(
                "PREDEFINED_PERMISSION_SETTINGS_UNSPECIFIED",
                "COLLABORATION_SPACE",
                "ANNOUNCEMENT_SPACE")),
        settings);
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
