package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link AccessSettings} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class AccessSettingsBuilder {
  private Object[] values = new Object[3];

  /**
   * An empty builder.
   */
  public AccessSettingsBuilder() {
  }

  /**
   * A builder holding every field of {@code accessSettings}, to change some.
   */
  public static AccessSettingsBuilder from(AccessSettings accessSettings) {
    AccessSettingsBuilder builder = new AccessSettingsBuilder();
    builder.values = AccessSettingsJson.SHAPE.copy(accessSettings);
    return builder;
  }

  /**
   * Javadoc of accessState copied from the definition, about one line long.
   */
  public AccessSettingsBuilder accessState(AccessSettings.AccessState accessState) {
    values[0] = accessState;
    return this;
  }

  /**
   * Javadoc of audience copied from the definition, about one line long.
   */
  public AccessSettingsBuilder audience(String audience) {
    values[1] = audience;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public AccessSettingsBuilder unknownFields(JsonValue unknownFields) {
    values[2] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link AccessSettings} of the fields set so far.
   */
  public AccessSettings build() {
    return new AccessSettingsJson(values.clone());
  }
}
