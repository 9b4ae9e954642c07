package dev.tinychat.sample.emulator;

import java.time.Instant;

/**
 * A membership as the emulator keeps it; every membership it creates has joined. Mutable (the
 * role), touched only under the {@link ChatStore}'s lock.
 */
final class StoredMember {

  enum Kind {
    HUMAN,
    BOT,
    GROUP
  }

  /** {@code users/{user}} or {@code groups/{group}}. */
  final String name;
  final Kind kind;
  final Instant createTime;
  final long seq;
  /** ROLE_MANAGER when true, ROLE_MEMBER otherwise. */
  boolean manager;

  StoredMember(String name, Kind kind, boolean manager, Instant createTime, long seq) {
    this.name = name;
    this.kind = kind;
    this.manager = manager;
    this.createTime = createTime;
    this.seq = seq;
  }

  /** The member part of the membership name: {@code users/alice} -> {@code alice}. */
  String id() {
    return name.substring(name.indexOf('/') + 1);
  }

  Kind kind() {
    return kind;
  }

  boolean manager() {
    return manager;
  }
}
