package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link SpaceDetails} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class SpaceDetailsJson extends Struct implements SpaceDetails {
  static final Shape<SpaceDetails> SHAPE = new Shape<>(new SpaceDetailsJson(null), "SpaceDetails", 2);

  static {
    SHAPE.field("description", Shape.STRING);
    SHAPE.maxLength(150);
    SHAPE.field("guidelines", Shape.STRING);
    SHAPE.maxLength(5000);
  }

  SpaceDetailsJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link SpaceDetails} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static SpaceDetails read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, SpaceDetails value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(SpaceDetails value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new SpaceDetailsJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof SpaceDetails spaceDetails ? new Object[] {spaceDetails.description(), spaceDetails.guidelines(), null} : null;
  }

  @Override
  public String description() {
    return (String) values[0];
  }

  @Override
  public String guidelines() {
    return (String) values[1];
  }
}
