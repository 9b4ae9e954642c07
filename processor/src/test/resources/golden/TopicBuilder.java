package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;

/**
 * Builds immutable {@link Topic} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class TopicBuilder {
  /**
   * The fields in declaration order, then the members this client does not know.
   */
  private Object[] values = new Object[3];

  /**
   * An empty builder.
   */
  public TopicBuilder() {
  }

  /**
   * A builder holding every field of {@code topic}, to change some.
   */
  public static TopicBuilder from(Topic topic) {
    TopicBuilder builder = new TopicBuilder();
    builder.values = TopicJson.SHAPE.copy(topic);
    return builder;
  }

  public TopicBuilder text(String text) {
    values[0] = text;
    return this;
  }

  public TopicBuilder votes(Long votes) {
    values[1] = votes;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public TopicBuilder unknownFields(JsonValue unknownFields) {
    values[2] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Topic} of the fields set so far.
   */
  public Topic build() {
    return new TopicJson(values.clone());
  }
}
