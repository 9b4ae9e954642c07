package dev.tinychat.sample.emulator;

import java.util.Set;

/**
 * One membership of a {@code spaces.setup} request: a person ({@code member}) or a Google group
 * ({@code groupMember}); every other field is ignored, as Google documents.
 *
 * @param path the proto path, e.g. {@code memberships[0]}
 * @param userName {@code member.name}, or {@code null}
 * @param userType {@code member.type}, or {@code null}
 * @param groupName {@code groupMember.name}, or {@code null}
 * @param group whether {@code groupMember} was sent
 */
record MemberInput(String path, String userName, String userType, String groupName, boolean group) {

  static MemberInput read(JsonInput membership, String path) {
    membership.requireOneOf("member_type", "member", "groupMember");
    JsonInput user = membership.object("member", "User");
    JsonInput group = membership.object("groupMember", "Group");
    return new MemberInput(
        path,
        user == null ? null : user.string("name"),
        user == null
            ? null
            : user.enumName("type", "User.Type", Set.of("TYPE_UNSPECIFIED", "HUMAN", "BOT")),
        group == null ? null : group.string("name"),
        group != null);
  }
}
