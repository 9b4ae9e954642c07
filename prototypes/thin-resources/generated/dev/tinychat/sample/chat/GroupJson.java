package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link Group} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class GroupJson extends Struct implements Group {
  static final Shape<Group> SHAPE = new Shape<>(new GroupJson(null), "Group", 1);

  static {
    SHAPE.field("name", Shape.STRING);
    SHAPE.pattern("groups/[^/]+", "groups/{group}");
  }

  GroupJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link Group} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Group read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, Group value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Group value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new GroupJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof Group group ? new Object[] {group.name(), null} : null;
  }

  @Override
  public String name() {
    return (String) values[0];
  }
}
