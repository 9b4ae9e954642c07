package dev.tinychat.sample.emulator;

import dev.tinychat.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

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

  static byte[] membership(StoredSpace space, StoredMember member) {
    JsonWriter out = JsonWriter.create();
    writeMembership(out, space, member);
    return out.toByteArray();
  }

  static byte[] message(StoredSpace space, StoredMessage message) {
    JsonWriter out = JsonWriter.create();
    writeMessage(out, space, message);
    return out.toByteArray();
  }

  static byte[] reaction(StoredSpace space, StoredMessage message, StoredReaction reaction) {
    JsonWriter out = JsonWriter.create();
    writeReaction(out, space, message, reaction);
    return out.toByteArray();
  }

  /** The answer of a method whose response is {@code google.protobuf.Empty}. */
  static byte[] empty() {
    return JsonWriter.create().beginObject().endObject().toByteArray();
  }

  /** {@code {"space": {...}}}, the CompleteImportSpaceResponse. */
  static byte[] completedImport(StoredSpace space) {
    JsonWriter out = JsonWriter.create().beginObject().name("space");
    writeSpace(out, space);
    return out.endObject().toByteArray();
  }

  /**
   * A list response: the items under {@code field} (omitted when empty, as proto3 omits it) and
   * {@code nextPageToken} when not null.
   */
  static <T> byte[] list(
      String field, List<T> items, String nextPageToken, BiConsumer<JsonWriter, T> writer) {
    return list(field, items, nextPageToken, null, writer);
  }

  /** A list response with {@code totalSize}, as spaces.search answers. */
  static <T> byte[] list(
      String field,
      List<T> items,
      String nextPageToken,
      Integer totalSize,
      BiConsumer<JsonWriter, T> writer) {
    JsonWriter out = JsonWriter.create().beginObject();
    if (!items.isEmpty()) {
      out.name(field).beginArray();
      for (T item : items) {
        writer.accept(out, item);
      }
      out.endArray();
    }
    if (nextPageToken != null) {
      out.name("nextPageToken").value(nextPageToken);
    }
    if (totalSize != null && totalSize != 0) {
      out.name("totalSize").value((long) totalSize);
    }
    return out.endObject().toByteArray();
  }

  /** A ListMembershipsResponse. */
  static byte[] memberships(StoredSpace space, List<StoredMember> members, String nextPageToken) {
    return list(
        "memberships", members, nextPageToken, (out, member) -> writeMembership(out, space, member));
  }

  /**
   * A free-form JSON value as it was read by {@link JsonInput}: whole numbers without a fraction,
   * as proto3 writes a {@code google.protobuf.Value}.
   */
  static void writeValue(JsonWriter out, Object value) {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof String text) {
      out.value(text);
    } else if (value instanceof Boolean bool) {
      out.value(bool);
    } else if (value instanceof Double number) {
      double d = number;
      if (d == Math.rint(d) && Math.abs(d) < 9e15) {
        out.value((long) d);
      } else {
        out.value(d);
      }
    } else if (value instanceof List<?> list) {
      out.beginArray();
      for (Object element : list) {
        writeValue(out, element);
      }
      out.endArray();
    } else if (value instanceof Map<?, ?> map) {
      out.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.name((String) entry.getKey());
        writeValue(out, entry.getValue());
      }
      out.endObject();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
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

  static void writeSpace(JsonWriter out, StoredSpace space) {
    String type = space.spaceType;
    boolean named = space.named();
    out.beginObject();
    out.name("name").value(space.name());
    out.name("type").value(type.equals(SpaceInput.DIRECT_MESSAGE) ? "DM" : "ROOM");
    out.name("spaceType").value(type);
    if (space.singleUserBotDm) {
      out.name("singleUserBotDm").value(true);
    }
    if (notEmpty(space.displayName)) {
      out.name("displayName").value(space.displayName);
    }
    if (space.externalUserAllowed) {
      out.name("externalUserAllowed").value(true);
    }
    out.name("spaceThreadingState").value(named ? "THREADED_MESSAGES" : "UNTHREADED_MESSAGES");
    if (notEmpty(space.description) || notEmpty(space.guidelines)) {
      out.name("spaceDetails").beginObject();
      if (notEmpty(space.description)) {
        out.name("description").value(space.description);
      }
      if (notEmpty(space.guidelines)) {
        out.name("guidelines").value(space.guidelines);
      }
      out.endObject();
    }
    out.name("spaceHistoryState").value(space.historyState);
    if (space.importMode) {
      out.name("importMode").value(true);
    }
    out.name("createTime").timestamp(space.createTime);
    out.name("lastActiveTime").timestamp(space.lastActiveTime);
    long humans = space.count(StoredMember.Kind.HUMAN);
    long groups = space.count(StoredMember.Kind.GROUP);
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
      out.name("accessState").value(space.audience == null ? "PRIVATE" : "DISCOVERABLE");
      if (space.audience != null) {
        out.name("audience").value(space.audience);
      }
      out.endObject();
    }
    if (space.customer != null) {
      out.name("customer").value(space.customer);
    }
    out.name("spaceUri")
        .value("https://chat.google.com/" + (named ? "room/" : "dm/") + space.id + "?cls=11");
    if (!space.permissionSettings.isEmpty()) {
      out.name("permissionSettings").beginObject();
      for (Map.Entry<String, SpaceInput.Permission> entry :
          new TreeMap<>(space.permissionSettings).entrySet()) {
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
    if (space.importModeExpireTime != null) {
      out.name("importModeExpireTime").timestamp(space.importModeExpireTime);
    }
    out.endObject();
  }

  static void writeMessage(JsonWriter out, StoredSpace space, StoredMessage message) {
    out.beginObject();
    out.name("name").value(space.name() + "/messages/" + message.id);
    out.name("createTime").timestamp(message.createTime);
    if (message.deleteTime != null) {
      out.name("deleteTime").timestamp(message.deleteTime);
      out.name("deletionMetadata").beginObject();
      out.name("deletionType").value(message.deletionType).endObject();
    } else {
      out.name("sender")
          .beginObject()
          .name("name")
          .value(message.sender)
          .name("type")
          .value(message.senderIsApp ? "BOT" : "HUMAN")
          .endObject();
      if (message.lastUpdateTime != null) {
        out.name("lastUpdateTime").timestamp(message.lastUpdateTime);
      }
      if (notEmpty(message.text)) {
        out.name("text").value(message.text);
        out.name("formattedText").value(message.text);
        out.name("argumentText").value(message.text);
      }
      for (Map.Entry<String, Object> entry : new TreeMap<>(message.freeForm).entrySet()) {
        out.name(entry.getKey());
        writeValue(out, entry.getValue());
      }
      Map<String, long[]> summaries = new LinkedHashMap<>();
      Map<String, StoredReaction> first = new LinkedHashMap<>();
      for (StoredReaction reaction : message.reactions) {
        summaries.computeIfAbsent(reaction.emojiKey(), k -> new long[1])[0]++;
        first.putIfAbsent(reaction.emojiKey(), reaction);
      }
      if (!summaries.isEmpty()) {
        out.name("emojiReactionSummaries").beginArray();
        for (Map.Entry<String, StoredReaction> entry : first.entrySet()) {
          out.beginObject().name("emoji");
          writeEmoji(out, entry.getValue());
          out.name("reactionCount").value(summaries.get(entry.getKey())[0]).endObject();
        }
        out.endArray();
      }
    }
    out.name("thread").beginObject();
    out.name("name").value(space.name() + "/threads/" + message.threadId).endObject();
    if (message.threadReply) {
      out.name("threadReply").value(true);
    }
    out.name("space").beginObject().name("name").value(space.name()).endObject();
    if (message.clientId != null) {
      out.name("clientAssignedMessageId").value(message.clientId);
    }
    out.endObject();
  }

  static void writeReaction(
      JsonWriter out, StoredSpace space, StoredMessage message, StoredReaction reaction) {
    out.beginObject();
    out.name("name")
        .value(space.name() + "/messages/" + message.id + "/reactions/" + reaction.id());
    out.name("user")
        .beginObject()
        .name("name")
        .value(reaction.user())
        .name("type")
        .value("HUMAN")
        .endObject();
    out.name("emoji");
    writeEmoji(out, reaction);
    out.endObject();
  }

  private static void writeEmoji(JsonWriter out, StoredReaction reaction) {
    out.beginObject();
    if (reaction.unicode() != null) {
      out.name("unicode").value(reaction.unicode());
    } else {
      out.name("customEmoji").beginObject().name("uid").value(reaction.customEmojiUid());
      out.endObject();
    }
    out.endObject();
  }

  static void writeMembership(JsonWriter out, StoredSpace space, StoredMember member) {
    out.beginObject();
    out.name("name").value(space.name() + "/members/" + member.id());
    out.name("state").value("JOINED");
    out.name("role").value(member.manager ? "ROLE_MANAGER" : "ROLE_MEMBER");
    if (member.kind == StoredMember.Kind.GROUP) {
      out.name("groupMember").beginObject().name("name").value(member.name).endObject();
    } else {
      out.name("member")
          .beginObject()
          .name("name")
          .value(member.name)
          .name("type")
          .value(member.kind.name())
          .endObject();
    }
    out.name("createTime").timestamp(member.createTime);
    out.endObject();
  }

  private static boolean notEmpty(String value) {
    return value != null && !value.isEmpty();
  }
}
