package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link PermissionSetting} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class PermissionSettingJson extends Struct implements PermissionSetting {
  static final Shape<PermissionSetting> SHAPE = new Shape<>(new PermissionSettingJson(null), "PermissionSetting", 3);

  static {
    SHAPE.field("managersAllowed", Shape.BOOLEAN);
    SHAPE.field("assistantManagersAllowed", Shape.BOOLEAN);
    SHAPE.field("membersAllowed", Shape.BOOLEAN);
  }

  PermissionSettingJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link PermissionSetting} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static PermissionSetting read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, PermissionSetting value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(PermissionSetting value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new PermissionSettingJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof PermissionSetting permissionSetting ? new Object[] {permissionSetting.managersAllowed(), permissionSetting.assistantManagersAllowed(), permissionSetting.membersAllowed(), null} : null;
  }

  @Override
  public Boolean managersAllowed() {
    return (Boolean) values[0];
  }

  @Override
  public Boolean assistantManagersAllowed() {
    return (Boolean) values[1];
  }

  @Override
  public Boolean membersAllowed() {
    return (Boolean) values[2];
  }
}
