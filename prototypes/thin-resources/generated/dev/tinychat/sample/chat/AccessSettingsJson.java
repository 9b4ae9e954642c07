package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link AccessSettings} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class AccessSettingsJson extends Struct implements AccessSettings {
  static final Shape<AccessSettings> SHAPE = new Shape<>(new AccessSettingsJson(null), "AccessSettings", 2);

  static {
    SHAPE.field("accessState", Shape.ENUM | Shape.OUTPUT, AccessSettings.AccessState.UNRECOGNIZED, AccessSettings.AccessState.values());
    SHAPE.field("audience", Shape.STRING);
    SHAPE.pattern("audiences/[^/]+", "audiences/{audience}");
  }

  AccessSettingsJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link AccessSettings} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static AccessSettings read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, AccessSettings value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(AccessSettings value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new AccessSettingsJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof AccessSettings accessSettings ? new Object[] {accessSettings.accessState(), accessSettings.audience(), null} : null;
  }

  @Override
  public AccessSettings.AccessState accessState() {
    return (AccessSettings.AccessState) constant(0);
  }

  @Override
  public String audience() {
    return (String) values[1];
  }
}
