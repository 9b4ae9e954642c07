package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.time.Instant;

/**
 * Reads and writes {@link Membership} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class MembershipJson extends Struct implements Membership {
  static final Shape<Membership> SHAPE = new Shape<>(new MembershipJson(null), "Membership", 7);

  static {
    SHAPE.field("name", Shape.STRING);
    SHAPE.pattern("spaces/[^/]+/members/[^/]+", "spaces/{space}/members/{member}");
    SHAPE.field("state", Shape.ENUM | Shape.OUTPUT, Membership.MembershipState.UNRECOGNIZED, Membership.MembershipState.values());
    SHAPE.field("role", Shape.ENUM, Membership.MembershipRole.UNRECOGNIZED, Membership.MembershipRole.values());
    SHAPE.field("member", Shape.RESOURCE);
    SHAPE.oneOf("member_type", true);
    SHAPE.field("groupMember", Shape.RESOURCE);
    SHAPE.oneOf("member_type", true);
    SHAPE.field("createTime", Shape.INSTANT);
    SHAPE.field("deleteTime", Shape.INSTANT);
  }

  MembershipJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link Membership} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Membership read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, Membership value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Membership value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new MembershipJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof Membership membership ? new Object[] {membership.name(), membership.state(), membership.role(), membership.member(), membership.groupMember(), membership.createTime(), membership.deleteTime(), null} : null;
  }

  @Override
  protected Shape<?> nested(int field) {
    return switch (field) {
      case 3 -> UserJson.SHAPE;
      default -> GroupJson.SHAPE;
    };
  }

  @Override
  public String name() {
    return (String) values[0];
  }

  @Override
  public Membership.MembershipState state() {
    return (Membership.MembershipState) constant(1);
  }

  @Override
  public Membership.MembershipRole role() {
    return (Membership.MembershipRole) constant(2);
  }

  @Override
  public User member() {
    return (User) values[3];
  }

  @Override
  public Group groupMember() {
    return (Group) values[4];
  }

  @Override
  public Instant createTime() {
    return (Instant) values[5];
  }

  @Override
  public Instant deleteTime() {
    return (Instant) values[6];
  }
}
