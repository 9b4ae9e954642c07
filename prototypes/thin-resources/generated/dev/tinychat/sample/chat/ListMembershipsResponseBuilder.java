package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.json.JsonValue;
import java.util.List;

/**
 * Builds immutable {@link ListMembershipsResponse} values: fields not set stay {@code null}.
 * Builders do not check limits: a value read from a server must always build.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class ListMembershipsResponseBuilder {
  private Object[] values = new Object[3];

  /**
   * An empty builder.
   */
  public ListMembershipsResponseBuilder() {
  }

  /**
   * A builder holding every field of {@code listMembershipsResponse}, to change some.
   */
  public static ListMembershipsResponseBuilder from(ListMembershipsResponse listMembershipsResponse) {
    ListMembershipsResponseBuilder builder = new ListMembershipsResponseBuilder();
    builder.values = ListMembershipsResponseJson.SHAPE.copy(listMembershipsResponse);
    return builder;
  }

  /**
   * Javadoc of memberships copied from the definition, about one line long.
   */
  public ListMembershipsResponseBuilder memberships(List<Membership> memberships) {
    values[0] = Shape.copy(memberships);
    return this;
  }

  /**
   * Javadoc of nextPageToken copied from the definition, about one line long.
   */
  public ListMembershipsResponseBuilder nextPageToken(String nextPageToken) {
    values[1] = nextPageToken;
    return this;
  }

  /**
   * Members of the JSON object this client does not know (a newer API revision's), as
   * read; written back after the known ones. {@code null} for none.
   */
  public ListMembershipsResponseBuilder unknownFields(JsonValue unknownFields) {
    values[2] = unknownFields;
    return this;
  }

  /**
   * An immutable {@link ListMembershipsResponse} of the fields set so far.
   */
  public ListMembershipsResponse build() {
    return new ListMembershipsResponseJson(values.clone());
  }
}
