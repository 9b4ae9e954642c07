package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The immutable {@link Topic} built by {@link TopicBuilder}.
 *
 * @param unknownFields the members this client does not know, as read, or {@code null}
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
record TopicValue(String text, Long votes, JsonValue unknownFields) implements Topic {
  /**
   * Equal to any {@link Topic} with equal fields.
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Topic that
        && Objects.equals(text, that.text())
        && Objects.equals(votes, that.votes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, votes);
  }

  /**
   * The fields that are set: {@code Topic{name=value, ...}}.
   */
  @Override
  public String toString() {
    StringJoiner fields = new StringJoiner(", ", "Topic{", "}");
    if (text != null) {
      fields.add("text=" + text);
    }
    if (votes != null) {
      fields.add("votes=" + votes);
    }
    return fields.toString();
  }
}
