package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link MembershipCount} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class MembershipCountJson extends Struct implements MembershipCount {
  static final Shape<MembershipCount> SHAPE = new Shape<>(new MembershipCountJson(null), "MembershipCount", 2);

  static {
    SHAPE.field("joinedDirectHumanUserCount", Shape.INTEGER | Shape.OUTPUT);
    SHAPE.field("joinedGroupCount", Shape.INTEGER | Shape.OUTPUT);
  }

  MembershipCountJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link MembershipCount} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static MembershipCount read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, MembershipCount value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(MembershipCount value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new MembershipCountJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof MembershipCount membershipCount ? new Object[] {membershipCount.joinedDirectHumanUserCount(), membershipCount.joinedGroupCount(), null} : null;
  }

  @Override
  public Integer joinedDirectHumanUserCount() {
    return (Integer) values[0];
  }

  @Override
  public Integer joinedGroupCount() {
    return (Integer) values[1];
  }
}
