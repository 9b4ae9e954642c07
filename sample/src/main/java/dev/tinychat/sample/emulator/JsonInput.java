package dev.tinychat.sample.emulator;

import dev.tinychat.json.JsonReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request body read into plain maps and lists, then read field by field the way Google's proto3
 * JSON parser does: lowerCamelCase or snake_case names, {@code null} as unset, unknown names
 * ignored, and a value of the wrong type answered with {@code Invalid value at 'space.space_type'
 * (type), "value"}. Paths in messages are proto field paths in snake_case.
 */
final class JsonInput {
  private final Map<String, Object> fields;
  private final String path;

  private JsonInput(Map<String, Object> fields, String path) {
    this.fields = fields;
    this.path = path;
  }

  /**
   * Parses a body that must hold one JSON object; an empty body is an empty object. Syntax errors
   * surface as {@link dev.tinychat.json.JsonException}.
   *
   * @param path the proto path of the object, {@code ""} for the request itself
   */
  static JsonInput parse(byte[] body, String path, String protoType) {
    if (body.length == 0) {
      return new JsonInput(Map.of(), path);
    }
    JsonReader reader = JsonReader.of(body);
    Object value = read(reader);
    reader.endDocument();
    if (!(value instanceof Map<?, ?>)) {
      throw path.isEmpty()
          ? ApiError.invalid(
              "Invalid JSON payload received. Expected an object, but the body is "
                  + render(value)
                  + ".")
          : invalidValue(path, "type.googleapis.com/google.chat.v1." + protoType, value);
    }
    return new JsonInput(asMap(value), path);
  }

  private static Object read(JsonReader reader) {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          // Names are kept as sent: free-form values (cards) are stored and answered unchanged.
          map.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return reader.nextDouble();
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        reader.nextNull();
        return null;
      default:
        throw reader.shapeError("Expected a value but was " + reader.peek());
    }
  }

  @SuppressWarnings("unchecked") // only read() builds these maps, always with String keys
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  /** An object with no fields at the given proto path. */
  static JsonInput empty(String path) {
    return new JsonInput(Map.of(), path);
  }

  /** The proto path of this object, e.g. {@code memberships[0]}. */
  String path() {
    return path;
  }

  /** The proto path of a field of this object, e.g. {@code space.display_name}. */
  String pathOf(String name) {
    return path.isEmpty() ? snakeCase(name) : path + "." + snakeCase(name);
  }

  /** Whether the field is present and not null. */
  boolean has(String name) {
    return get(name) != null;
  }

  /** Field names (lowerCamelCase) present and not null, in document order. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    fields.forEach((name, value) -> {
      if (value != null) {
        names.add(camelCase(name));
      }
    });
    return names;
  }

  /**
   * A field by its lowerCamelCase name or, as Google's parser also takes, its proto name; the
   * value is a {@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean} or null.
   */
  Object get(String name) {
    Object value = fields.get(name);
    return value != null ? value : fields.get(snakeCase(name));
  }

  /** A free-form JSON value (a card, a Struct) as it was sent, or {@code null}. */
  Object value(String name) {
    return get(name);
  }

  /** A whole number that fits a long (proto3 int64 may be a string), or {@code null}. */
  Long longValue(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof String text) {
        return Long.parseLong(text);
      }
      if (value instanceof Double number
          && number == Math.rint(number)
          && Math.abs(number) < 9e15) {
        return number.longValue();
      }
    } catch (NumberFormatException e) {
      // answered below like any other invalid value
    }
    throw invalidValue(pathOf(name), "TYPE_INT64", value);
  }

  String string(String name) {
    Object value = get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw invalidValue(pathOf(name), "TYPE_STRING", value);
  }

  Boolean bool(String name) {
    Object value = get(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw invalidValue(pathOf(name), "TYPE_BOOL", value);
  }

  /** An enum value by name; one not in {@code names} is an invalid value, as Google answers. */
  String enumName(String name, String protoType, Set<String> names) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof String text && names.contains(text)) {
      return text;
    }
    throw invalidValue(pathOf(name), "type.googleapis.com/google.chat.v1." + protoType, value);
  }

  Instant timestamp(String name) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        // answered below like any other invalid value
      }
    }
    throw invalidValue(pathOf(name), "type.googleapis.com/google.protobuf.Timestamp", value);
  }

  /** A nested message, or {@code null} when absent. */
  JsonInput object(String name, String protoType) {
    Object value = get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?>) {
      return new JsonInput(asMap(value), pathOf(name));
    }
    throw invalidValue(pathOf(name), "type.googleapis.com/google.chat.v1." + protoType, value);
  }

  /** A repeated message field, empty when absent. */
  List<JsonInput> objects(String name, String protoType) {
    Object value = get(name);
    if (value == null) {
      return List.of();
    }
    String type = "type.googleapis.com/google.chat.v1." + protoType;
    if (!(value instanceof List<?> list)) {
      throw invalidValue(pathOf(name), type, value);
    }
    List<JsonInput> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String elementPath = pathOf(name) + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?>)) {
        throw invalidValue(elementPath, type, list.get(i));
      }
      result.add(new JsonInput(asMap(list.get(i)), elementPath));
    }
    return result;
  }

  /**
   * Rejects two members of one proto {@code oneof}, naming the second as Google's parser does.
   */
  void requireOneOf(String oneofName, String first, String second) {
    if (has(first) && has(second)) {
      List<String> order = names();
      String later = order.indexOf(first) > order.indexOf(second) ? first : second;
      throw ApiError.invalid(
          pathOf(later),
          "Invalid JSON payload received. Oneof field '"
              + oneofName
              + "' is already set. Cannot set '"
              + later
              + "'");
    }
  }

  static ApiError invalidValue(String path, String type, Object value) {
    return ApiError.invalid(
        path, "Invalid value at '" + path + "' (" + type + "), " + render(value));
  }

  /** A short JSON rendering of a bad value for a message. */
  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return quote(text);
    }
    if (value instanceof Double number) {
      double d = number;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : number.toString();
    }
    if (value instanceof Map<?, ?>) {
      return "{...}";
    }
    if (value instanceof List<?>) {
      return "[...]";
    }
    return value.toString();
  }

  /** A value in double quotes with quotes, backslashes and controls escaped, at most 200 chars. */
  static String quote(String text) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    StringBuilder out = new StringBuilder("\"");
    for (char c : shown.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** {@code display_name} -> {@code displayName}; names without underscores are unchanged. */
  static String camelCase(String name) {
    if (name.indexOf('_') < 0) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code displayName} -> {@code display_name}. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
