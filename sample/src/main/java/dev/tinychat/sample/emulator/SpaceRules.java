package dev.tinychat.sample.emulator;

import static dev.tinychat.sample.emulator.SpaceInput.DIRECT_MESSAGE;
import static dev.tinychat.sample.emulator.SpaceInput.GROUP_CHAT;
import static dev.tinychat.sample.emulator.SpaceInput.SPACE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Google's documented rules for the request of spaces.create and spaces.setup, checked before the
 * store is touched. Each broken rule is a 400 INVALID_ARGUMENT naming the field by its proto path.
 */
final class SpaceRules {
  /** Most memberships spaces.setup accepts besides the caller (Google's current reference). */
  static final int MAX_SETUP_MEMBERSHIPS = 49;

  static final int MAX_DISPLAY_NAME = 128;
  static final int MAX_DESCRIPTION = 150;
  static final int MAX_GUIDELINES = 5000;

  /** Google's text for a membership whose {@code member.name} is missing or malformed. */
  static final String MALFORMED_USER =
      "Missing or malformed user resource name in the request. Human user resource name must"
          + " follow this format: users/{user}.";

  private static final Pattern USER = Pattern.compile("users/[^/]+");
  private static final Pattern GROUP = Pattern.compile("groups/[^/]+");
  private static final Pattern CUSTOMER = Pattern.compile("customers/[^/]+");
  private static final Pattern AUDIENCE = Pattern.compile("audiences/[^/]+");

  private SpaceRules() {}

  /** The rules of spaces.create. */
  static void checkCreate(
      Principal caller, SpaceInput space, Set<String> customers, Instant now) {
    String type = requireSpaceType(space);
    if (type.equals(DIRECT_MESSAGE)) {
      throw ApiError.invalid(
          "space.space_type",
          "spaces.create can't create a direct message (space_type DIRECT_MESSAGE); use"
              + " spaces.setup.");
    }
    if (type.equals(GROUP_CHAT) && !space.importMode()) {
      throw ApiError.invalid(
          "space.space_type",
          "spaces.create creates a group chat (space_type GROUP_CHAT) only in import mode"
              + " (space.import_mode true); use spaces.setup.");
    }
    checkSpaceFields(space, type);
    if (caller.app()) {
      String customer = space.customer();
      if (customer == null || customer.isEmpty()) {
        throw ApiError.invalid(
            "space.customer",
            "space.customer is required when a Chat app creates a space with app"
                + " authentication.");
      }
      if (!CUSTOMER.matcher(customer).matches()) {
        throw ApiError.invalid(
            "space.customer",
            "space.customer must be customers/{customer}, but was "
                + JsonInput.quote(customer)
                + ".");
      }
      if (!customers.contains(customer)) {
        throw ApiError.invalid(
            "space.customer",
            "space.customer "
                + JsonInput.quote(customer)
                + " is not a customer known to the emulator; known: "
                + String.join(", ", new java.util.TreeSet<>(customers))
                + ".");
      }
    } else {
      checkNoCustomer(space);
    }
    if (space.importMode() && space.createTime() != null && space.createTime().isAfter(now)) {
      throw ApiError.invalid(
          "space.create_time",
          "space.create_time must not be in the future, but was " + space.createTime() + ".");
    }
  }

  /** The rules of spaces.setup. */
  static void checkSetup(
      Principal caller, SpaceInput space, List<MemberInput> members, Set<String> apps) {
    String type = requireSpaceType(space);
    if (space.importMode()) {
      throw ApiError.invalid(
          "space.import_mode",
          "space.import_mode can't be set in spaces.setup; create import-mode spaces with"
              + " spaces.create.");
    }
    checkNoCustomer(space);
    checkSpaceFields(space, type);
    boolean appDm = type.equals(DIRECT_MESSAGE) && space.singleUserBotDm();
    if (appDm && !members.isEmpty()) {
      throw ApiError.invalid(
          "memberships",
          "memberships must be empty for a direct message with the calling app"
              + " (space.single_user_bot_dm true), but lists "
              + members.size()
              + ".");
    }
    if (members.size() > MAX_SETUP_MEMBERSHIPS) {
      throw ApiError.invalid(
          "memberships",
          "memberships may list at most "
              + MAX_SETUP_MEMBERSHIPS
              + " members besides the caller, but lists "
              + members.size()
              + ".");
    }
    Map<String, String> seen = new HashMap<>();
    for (MemberInput member : members) {
      String name = checkMember(caller, member, type, apps);
      String earlier = seen.putIfAbsent(name, member.path());
      if (earlier != null) {
        throw ApiError.invalid(
            member.path(),
            member.path() + " repeats " + name + ", already listed at " + earlier + ".");
      }
    }
    if (type.equals(GROUP_CHAT) && members.size() < 2) {
      throw ApiError.invalid(
          "memberships",
          "memberships must list at least 2 people besides the caller for a group chat"
              + " (space_type GROUP_CHAT), but lists "
              + members.size()
              + ".");
    }
    if (type.equals(DIRECT_MESSAGE) && !appDm && members.size() != 1) {
      throw ApiError.invalid(
          "memberships",
          "memberships must list exactly 1 person for a direct message (space_type"
              + " DIRECT_MESSAGE), but lists "
              + members.size()
              + ".");
    }
  }

