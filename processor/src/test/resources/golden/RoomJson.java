package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.time.Instant;
import java.util.List;

/**
 * The immutable {@link Room} values that {@link RoomBuilder} builds and {@link #read} reads,
 * and their JSON, the proto3 way: unset fields are left out, members this client does not
 * know kept and written back, enum values it does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomJson extends Struct implements Room {
  /**
   * Not API: the fields of {@link Room}, for generated code and the runtime.
   */
  public static final Shape<Room> SHAPE = new Shape<>(new RoomJson(null), "Room", 8);

  static {
    SHAPE.field("name", Shape.STRING | Shape.OUTPUT);
    SHAPE.field("displayName", Shape.STRING);
    SHAPE.maxLength(10);
    SHAPE.field("kind", Shape.ENUM, Room.Kind.UNRECOGNIZED, Room.Kind.values());
    SHAPE.field("archived", Shape.BOOLEAN);
    SHAPE.field("topic", Shape.RESOURCE);
    SHAPE.field("guests", Shape.RESOURCE | Shape.LIST);
    SHAPE.field("expireTime", Shape.INSTANT);
    SHAPE.oneOf("expiration", false);
    SHAPE.field("ttlSeconds", Shape.LONG);
    SHAPE.oneOf("expiration", false);
  }

  RoomJson(Object[] values) {
    super(SHAPE, values);
  }

  /**
   * Reads one {@link Room} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Room read(JsonReader reader) {
    return SHAPE.read(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included, and the members
   * it keeps unknown: to print or store a resource.
   */
  public static void write(JsonWriter writer, Room value) {
    SHAPE.write(writer, value);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Room value) {
    return SHAPE.unknownFields(value);
  }

  @Override
  protected Struct newValue(Object[] values) {
    return new RoomJson(values);
  }

  @Override
  protected Object[] valuesOf(Object value) {
    return value instanceof Room room ? new Object[] {room.name(), room.displayName(), room.kind(),
        room.archived(), room.topic(), room.guests(), room.expireTime(), room.ttlSeconds(),
        null} : null;
  }

  @Override
  protected Shape<?> nested(int field) {
    return switch (field) {
      case 4 -> TopicJson.SHAPE;
      default -> GuestJson.SHAPE;
    };
  }

  @Override
  public String name() {
    return (String) values[0];
  }

  @Override
  public String displayName() {
    return (String) values[1];
  }

  @Override
  public Room.Kind kind() {
    return (Room.Kind) constant(2);
  }

  @Override
  public Boolean archived() {
    return (Boolean) values[3];
  }

  @Override
  public Topic topic() {
    return (Topic) values[4];
  }

  @Override
  public List<Guest> guests() {
    return list(5);
  }

  @Override
  public Instant expireTime() {
    return (Instant) values[6];
  }

  @Override
  public Long ttlSeconds() {
    return (Long) values[7];
  }
}
