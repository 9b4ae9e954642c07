package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.json.JsonValue;
import java.time.Instant;

/**
 * Builds immutable {@link Guest} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class GuestBuilder {
  /**
   * The fields in declaration order, then the members this client does not know.
   */
  private Object[] values = new Object[4];

  /**
   * An empty builder.
   */
  public GuestBuilder() {
  }

  /**
   * A builder holding every field of {@code guest}, to change some.
   */
  public static GuestBuilder from(Guest guest) {
    GuestBuilder builder = new GuestBuilder();
    builder.values = GuestJson.SHAPE.copy(guest);
    return builder;
  }

  public GuestBuilder name(String name) {
    values[0] = name;
    return this;
  }

  public GuestBuilder email(String email) {
    values[1] = email;
    return this;
  }

  public GuestBuilder since(Instant since) {
    values[2] = since;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public GuestBuilder unknownFields(JsonValue unknownFields) {
    values[3] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Guest} of the fields set so far.
   */
  public Guest build() {
    return new GuestJson(values.clone());
  }
}