  /** Checks one membership and returns its member's resource name. */
  private static String checkMember(
      Principal caller, MemberInput member, String type, Set<String> apps) {
    String path = member.path();
    if (member.group()) {
      String name = member.groupName();
      if (name == null || !GROUP.matcher(name).matches()) {
        throw ApiError.invalid(
            path + ".group_member.name",
            path
                + ".group_member.name must be groups/{group}, but was "
                + JsonInput.render(name)
                + ".");
      }
      if (!type.equals(SPACE)) {
        throw ApiError.invalid(
            path + ".group_member",
            path
                + ".group_member: Google groups can be added only to a named space (space_type"
                + " SPACE).");
      }
      return name;
    }
    String name = member.userName();
    if (name == null || !USER.matcher(name).matches()) {
      throw ApiError.invalid(
          path + ".member.name",
          MALFORMED_USER + " Field " + path + ".member.name was " + JsonInput.render(name) + ".");
    }
    if (!"HUMAN".equals(member.userType())) {
      throw ApiError.invalid(
          path + ".member.type",
          path
              + ".member.type must be HUMAN, as spaces.setup adds people only, but was "
              + (member.userType() == null ? "unset" : member.userType())
              + ".");
    }
    if (apps.contains(name)) {
      throw ApiError.invalid(
          path + ".member.name",
          path + ".member.name " + name + " is a Chat app; spaces.setup adds people only.");
    }
    if (name.equals(caller.name())) {
      throw ApiError.invalid(
          path + ".member.name",
          path
              + ".member.name "
              + name
              + " is the caller, who is added automatically and must not be listed.");
    }
    return name;
  }

  private static String requireSpaceType(SpaceInput space) {
    String type = space.spaceType();
    if (type == null || type.equals("SPACE_TYPE_UNSPECIFIED")) {
      throw ApiError.invalid(
          "space.space_type",
          "space.space_type is required: SPACE, GROUP_CHAT or DIRECT_MESSAGE.");
    }
    return type;
  }

  private static void checkNoCustomer(SpaceInput space) {
    if (space.customer() != null && !space.customer().isEmpty()) {
      throw ApiError.invalid(
          "space.customer",
          "space.customer can be set only when a Chat app creates a space with app"
              + " authentication.");
    }
  }

  /** The rules on the Space's own fields, which depend on its type. */
  private static void checkSpaceFields(SpaceInput space, String type) {
    boolean named = type.equals(SPACE);
    String displayName = space.displayName();
    if (named && (displayName == null || displayName.isBlank())) {
      throw ApiError.invalid(
          "space.display_name",
          "space.display_name is required for a named space (space_type SPACE).");
    }
    if (!named && displayName != null && !displayName.isEmpty()) {
      throw ApiError.invalid(
          "space.display_name",
          "space.display_name must not be set for a " + describe(type) + ".");
    }
    checkLength("space.display_name", displayName, MAX_DISPLAY_NAME);
    if (!named && (notEmpty(space.description()) || notEmpty(space.guidelines()))) {
      throw ApiError.invalid(
          "space.space_details",
          "space.space_details must not be set for a " + describe(type) + ".");
    }
    checkLength("space.space_details.description", space.description(), MAX_DESCRIPTION);
    checkLength("space.space_details.guidelines", space.guidelines(), MAX_GUIDELINES);
    if (space.singleUserBotDm() && !type.equals(DIRECT_MESSAGE)) {
      throw ApiError.invalid(
          "space.single_user_bot_dm",
          "space.single_user_bot_dm can be true only for a direct message (space_type"
              + " DIRECT_MESSAGE).");
    }
    String audience = space.audience();
    if (notEmpty(audience)) {
      if (!named) {
        throw ApiError.invalid(
            "space.access_settings.audience",
            "space.access_settings.audience must not be set for a " + describe(type) + ".");
      }
      if (!AUDIENCE.matcher(audience).matches()) {
        throw ApiError.invalid(
            "space.access_settings.audience",
            "space.access_settings.audience must be audiences/{audience}, but was "
                + JsonInput.quote(audience)
                + ".");
      }
    }
    if (!named && space.predefinedPermissionSettings() != null) {
      throw ApiError.invalid(
          "space.predefined_permission_settings",
          "space.predefined_permission_settings must not be set for a " + describe(type) + ".");
    }
    if (!named && space.permissionSettings() != null) {
      throw ApiError.invalid(
          "space.permission_settings",
          "space.permission_settings must not be set for a " + describe(type) + ".");
    }
  }

  static void checkLength(String field, String value, int max) {
    if (value != null) {
      int length = value.codePointCount(0, value.length());
      if (length > max) {
        throw ApiError.invalid(
            field,
            field + " must be at most " + max + " characters, but has " + length + ".");
      }
    }
  }

  private static boolean notEmpty(String value) {
    return value != null && !value.isEmpty();
  }

  private static String describe(String type) {
    return (type.equals(GROUP_CHAT) ? "group chat" : "direct message")
        + " (space_type "
        + type
        + ")";
  }
}
