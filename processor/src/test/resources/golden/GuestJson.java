package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.time.Instant;

/**
 * The immutable {@link Guest} values that {@link GuestBuilder} builds and {@link #read} reads,
 * and their JSON, the proto3 way: unset fields are left out, members this client does not
 * know kept and written back, enum values it does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class GuestJson extends Struct implements Guest {
  /**
   * Not API: the fields of {@link Guest}, for generated code and the runtime.
   */
  public static final Shape<Guest> SHAPE = new Shape<>(new GuestJson(null), "Guest", 3);

  static {
    SHAPE.field("name", Shape.STRING);
    SHAPE.pattern("users/[^/]+", "users/{user}");
    SHAPE.oneOf("identity", true);
    SHAPE.field("email", Shape.STRING);
    SHAPE.oneOf("identity", true);
    SHAPE.field("since", Shape.INSTANT);
  }

  GuestJson(Object[] values) {
    super(SHAPE, values);
  }

  /**
   * Reads one {@link Guest} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Guest read(JsonReader reader) {
    return SHAPE.read(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included, and the members
   * it keeps unknown: to print or store a resource.
   */
  public static void write(JsonWriter writer, Guest value) {
    SHAPE.write(writer, value);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Guest value) {
    return SHAPE.unknownFields(value);
  }

  @Override
  protected Struct newValue(Object[] values) {
    return new GuestJson(values);
  }

  @Override
  protected Object[] valuesOf(Object value) {
    return value instanceof Guest guest ? new Object[] {guest.name(), guest.email(), guest.since(),
        null} : null;
  }

  @Override
  public String name() {
    return (String) values[0];
  }

  @Override
  public String email() {
    return (String) values[1];
  }

  @Override
  public Instant since() {
    return (Instant) values[2];
  }
}
