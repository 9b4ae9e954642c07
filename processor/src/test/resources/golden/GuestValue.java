package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;
import java.time.Instant;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The immutable {@link Guest} built by {@link GuestBuilder}.
 *
 * @param unknownFields the members this client does not know, as read, or {@code null}
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
record GuestValue(String name, String email, Instant since,
    JsonValue unknownFields) implements Guest {
  /**
   * Equal to any {@link Guest} with equal fields.
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Guest that
        && Objects.equals(name, that.name())
        && Objects.equals(email, that.email())
        && Objects.equals(since, that.since());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, since);
  }

  /**
   * The fields that are set: {@code Guest{name=value, ...}}.
   */
  @Override
  public String toString() {
    StringJoiner fields = new StringJoiner(", ", "Guest{", "}");
    if (name != null) {
      fields.add("name=" + name);
    }
    if (email != null) {
      fields.add("email=" + email);
    }
    if (since != null) {
      fields.add("since=" + since);
    }
    return fields.toString();
  }
}
