package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link Room} as JSON, the proto3 way: unset fields are left out,
 * unknown ones skipped, enum values this client does not know kept as sent.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomJson {
  private RoomJson() {
  }

  /**
   * Reads one {@link Room} object; {@code null} leaves a field unset, members this client
   * does not know are kept ({@link #unknownFields}).
   */
  public static Room read(JsonReader reader) {
    RoomBuilder builder = new RoomBuilder();
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
        case "displayName" -> builder.displayName(reader.nextString());
        case "kind" -> {
          String text = reader.nextString();
          builder.kind(parseKind(text), text);
        }
        case "archived" -> builder.archived(reader.nextBoolean());
        case "topic" -> builder.topic(TopicJson.read(reader));
        case "guests" -> {
          List<Guest> list = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext()) {
            list.add(GuestJson.read(reader));
          }
          reader.endArray();
          builder.guests(list);
        }
        case "expireTime" -> builder.expireTime(reader.nextTimestamp());
        case "ttlSeconds" -> builder.ttlSeconds(reader.nextLong());
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
  public static void write(JsonWriter writer, Room value) {
    writer.beginObject();
    if (value.name() != null) {
      writer.name("name").value(value.name());
    }
    if (value.displayName() != null) {
      writer.name("displayName").value(value.displayName());
    }
    if (value.kind() != null) {
      writer.name("kind").value(kindText(value));
    }
    if (value.archived() != null) {
      writer.name("archived").value(value.archived());
    }
    if (value.topic() != null) {
      TopicJson.write(writer.name("topic"), value.topic());
    }
    if (value.guests() != null) {
      writer.name("guests").beginArray();
      for (Guest element : value.guests()) {
        GuestJson.write(writer, element);
      }
      writer.endArray();
    }
    if (value.expireTime() != null) {
      writer.name("expireTime").timestamp(value.expireTime());
    }
    if (value.ttlSeconds() != null) {
      writer.name("ttlSeconds").int64(value.ttlSeconds());
    }
    if (value instanceof RoomValue read && read.unknownFields() != null) {
      read.unknownFields().writeMembers(writer);
    }
    writer.endObject();
  }

  /**
   * Writes the fields of {@code value} a request may carry: all set fields but the
   * output-only ones, which the server would ignore.
   */
  public static void writeRequest(JsonWriter writer, Room value) {
    writer.beginObject();
    if (value.displayName() != null) {
      writer.name("displayName").value(value.displayName());
    }
    if (value.kind() != null) {
      writer.name("kind").value(kindText(value));
    }
    if (value.archived() != null) {
      writer.name("archived").value(value.archived());
    }
    if (value.topic() != null) {
      TopicJson.writeRequest(writer.name("topic"), value.topic());
    }
    if (value.guests() != null) {
      writer.name("guests").beginArray();
      for (Guest element : value.guests()) {
        GuestJson.writeRequest(writer, element);
      }
      writer.endArray();
    }
    if (value.expireTime() != null) {
      writer.name("expireTime").timestamp(value.expireTime());
    }
    if (value.ttlSeconds() != null) {
      writer.name("ttlSeconds").int64(value.ttlSeconds());
    }
    if (value instanceof RoomValue read && read.unknownFields() != null) {
      read.unknownFields().writeMembers(writer);
    }
    writer.endObject();
  }

  /**
   * Checks the declared limits of the fields of {@code value} a request sends, and of
   * the resources inside it; and that of each one-of group at most one field is set
   * (exactly one of a required group).
   *
   * @param path where {@code value} is in the request, for messages: {@code space}
   * @throws InvalidRequestException naming the first field over a limit
   */
  public static void check(Room value, String path) {
    if (value.expireTime() != null && value.ttlSeconds() != null) {
      throw new InvalidRequestException(path + ".ttlSeconds", "one of expiration, and " + path + ".expireTime is set too; set only one");
    }
    checkLength(value.displayName(), 10, path + ".displayName");
    if (value.kind() == Room.Kind.UNRECOGNIZED && !(value instanceof RoomValue known && known.kindText() != null)) {
      throw new InvalidRequestException(path + ".kind", "UNRECOGNIZED stands for a value this client does not know; it can only be sent back as read, choose one of KIND_UNSPECIFIED, OPEN, CLOSED");
    }
    if (value.guests() != null) {
      for (int i = 0; i < value.guests().size(); i++) {
        GuestJson.check(value.guests().get(i), path + ".guests[" + i + ']');
      }
    }
  }

  /**
   * The members of {@code value} this client does not know, as read (an object; empty
   * when none, or when {@code value} was not read); {@code write} sends them back.
   */
  public static JsonValue unknownFields(Room value) {
    return value instanceof RoomValue read && read.unknownFields() != null ? read.unknownFields() : JsonValue.EMPTY_OBJECT;
  }

  /**
   * The wire text of {@code kind}: as it was read when this client does not know it.
   */
  private static String kindText(Room value) {
    if (value instanceof RoomValue known && known.kindText() != null) {
      return known.kindText();
    }
    return value.kind().name();
  }

  private static Room.Kind parseKind(String text) {
    return switch (text) {
      case "KIND_UNSPECIFIED" -> Room.Kind.KIND_UNSPECIFIED;
      case "OPEN" -> Room.Kind.OPEN;
      case "CLOSED" -> Room.Kind.CLOSED;
      default -> Room.Kind.UNRECOGNIZED;
    };
  }

  private static void checkLength(String text, int max, String path) {
    if (text == null) {
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      throw new InvalidRequestException(path, "at most " + max + " characters, got " + length);
    }
  }
}
