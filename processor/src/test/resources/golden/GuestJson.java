package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and writes {@link Guest} as JSON, the proto3 way: unset fields are left out,
 * unknown ones skipped, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class GuestJson {
  private static final Pattern NAME_PATTERN = Pattern.compile("users/[^/]+");

  private GuestJson() {
  }

  /**
   * Reads one {@link Guest} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Guest read(JsonReader reader) {
    GuestBuilder builder = new GuestBuilder();
    Map<String, JsonValue> unknown = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonToken.NULL) {
        reader.nextNull();
        continue;
      }
      switch (name) {
        case "name" -> builder.name(reader.nextString());
        case "email" -> builder.email(reader.nextString());
        case "since" -> builder.since(reader.nextTimestamp());
        default -> unknown = JsonValue.readMember(unknown, name, reader);
      }
    }
    if (unknown != null) {
      builder.unknownFields(JsonValue.object(unknown));
    }
    reader.endObject();
    return builder.build();
  }

  /**
   * Writes every set field of {@code value}, output-only ones included: to print
   * or store a resource. Requests use {@link #writeRequest}.
   */
  public static void write(JsonWriter writer, Guest value) {
    writer.beginObject();
    if (value.name() != null) {
      writer.name("name").value(value.name());
    }
    if (value.email() != null) {
      writer.name("email").value(value.email());
    }
    if (value.since() != null) {
      writer.name("since").timestamp(value.since());
    }
    if (value instanceof GuestValue read && read.unknownFields() != null) {
      read.unknownFields().writeMembers(writer);
    }
    writer.endObject();
  }

  /**
   * Writes the fields of {@code value} a request may carry: all set fields but the
   * output-only ones, which the server would ignore.
   */
  public static void writeRequest(JsonWriter writer, Guest value) {
    write(writer, value);
  }

  /**
   * Checks the declared limits of the fields of {@code value} a request sends, and of
   * the resources inside it; and that of each one-of group at most one field is set
   * (exactly one of a required group).
   *
   * @param path where {@code value} is in the request, for messages: {@code space}
   * @throws InvalidRequestException naming the first field over a limit
   */
  public static void check(Guest value, String path) {
    if (value.name() == null && value.email() == null) {
      throw new InvalidRequestException(path, "needs one of name, email (identity)");
    }
    if (value.name() != null && value.email() != null) {
      throw new InvalidRequestException(path, "needs exactly one of name, email (identity); name and email are both set");
    }
    checkPattern(value.name(), NAME_PATTERN, "users/{user}", path + ".name");
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Guest value) {
    return value instanceof GuestValue read && read.unknownFields() != null ? read.unknownFields() : JsonValue.EMPTY_OBJECT;
  }

  private static void checkPattern(String text, Pattern pattern, String shape, String path) {
    if (text != null && !pattern.matcher(text).matches()) {
      throw new InvalidRequestException(path, "must match " + shape + ", got \"" + text + '"');
    }
  }
}
