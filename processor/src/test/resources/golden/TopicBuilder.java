package test;

import dev.tinychat.annotations.Generated;

/**
 * Builds immutable {@link Topic} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class TopicBuilder {
  private String text;

  private Long votes;

  /**
   * An empty builder.
   */
  public TopicBuilder() {
  }

  /**
   * A builder holding every field of {@code topic}, to change some.
   */
  public static TopicBuilder from(Topic topic) {
    TopicBuilder builder = new TopicBuilder()
        .text(topic.text())
        .votes(topic.votes());
    return builder;
  }

  public TopicBuilder text(String text) {
    this.text = text;
    return this;
  }

  public TopicBuilder votes(Long votes) {
    this.votes = votes;
    return this;
  }

  /**
   * An immutable {@link Topic} of the fields set so far.
   */
  public Topic build() {
    return new TopicValue(text, votes);
  }
}
