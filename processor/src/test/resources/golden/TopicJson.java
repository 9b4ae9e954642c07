package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.util.Map;

/**
 * Reads and writes {@link Topic} as JSON, the proto3 way: unset fields are left out,
 * unknown ones skipped, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class TopicJson {
  private TopicJson() {
  }

  /**
   * Reads one {@link Topic} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Topic read(JsonReader reader) {
    TopicBuilder builder = new TopicBuilder();
    Map<String, JsonValue> unknown = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonToken.NULL) {
        reader.nextNull();
        continue;
      }
      switch (name) {
        case "text" -> builder.text(reader.nextString());
        case "votes" -> builder.votes(reader.nextLong());
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
  public static void write(JsonWriter writer, Topic value) {
    writer.beginObject();
    if (value.text() != null) {
      writer.name("text").value(value.text());
    }
    if (value.votes() != null) {
      writer.name("votes").int64(value.votes());
    }
    if (value instanceof TopicValue read && read.unknownFields() != null) {
      read.unknownFields().writeMembers(writer);
    }
    writer.endObject();
  }

  /**
   * Writes the fields of {@code value} a request may carry: all set fields but the
   * output-only ones, which the server would ignore.
   */
  public static void writeRequest(JsonWriter writer, Topic value) {
    write(writer, value);
  }

  /**
   * Checks the declared limits of the fields of {@code value} a request sends, and of
   * the resources inside it.
   *
   * @param path where {@code value} is in the request, for messages: {@code space}
   * @throws InvalidRequestException naming the first field over a limit
   */
  public static void check(Topic value, String path) {
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Topic value) {
    return value instanceof TopicValue read && read.unknownFields() != null ? read.unknownFields() : JsonValue.EMPTY_OBJECT;
  }
}
