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
  private String name;

  private String email;

  private Instant since;

  private JsonValue unknownFields;

  /**
   * An empty builder.
   */
  public GuestBuilder() {
  }

  /**
   * A builder holding every field of {@code guest}, to change some.
   */
  public static GuestBuilder from(Guest guest) {
    GuestBuilder builder = new GuestBuilder()
        .name(guest.name())
        .email(guest.email())
        .since(guest.since());
    if (guest instanceof GuestValue value) {
      builder.unknownFields = value.unknownFields();
    }
    return builder;
  }

  public GuestBuilder name(String name) {
    this.name = name;
    return this;
  }

  public GuestBuilder email(String email) {
    this.email = email;
    return this;
  }

  public GuestBuilder since(Instant since) {
    this.since = since;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public GuestBuilder unknownFields(JsonValue unknownFields) {
    this.unknownFields = unknownFields;
    return this;
  }

  /**
   * An immutable {@link Guest} of the fields set so far.
   */
  public Guest build() {
    return new GuestValue(name, email, since, unknownFields);
  }
}
