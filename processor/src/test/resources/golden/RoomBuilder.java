package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * Builds immutable {@link Room} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomBuilder {
  private String name;

  private String displayName;

  private Room.Kind kind;

  private String kindText;

  private Boolean archived;

  private Topic topic;

  private List<Guest> guests;

  private Instant expireTime;

  private Long ttlSeconds;

  private JsonValue unknownFields;

  /**
   * An empty builder.
   */
  public RoomBuilder() {
  }

  /**
   * A builder holding every field of {@code room}, to change some.
   */
  public static RoomBuilder from(Room room) {
    RoomBuilder builder = new RoomBuilder()
        .name(room.name())
        .displayName(room.displayName())
        .kind(room.kind())
        .archived(room.archived())
        .topic(room.topic())
        .guests(room.guests())
        .expireTime(room.expireTime())
        .ttlSeconds(room.ttlSeconds());
    if (room instanceof RoomValue value) {
      builder.kindText = value.kindText();
      builder.unknownFields = value.unknownFields();
    }
    return builder;
  }

  public RoomBuilder name(String name) {
    this.name = name;
    return this;
  }

  public RoomBuilder displayName(String displayName) {
    this.displayName = displayName;
    return this;
  }

  public RoomBuilder kind(Room.Kind kind) {
    this.kind = kind;
    this.kindText = null;
    return this;
  }

  /**
   * Sets {@code kind} as read from JSON, keeping {@code text} when the value is
   * {@link Room.Kind#UNRECOGNIZED}, so that it is sent back unchanged.
   */
  RoomBuilder kind(Room.Kind kind, String text) {
    this.kind = kind;
    this.kindText = kind == Room.Kind.UNRECOGNIZED ? text : null;
    return this;
  }

  public RoomBuilder archived(Boolean archived) {
    this.archived = archived;
    return this;
  }

  public RoomBuilder topic(Topic topic) {
    this.topic = topic;
    return this;
  }

  public RoomBuilder guests(List<Guest> guests) {
    this.guests = guests == null ? null : List.copyOf(guests);
    return this;
  }

  public RoomBuilder expireTime(Instant expireTime) {
    this.expireTime = expireTime;
    return this;
  }

  public RoomBuilder ttlSeconds(Long ttlSeconds) {
    this.ttlSeconds = ttlSeconds;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public RoomBuilder unknownFields(JsonValue unknownFields) {
    this.unknownFields = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Room} of the fields set so far.
   */
  public Room build() {
    return new RoomValue(name, displayName, kind, archived, topic, guests, expireTime, ttlSeconds, kindText, unknownFields);
  }
}
