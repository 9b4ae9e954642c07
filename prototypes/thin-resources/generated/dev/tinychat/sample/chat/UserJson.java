package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link User} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class UserJson extends Struct implements User {
  static final Shape<User> SHAPE = new Shape<>(new UserJson(null), "User", 5);

  static {
    SHAPE.field("name", Shape.STRING);
    SHAPE.pattern("users/[^/]+", "users/{user}");
    SHAPE.field("displayName", Shape.STRING | Shape.OUTPUT);
    SHAPE.field("domainId", Shape.STRING);
    SHAPE.field("type", Shape.ENUM, User.Type.UNRECOGNIZED, User.Type.values());
    SHAPE.field("isAnonymous", Shape.BOOLEAN | Shape.OUTPUT);
  }

  UserJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link User} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static User read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, User value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(User value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new UserJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof User user ? new Object[] {user.name(), user.displayName(), user.domainId(), user.type(), user.isAnonymous(), null} : null;
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
  public String domainId() {
    return (String) values[2];
  }

  @Override
  public User.Type type() {
    return (User.Type) constant(3);
  }

  @Override
  public Boolean isAnonymous() {
    return (Boolean) values[4];
  }
}
