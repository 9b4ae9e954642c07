package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;

/**
 * Reads and writes {@link PermissionSettings} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class PermissionSettingsJson extends Struct implements PermissionSettings {
  static final Shape<PermissionSettings> SHAPE = new Shape<>(new PermissionSettingsJson(null), "PermissionSettings", 8);

  static {
    SHAPE.field("manageMembersAndGroups", Shape.RESOURCE);
    SHAPE.field("modifySpaceDetails", Shape.RESOURCE);
    SHAPE.field("toggleHistory", Shape.RESOURCE);
    SHAPE.field("useAtMentionAll", Shape.RESOURCE);
    SHAPE.field("manageApps", Shape.RESOURCE);
    SHAPE.field("manageWebhooks", Shape.RESOURCE);
    SHAPE.field("postMessages", Shape.RESOURCE | Shape.OUTPUT);
    SHAPE.field("replyMessages", Shape.RESOURCE);
  }

  PermissionSettingsJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link PermissionSettings} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static PermissionSettings read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, PermissionSettings value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(PermissionSettings value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new PermissionSettingsJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof PermissionSettings permissionSettings ? new Object[] {permissionSettings.manageMembersAndGroups(), permissionSettings.modifySpaceDetails(), permissionSettings.toggleHistory(), permissionSettings.useAtMentionAll(), permissionSettings.manageApps(), permissionSettings.manageWebhooks(), permissionSettings.postMessages(), permissionSettings.replyMessages(), null} : null;
  }

  @Override
  protected Shape<?> nested(int field) {
    return PermissionSettingJson.SHAPE;
  }

  @Override
  public PermissionSetting manageMembersAndGroups() {
    return (PermissionSetting) values[0];
  }

  @Override
  public PermissionSetting modifySpaceDetails() {
    return (PermissionSetting) values[1];
  }

  @Override
  public PermissionSetting toggleHistory() {
    return (PermissionSetting) values[2];
  }

  @Override
  public PermissionSetting useAtMentionAll() {
    return (PermissionSetting) values[3];
  }

  @Override
  public PermissionSetting manageApps() {
    return (PermissionSetting) values[4];
  }

  @Override
  public PermissionSetting manageWebhooks() {
    return (PermissionSetting) values[5];
  }

  @Override
  public PermissionSetting postMessages() {
    return (PermissionSetting) values[6];
  }

  @Override
  public PermissionSetting replyMessages() {
    return (PermissionSetting) values[7];
  }
}
