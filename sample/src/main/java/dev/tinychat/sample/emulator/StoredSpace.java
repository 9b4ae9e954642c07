package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A space as the emulator keeps it, with its memberships and messages. Mutable, and only touched
 * while holding the {@link ChatStore}'s lock (every request is handled under it).
 */
final class StoredSpace {
  /** The part after {@code spaces/}. */
  final String id;
  final long seq;
  final boolean singleUserBotDm;
  final boolean externalUserAllowed;
  final Instant createTime;
  /** Customer of a space an app created, else null. */
  final String customer;
  /** Who created it: the only caller who may read an import-mode space. */
  final String owner;
  /** Whether a Chat app created it (with app authentication). */
  final boolean createdByApp;

  String spaceType;
  String displayName;
  String description;
  String guidelines;
  String historyState;
  boolean importMode;
  Instant importModeExpireTime;
  Instant lastActiveTime;
  String audience;
  /** For named spaces, each setting by JSON name; empty otherwise. */
  Map<String, SpaceInput.Permission> permissionSettings;

  final List<StoredMember> members = new ArrayList<>();
  /** Messages by system-assigned ID, in the order they were posted (deleted ones kept). */
  final Map<String, StoredMessage> messages = new LinkedHashMap<>();

  StoredSpace(
      String id,
      long seq,
      String spaceType,
      boolean singleUserBotDm,
      boolean externalUserAllowed,
      Instant createTime,
      String customer,
      String owner,
      boolean createdByApp) {
    this.id = id;
    this.seq = seq;
    this.spaceType = spaceType;
    this.singleUserBotDm = singleUserBotDm;
    this.externalUserAllowed = externalUserAllowed;
    this.createTime = createTime;
    this.lastActiveTime = createTime;
    this.customer = customer;
    this.owner = owner;
    this.createdByApp = createdByApp;
    this.permissionSettings = Map.of();
  }

  String name() {
    return "spaces/" + id;
  }

  boolean named() {
    return spaceType.equals(SpaceInput.SPACE);
  }

  /**
   * When a message or membership created now in this space was created: in import mode the
   * {@code createTime} of {@code body} if sent, between the space's and now (400 naming {@code
   * resource}'s create_time otherwise); {@code now} in any other case, where it is output only.
   */
  Instant createTime(JsonInput body, String resource, Instant now) {
    Instant sent = importMode ? body.timestamp("createTime") : null;
    if (sent == null) {
      return now;
    }
    if (sent.isAfter(now) || sent.isBefore(createTime)) {
      throw ApiError.invalid(
          resource + ".create_time",
          resource + ".create_time must be between the space's create_time and now, but was "
              + sent + ".");
    }
    return sent;
  }

  /** Whether the principal may read the space: a member, or the importer of an import space. */
  boolean visibleTo(Principal caller) {
    return (importMode && owner.equals(caller.name())) || member(caller.name()) != null;
  }

  /** The membership of a person or app ({@code users/...}), or null. */
  StoredMember member(String userName) {
    for (StoredMember member : members) {
      if (member.kind != StoredMember.Kind.GROUP && member.name.equals(userName)) {
        return member;
      }
    }
    return null;
  }

  /** A membership by the ID in its name ({@code spaces/S/members/{id}}), or null. */
  StoredMember memberById(String memberId) {
    for (StoredMember member : members) {
      if (member.id().equals(memberId)) {
        return member;
      }
    }
    return null;
  }

  /** A message by system-assigned or client-assigned ID, deleted ones excluded; or null. */
  StoredMessage message(String messageId) {
    StoredMessage message = messages.get(messageId);
    if (message == null && messageId.startsWith("client-")) {
      for (StoredMessage candidate : messages.values()) {
        if (messageId.equals(candidate.clientId)) {
          message = candidate;
          break;
        }
      }
    }
    return message == null || message.deleteTime != null ? null : message;
  }

  long count(StoredMember.Kind kind) {
    return members.stream().filter(member -> member.kind == kind).count();
  }
}
