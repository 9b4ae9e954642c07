package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link User} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class UserBuilder {
  private Object[] values = new Object[6];

  /**
   * An empty builder.
   */
  public UserBuilder() {
  }

  /**
   * A builder holding every field of {@code user}, to change some.
   */
  public static UserBuilder from(User user) {
    UserBuilder builder = new UserBuilder();
    builder.values = UserJson.SHAPE.copy(user);
    return builder;
  }

  /**
   * Javadoc of name copied from the definition, about one line long.
   */
  public UserBuilder name(String name) {
    values[0] = name;
    return this;
  }

  /**
   * Javadoc of displayName copied from the definition, about one line long.
   */
  public UserBuilder displayName(String displayName) {
    values[1] = displayName;
    return this;
  }

  /**
   * Javadoc of domainId copied from the definition, about one line long.
   */
  public UserBuilder domainId(String domainId) {
    values[2] = domainId;
    return this;
  }

  /**
   * Javadoc of type copied from the definition, about one line long.
   */
  public UserBuilder type(User.Type type) {
    values[3] = type;
    return this;
  }

  /**
   * Javadoc of isAnonymous copied from the definition, about one line long.
   */
  public UserBuilder isAnonymous(Boolean isAnonymous) {
    values[4] = isAnonymous;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public UserBuilder unknownFields(JsonValue unknownFields) {
    values[5] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link User} of the fields set so far.
   */
  public User build() {
    return new UserJson(values.clone());
  }
}
