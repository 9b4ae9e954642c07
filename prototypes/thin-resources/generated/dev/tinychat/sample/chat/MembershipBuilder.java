package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;
import java.time.Instant;

/**
 * Builds immutable {@link Membership} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class MembershipBuilder {
  private Object[] values = new Object[8];

  /**
   * An empty builder.
   */
  public MembershipBuilder() {
  }

  /**
   * A builder holding every field of {@code membership}, to change some.
   */
  public static MembershipBuilder from(Membership membership) {
    MembershipBuilder builder = new MembershipBuilder();
    builder.values = MembershipJson.SHAPE.copy(membership);
    return builder;
  }

  /**
   * Javadoc of name copied from the definition, about one line long.
   */
  public MembershipBuilder name(String name) {
    values[0] = name;
    return this;
  }

  /**
   * Javadoc of state copied from the definition, about one line long.
   */
  public MembershipBuilder state(Membership.MembershipState state) {
    values[1] = state;
    return this;
  }

  /**
   * Javadoc of role copied from the definition, about one line long.
   */
  public MembershipBuilder role(Membership.MembershipRole role) {
    values[2] = role;
    return this;
  }

  /**
   * Javadoc of member copied from the definition, about one line long.
   */
  public MembershipBuilder member(User member) {
    values[3] = member;
    return this;
  }

  /**
   * Javadoc of groupMember copied from the definition, about one line long.
   */
  public MembershipBuilder groupMember(Group groupMember) {
    values[4] = groupMember;
    return this;
  }

  /**
   * Javadoc of createTime copied from the definition, about one line long.
   */
  public MembershipBuilder createTime(Instant createTime) {
    values[5] = createTime;
    return this;
  }

  /**
   * Javadoc of deleteTime copied from the definition, about one line long.
   */
  public MembershipBuilder deleteTime(Instant deleteTime) {
    values[6] = deleteTime;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public MembershipBuilder unknownFields(JsonValue unknownFields) {
    values[7] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Membership} of the fields set so far.
   */
  public Membership build() {
    return new MembershipJson(values.clone());
  }
}
