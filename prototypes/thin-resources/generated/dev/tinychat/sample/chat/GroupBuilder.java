package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link Group} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class GroupBuilder {
  private Object[] values = new Object[2];

  /**
   * An empty builder.
   */
  public GroupBuilder() {
  }

  /**
   * A builder holding every field of {@code group}, to change some.
   */
  public static GroupBuilder from(Group group) {
    GroupBuilder builder = new GroupBuilder();
    builder.values = GroupJson.SHAPE.copy(group);
    return builder;
  }

  /**
   * Javadoc of name copied from the definition, about one line long.
   */
  public GroupBuilder name(String name) {
    values[0] = name;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public GroupBuilder unknownFields(JsonValue unknownFields) {
    values[1] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Group} of the fields set so far.
   */
  public Group build() {
    return new GroupJson(values.clone());
  }
}
