package dev.tinychat.auth;

import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The members of one JSON object, read from a key file, a client file or a token endpoint's
 * answer: objects, strings and numbers are kept, other values skipped. Errors name the source
 * ({@code where}) and the field, never a value.
 */
final class JsonFields {
  private final Map<String, Object> members = new LinkedHashMap<>();
  private final String where;
  private final String prefix;

  private JsonFields(String where, String prefix) {
    this.where = where;
    this.prefix = prefix;
  }

  /** The object in a file. */
  static JsonFields read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CredentialsException(file + " does not exist");
    } catch (IOException e) {
      throw new CredentialsException("Could not read " + file + ": " + e, null, e);
    }
    return parse(bytes, file.toString());
  }

  /** The object in a JSON document. */
  static JsonFields parse(byte[] json, String where) {
    try {
      JsonReader reader = JsonReader.of(json);
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        throw new CredentialsException(where + " is not a JSON object");
      }
      JsonFields fields = object(reader, where, "");
      reader.endDocument();
      return fields;
    } catch (JsonException e) {
      // The reader's own message may quote the input, which may be a secret: position only.
      throw new CredentialsException(
          where + " is not valid JSON (" + e.kind().name().toLowerCase(Locale.ROOT) + " error at line "
              + e.line() + " column " + e.column() + " path " + e.path() + ")");
    }
  }

  private static JsonFields object(JsonReader reader, String where, String prefix) {
    JsonFields fields = new JsonFields(where, prefix);
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      JsonToken next = reader.peek();
      Object value = null;
      if (next == JsonToken.BEGIN_OBJECT) {
        value = object(reader, where, prefix + name + ".");
      } else if (next == JsonToken.STRING) {
        value = reader.nextString();
      } else if (next == JsonToken.NUMBER) {
        value = reader.nextDouble();
      } else {
        reader.skipValue();
      }
      fields.members.put(name, value);
    }
    reader.endObject();
    return fields;
  }

  /** A string that must be there and not be empty. */
  String string(String name) {
    String value = optString(name);
    if (value == null || value.isEmpty()) {
      throw new CredentialsException(where + ": missing field \"" + prefix + name + "\"");
    }
    return value;
  }

  /** A string, or {@code null} when absent. */
  String optString(String name) {
    Object value = members.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw wrongType(name, "a string");
  }

  /** A whole number, or {@code null} when absent. */
  Long optLong(String name) {
    Object value = members.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      return ((Double) value).longValue();
    }
    throw wrongType(name, "a number");
  }

  /** A nested object, or {@code null} when absent. */
  JsonFields object(String name) {
    Object value = members.get(name);
    if (value == null || value instanceof JsonFields) {
      return (JsonFields) value;
    }
    throw wrongType(name, "an object");
  }

  boolean isObject(String name) {
    return members.get(name) instanceof JsonFields;
  }

  Set<String> names() {
    return members.keySet();
  }

  private CredentialsException wrongType(String name, String expected) {
    return new CredentialsException(
        where + ": field \"" + prefix + name + "\" must be " + expected);
  }
}
