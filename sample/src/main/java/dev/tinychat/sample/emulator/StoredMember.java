package dev.tinychat.sample.emulator;

import java.time.Instant;

/**
 * A membership as the emulator keeps it; every membership it creates has joined.
 *
 * @param name {@code users/{user}} or {@code groups/{group}}
 * @param kind a person, a Chat app or a Google group
 * @param manager ROLE_MANAGER when true, ROLE_MEMBER otherwise
 */
record StoredMember(String name, Kind kind, boolean manager, Instant createTime) {

  enum Kind {
    HUMAN,
    BOT,
    GROUP
  }

  /** The member part of the membership name: {@code users/alice} -> {@code alice}. */
  String id() {
    return name.substring(name.indexOf('/') + 1);
  }
}
