package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link SpaceDetails} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class SpaceDetailsBuilder {
  private Object[] values = new Object[3];

  /**
   * An empty builder.
   */
  public SpaceDetailsBuilder() {
  }

  /**
   * A builder holding every field of {@code spaceDetails}, to change some.
   */
  public static SpaceDetailsBuilder from(SpaceDetails spaceDetails) {
    SpaceDetailsBuilder builder = new SpaceDetailsBuilder();
    builder.values = SpaceDetailsJson.SHAPE.copy(spaceDetails);
    return builder;
  }

  /**
   * Javadoc of description copied from the definition, about one line long.
   */
  public SpaceDetailsBuilder description(String description) {
    values[0] = description;
    return this;
  }

  /**
   * Javadoc of guidelines copied from the definition, about one line long.
   */
  public SpaceDetailsBuilder guidelines(String guidelines) {
    values[1] = guidelines;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public SpaceDetailsBuilder unknownFields(JsonValue unknownFields) {
    values[2] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link SpaceDetails} of the fields set so far.
   */
  public SpaceDetails build() {
    return new SpaceDetailsJson(values.clone());
  }
}
