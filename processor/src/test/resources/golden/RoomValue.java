package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The immutable {@link Room} built by {@link RoomBuilder}.
 *
 * @param kindText the wire text of {@code kind} when it is unrecognized, else {@code null}
 * @param unknownFields the members this client does not know, as read, or {@code null}
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
record RoomValue(String name, String displayName, Room.Kind kind, Boolean archived, Topic topic,
    List<Guest> guests, Instant expireTime, Long ttlSeconds, String kindText,
    JsonValue unknownFields) implements Room {
  /**
   * Equal to any {@link Room} with equal fields.
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Room that
        && Objects.equals(name, that.name())
        && Objects.equals(displayName, that.displayName())
        && Objects.equals(kind, that.kind())
        && Objects.equals(archived, that.archived())
        && Objects.equals(topic, that.topic())
        && Objects.equals(guests, that.guests())
        && Objects.equals(expireTime, that.expireTime())
        && Objects.equals(ttlSeconds, that.ttlSeconds());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, displayName, kind, archived, topic, guests, expireTime, ttlSeconds);
  }

  /**
   * The fields that are set: {@code Room{name=value, ...}}.
   */
  @Override
  public String toString() {
    StringJoiner fields = new StringJoiner(", ", "Room{", "}");
    if (name != null) {
      fields.add("name=" + name);
    }
    if (displayName != null) {
      fields.add("displayName=" + displayName);
    }
    if (kind != null) {
      fields.add("kind=" + kind);
    }
    if (archived != null) {
      fields.add("archived=" + archived);
    }
    if (topic != null) {
      fields.add("topic=" + topic);
    }
    if (guests != null) {
      fields.add("guests=" + guests);
    }
    if (expireTime != null) {
      fields.add("expireTime=" + expireTime);
    }
    if (ttlSeconds != null) {
      fields.add("ttlSeconds=" + ttlSeconds);
    }
    return fields.toString();
  }
}
