package dev.tinychat.bench;

/**
 * The Space resource as plain records, for Gson and Jackson data binding: what a hand-written
 * model for either library looks like. Timestamps and enums stay strings (tinychat's generated
 * codec parses them into {@code Instant}s and enums); absent fields are {@code null}, which both
 * libraries leave out when they write.
 */
record SpaceRecord(
    String name,
    String type,
    String spaceType,
    Boolean singleUserBotDm,
    Boolean threaded,
    String displayName,
    Boolean externalUserAllowed,
    String spaceThreadingState,
    Details spaceDetails,
    String spaceHistoryState,
    Boolean importMode,
    String createTime,
    String lastActiveTime,
    Boolean adminInstalled,
    MembershipCount membershipCount,
    Access accessSettings,
    String customer,
    String spaceUri,
    String predefinedPermissionSettings,
    Permissions permissionSettings,
    String importModeExpireTime) {

  record Details(String description, String guidelines) {}

  record MembershipCount(Integer joinedDirectHumanUserCount, Integer joinedGroupCount) {}

  record Access(String accessState, String audience) {}

  record Permission(Boolean managersAllowed, Boolean assistantManagersAllowed, Boolean membersAllowed) {}

  record Permissions(
      Permission manageMembersAndGroups,
      Permission modifySpaceDetails,
      Permission toggleHistory,
      Permission useAtMentionAll,
      Permission manageApps,
      Permission manageWebhooks,
      Permission postMessages,
      Permission replyMessages) {}

  /** The create request of {@link Fixtures#ourRequest()}, as a record. */
  static SpaceRecord request() {
    return new SpaceRecord(null, null, "SPACE", null, null, "Benchmarks and release planning",
        true, null,
        new Details("Where we compare clients.", "Post numbers with the command that produced them."),
        "HISTORY_ON", null, null, null, null, null, new Access(null, "audiences/default"),
        "customers/my_customer", null, "COLLABORATION_SPACE",
        new Permissions(null, null, null, null, new Permission(true, null, false), null, null, null),
        null);
  }
}
