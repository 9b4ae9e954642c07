package dev.tinychat.sample.chat;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.util.List;

/**
 * Reads and writes {@link ListMembershipsResponse} as JSON, the proto3 way: unset fields are left out,
 * unknown ones kept, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class ListMembershipsResponseJson extends Struct implements ListMembershipsResponse {
  static final Shape<ListMembershipsResponse> SHAPE = new Shape<>(new ListMembershipsResponseJson(null), "ListMembershipsResponse", 2);

  static {
    SHAPE.field("memberships", Shape.RESOURCE | Shape.LIST);
    SHAPE.field("nextPageToken", Shape.STRING);
  }

  ListMembershipsResponseJson(Object[] values) {
    super(values);
  }

  /**
   * Reads one {@link ListMembershipsResponse} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static ListMembershipsResponse read(JsonReader reader) {
    return SHAPE.readValue(reader);
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource.
   */
  public static void write(JsonWriter writer, ListMembershipsResponse value) {
    SHAPE.writeValue(writer, value, false);
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(ListMembershipsResponse value) {
    return SHAPE.unknownMembers(value);
  }

  @Override
  protected Shape<?> shape() {
    return SHAPE;
  }

  @Override
  protected Struct make(Object[] values) {
    return new ListMembershipsResponseJson(values);
  }

  @Override
  protected Object[] values(Object value) {
    return value instanceof ListMembershipsResponse listMembershipsResponse ? new Object[] {listMembershipsResponse.memberships(), listMembershipsResponse.nextPageToken(), null} : null;
  }

  @Override
  protected Shape<?> nested(int field) {
    return MembershipJson.SHAPE;
  }

  @Override
  public List<Membership> memberships() {
    return list(0);
  }

  @Override
  public String nextPageToken() {
    return (String) values[1];
  }
}
