package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.time.Instant;

/**
 * Reads and writes {@link Space} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class SpaceJson extends Struct implements Space {
  static final Shape<Space> SHAPE = new Shape<>(new SpaceJson(null), "Space", 21);

  static {
    SHAPE.field("name", Shape.STRING | Shape.OUTPUT);
    SHAPE.pattern("spaces/[^/]+", "spaces/{space}");
    SHAPE.field("type", Shape.ENUM | Shape.OUTPUT, Space.Type.UNRECOGNIZED, Space.Type.values());
    SHAPE.field("spaceType", Shape.ENUM, Space.SpaceType.UNRECOGNIZED, Space.SpaceType.values());
    SHAPE.field("singleUserBotDm", Shape.BOOLEAN);
    SHAPE.field("threaded", Shape.BOOLEAN | Shape.OUTPUT);
    SHAPE.field("displayName", Shape.STRING);
    SHAPE.maxLength(128);
    SHAPE.field("externalUserAllowed", Shape.BOOLEAN);
    SHAPE.field("spaceThreadingState", Shape.ENUM | Shape.OUTPUT, Space.SpaceThreadingState.UNRECOGNIZED, Space.SpaceThreadingState.values());
    SHAPE.field("spaceDetails", Shape.RESOURCE);
    SHAPE.field("spaceHistoryState", Shape.ENUM, Space.HistoryState.UNRECOGNIZED, Space.HistoryState.values());
    SHAPE.field("importMode", Shape.BOOLEAN);
    SHAPE.field("createTime", Shape.INSTANT);
    SHAPE.field("lastActiveTime", Shape.INSTANT | Shape.OUTPUT);
    SHAPE.field("adminInstalled", Shape.BOOLEAN | Shape.OUTPUT);
    SHAPE.field("membershipCount", Shape.RESOURCE | Shape.OUTPUT);
    SHAPE.field("accessSettings", Shape.RESOURCE);
    SHAPE.field("customer", Shape.STRING);
    SHAPE.pattern("customers/[^/]+", "customers/{customer}");
    SHAPE.field("spaceUri", Shape.STRING | Shape.OUTPUT);
    SHAPE.field("predefinedPermissionSettings", Shape.ENUM | Shape.INPUT, Space.PredefinedPermissionSettings.UNRECOGNIZED, Space.PredefinedPermissionSettings.values());
    SHAPE.oneOf("space_permission_settings", false);
    SHAPE.field("permissionSettings", Shape.RESOURCE);
    SHAPE.oneOf("space_permission_settings", false);
    SHAPE.field("importModeExpireTime", Shape.INSTANT | Shape.OUTPUT);
  }

  SpaceJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link Space} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Space read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, Space value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Space value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new SpaceJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof Space space ? new Object[] {space.name(), space.type(), space.spaceType(), space.singleUserBotDm(), space.threaded(), space.displayName(), space.externalUserAllowed(), space.spaceThreadingState(), space.spaceDetails(), space.spaceHistoryState(), space.importMode(), space.createTime(), space.lastActiveTime(), space.adminInstalled(), space.membershipCount(), space.accessSettings(), space.customer(), space.spaceUri(), space.predefinedPermissionSettings(), space.permissionSettings(), space.importModeExpireTime(), null} : null;
  }

  @Override
  protected Shape<?> nested(int field) {
    return switch (field) {
      case 8 -> SpaceDetailsJson.SHAPE;
      case 14 -> MembershipCountJson.SHAPE;
      case 15 -> AccessSettingsJson.SHAPE;
      default -> PermissionSettingsJson.SHAPE;
    };
  }

  @Override
  public String name() {
    return (String) values[0];
  }

  @Override
  public Space.Type type() {
    return (Space.Type) constant(1);
  }

  @Override
  public Space.SpaceType spaceType() {
    return (Space.SpaceType) constant(2);
  }

  @Override
  public Boolean singleUserBotDm() {
    return (Boolean) values[3];
  }

  @Override
  public Boolean threaded() {
    return (Boolean) values[4];
  }

  @Override
  public String displayName() {
    return (String) values[5];
  }

  @Override
  public Boolean externalUserAllowed() {
    return (Boolean) values[6];
  }

  @Override
  public Space.SpaceThreadingState spaceThreadingState() {
    return (Space.SpaceThreadingState) constant(7);
  }

  @Override
  public SpaceDetails spaceDetails() {
    return (SpaceDetails) values[8];
  }

  @Override
  public Space.HistoryState spaceHistoryState() {
    return (Space.HistoryState) constant(9);
  }

  @Override
  public Boolean importMode() {
    return (Boolean) values[10];
  }

  @Override
  public Instant createTime() {
    return (Instant) values[11];
  }

  @Override
  public Instant lastActiveTime() {
    return (Instant) values[12];
  }

  @Override
  public Boolean adminInstalled() {
    return (Boolean) values[13];
  }

  @Override
  public MembershipCount membershipCount() {
    return (MembershipCount) values[14];
  }

  @Override
  public AccessSettings accessSettings() {
    return (AccessSettings) values[15];
  }

  @Override
  public String customer() {
    return (String) values[16];
  }

  @Override
  public String spaceUri() {
    return (String) values[17];
  }

  @Override
  public Space.PredefinedPermissionSettings predefinedPermissionSettings() {
    return (Space.PredefinedPermissionSettings) constant(18);
  }

  @Override
  public PermissionSettings permissionSettings() {
    return (PermissionSettings) values[19];
  }

  @Override
  public Instant importModeExpireTime() {
    return (Instant) values[20];
  }
}
