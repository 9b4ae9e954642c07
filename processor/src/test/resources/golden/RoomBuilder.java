package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * Builds immutable {@link Room} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomBuilder {
  /**
   * The fields in declaration order, then the members this client does not know.
   */
  private Object[] values = new Object[9];

  /**
   * An empty builder.
   */
  public RoomBuilder() {
  }

  /**
   * A builder holding every field of {@code room}, to change some.
   */
  public static RoomBuilder from(Room room) {
    RoomBuilder builder = new RoomBuilder();
    builder.values = RoomJson.SHAPE.copy(room);
    return builder;
  }

  public RoomBuilder name(String name) {
    values[0] = name;
    return this;
  }

  public RoomBuilder displayName(String displayName) {
    values[1] = displayName;
    return this;
  }

  public RoomBuilder kind(Room.Kind kind) {
    values[2] = kind;
    return this;
  }

  public RoomBuilder archived(Boolean archived) {
    values[3] = archived;
    return this;
  }

  public RoomBuilder topic(Topic topic) {
    values[4] = topic;
    return this;
  }

  public RoomBuilder guests(List<Guest> guests) {
    values[5] = Shape.copyOf(guests, "guests");
    return this;
  }

  public RoomBuilder expireTime(Instant expireTime) {
    values[6] = expireTime;
    return this;
  }

  public RoomBuilder ttlSeconds(Long ttlSeconds) {
    values[7] = ttlSeconds;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public RoomBuilder unknownFields(JsonValue unknownFields) {
    values[8] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Room} of the fields set so far.
   */
  public Room build() {
    return new RoomJson(values.clone());
  }
}
