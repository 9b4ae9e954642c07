package dev.tinychat.sample.emulator;

import dev.tinychat.json.JsonWriter;
import java.util.List;
import java.util.Map;

/**
 * Encodes the emulator's answers in proto3 JSON: lowerCamelCase names, unset and default values
 * (false, 0, empty) omitted, enums as names, timestamps in RFC 3339 UTC.
 */
final class WireJson {
  private WireJson() {}

  static byte[] space(StoredSpace space) {
    JsonWriter out = JsonWriter.create();
    writeSpace(out, space);
    return out.toByteArray();
  }

  /**
   * A {@code ListMembershipsResponse}; the list is omitted when empty, as proto3 omits it, and
   * {@code nextPageToken} when null.
   */
  static byte[] memberships(StoredSpace space, List<StoredMember> members, String nextPageToken) {
    JsonWriter out = JsonWriter.create().beginObject();
    if (!members.isEmpty()) {
      out.name("memberships").beginArray();
      for (StoredMember member : members) {
        writeMembership(out, space, member);
      }
      out.endArray();
    }
    if (nextPageToken != null) {
      out.name("nextPageToken").value(nextPageToken);
    }
    return out.endObject().toByteArray();
  }

  static byte[] error(ApiError error) {
    JsonWriter out = JsonWriter.create().beginObject().name("error").beginObject();
    out.name("code").value((long) error.httpStatus());
    out.name("message").value(error.getMessage());
    out.name("status").value(error.status());
    if (error.errorInfo() != null || !error.violations().isEmpty()) {
      out.name("details").beginArray();
      if (error.errorInfo() != null) {
        ApiError.ErrorInfo info = error.errorInfo();
        out.beginObject().name("@type").value("type.googleapis.com/google.rpc.ErrorInfo");
        out.name("reason").value(info.reason()).name("domain").value(info.domain());
        out.name("metadata").beginObject();
        for (Map.Entry<String, String> entry : info.metadata().entrySet()) {
          out.name(entry.getKey()).value(entry.getValue());
        }
        out.endObject().endObject();
      }
      if (!error.violations().isEmpty()) {
        out.beginObject().name("@type").value("type.googleapis.com/google.rpc.BadRequest");
        out.name("fieldViolations").beginArray();
        for (ApiError.FieldViolation violation : error.violations()) {
          out.beginObject()
              .name("field")
              .value(violation.field())
              .name("description")
              .value(violation.description())
              .endObject();
        }
        out.endArray().endObject();
      }
      out.endArray();
    }
    return out.endObject().endObject().toByteArray();
  }

  private static void writeSpace(JsonWriter out, StoredSpace space) {
    String type = space.spaceType();
    boolean named = type.equals(SpaceInput.SPACE);
    out.beginObject();
    out.name("name").value(space.name());
    out.name("type").value(type.equals(SpaceInput.DIRECT_MESSAGE) ? "DM" : "ROOM");
    out.name("spaceType").value(type);
    if (space.singleUserBotDm()) {
      out.name("singleUserBotDm").value(true);
    }
    if (space.displayName() != null) {
      out.name("displayName").value(space.displayName());
    }
    if (space.externalUserAllowed()) {
      out.name("externalUserAllowed").value(true);
    }
    out.name("spaceThreadingState").value(named ? "THREADED_MESSAGES" : "UNTHREADED_MESSAGES");
    if (notEmpty(space.description()) || notEmpty(space.guidelines())) {
      out.name("spaceDetails").beginObject();
      if (notEmpty(space.description())) {
        out.name("description").value(space.description());
      }
      if (notEmpty(space.guidelines())) {
        out.name("guidelines").value(space.guidelines());
      }
      out.endObject();
    }
    out.name("spaceHistoryState").value(space.historyState());
    if (space.importMode()) {
      out.name("importMode").value(true);
    }
    out.name("createTime").timestamp(space.createTime());
    out.name("lastActiveTime").timestamp(space.createTime());
    long humans = 0;
    long groups = 0;
    for (StoredMember member : space.members()) {
      if (member.kind() == StoredMember.Kind.HUMAN) {
        humans++;
      } else if (member.kind() == StoredMember.Kind.GROUP) {
        groups++;
      }
    }
    out.name("membershipCount").beginObject();
    if (humans > 0) {
      out.name("joinedDirectHumanUserCount").value(humans);
    }
    if (groups > 0) {
      out.name("joinedGroupCount").value(groups);
    }
    out.endObject();
    if (named) {
      out.name("accessSettings").beginObject();
      out.name("accessState").value(space.audience() == null ? "PRIVATE" : "DISCOVERABLE");
      if (space.audience() != null) {
        out.name("audience").value(space.audience());
      }
      out.endObject();
    }
    if (space.customer() != null) {
      out.name("customer").value(space.customer());
    }
    out.name("spaceUri")
        .value(
            "https://chat.google.com/" + (named ? "room/" : "dm/") + space.id() + "?cls=11");
    if (!space.permissionSettings().isEmpty()) {
      out.name("permissionSettings").beginObject();
      for (Map.Entry<String, SpaceInput.Permission> entry :
          space.permissionSettings().entrySet().stream().sorted(Map.Entry.comparingByKey())
              .toList()) {
        SpaceInput.Permission permission = entry.getValue();
        out.name(entry.getKey()).beginObject();
        if (permission.managers()) {
          out.name("managersAllowed").value(true);
        }
        if (permission.assistantManagers()) {
          out.name("assistantManagersAllowed").value(true);
        }
        if (permission.members()) {
          out.name("membersAllowed").value(true);
        }
        out.endObject();
      }
      out.endObject();
    }
    if (space.importModeExpireTime() != null) {
      out.name("importModeExpireTime").timestamp(space.importModeExpireTime());
    }
    out.endObject();
  }

  private static void writeMembership(JsonWriter out, StoredSpace space, StoredMember member) {
    out.beginObject();
    out.name("name").value(space.name() + "/members/" + member.id());
    out.name("state").value("JOINED");
    out.name("role").value(member.manager() ? "ROLE_MANAGER" : "ROLE_MEMBER");
    if (member.kind() == StoredMember.Kind.GROUP) {
      out.name("groupMember").beginObject().name("name").value(member.name()).endObject();
    } else {
      out.name("member")
          .beginObject()
          .name("name")
          .value(member.name())
          .name("type")
          .value(member.kind().name())
          .endObject();
    }
    out.name("createTime").timestamp(member.createTime());
    out.endObject();
  }

  private static boolean notEmpty(String value) {
    return value != null && !value.isEmpty();
  }
}
