package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link MembershipCount} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class MembershipCountBuilder {
  private Object[] values = new Object[3];

  /**
   * An empty builder.
   */
  public MembershipCountBuilder() {
  }

  /**
   * A builder holding every field of {@code membershipCount}, to change some.
   */
  public static MembershipCountBuilder from(MembershipCount membershipCount) {
    MembershipCountBuilder builder = new MembershipCountBuilder();
    builder.values = MembershipCountJson.SHAPE.copy(membershipCount);
    return builder;
  }

  /**
   * Javadoc of joinedDirectHumanUserCount copied from the definition, about one line long.
   */
  public MembershipCountBuilder joinedDirectHumanUserCount(Integer joinedDirectHumanUserCount) {
    values[0] = joinedDirectHumanUserCount;
    return this;
  }

  /**
   * Javadoc of joinedGroupCount copied from the definition, about one line long.
   */
  public MembershipCountBuilder joinedGroupCount(Integer joinedGroupCount) {
    values[1] = joinedGroupCount;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public MembershipCountBuilder unknownFields(JsonValue unknownFields) {
    values[2] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link MembershipCount} of the fields set so far.
   */
  public MembershipCount build() {
    return new MembershipCountJson(values.clone());
  }
}
