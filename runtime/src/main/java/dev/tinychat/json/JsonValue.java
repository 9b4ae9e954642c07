package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A free-form JSON value, immutable: what protobuf's {@code Struct}, {@code Value} and {@code
 * ListValue} hold (cards, maps of string to value), and a resource's unknown fields. Read and
 * written without loss: a number keeps its JSON text ({@code 1.50e3} stays so), an object its
 * members' order. {@link #toString()} is compact JSON.
 *
 * <pre>{@code
 * JsonValue card = JsonValue.object()
 *     .with("header", JsonValue.object().with("title", JsonValue.of("Build 42")))
 *     .with("sections", JsonValue.parse("[{\"widgets\":[]}]"));
 * }</pre>
 *
 * <p>{@link #kind()} tells the six kinds apart: {@code NULL}, {@code BOOLEAN}, {@code NUMBER},
 * {@code STRING}, {@code BEGIN_ARRAY} (an array) and {@code BEGIN_OBJECT} (an object); an
 * accessor of another kind is an {@link IllegalStateException}. (One class rather than six keeps
 * the runtime small.) Equality is by content: numbers by their text ({@code 1} and {@code 1.0}
 * differ), objects by their members in any order. Nesting is limited to {@link #MAX_DEPTH}
 * levels of arrays and objects, like the reader's default, when built and when read. A string or
 * name with a lone surrogate, or number text that is not JSON, is refused when built, so every
 * value can be written.
 *
 * <p>Generated codecs keep a resource's unknown fields as an object: {@code read} passes each
 * member it does not know to {@link #readMember} and stores {@code JsonValue.object(unknown)};
 * {@code write} ends the resource's members with {@link #writeMembers}, so a read-modify-write
 * sends back what a newer API revision added:
 *
 * <pre>{@code
 * Map<String, JsonValue> unknown = null;                   // allocated at the first one
 * ...   default: unknown = JsonValue.readMember(unknown, name, json);
 * builder.unknownFields(JsonValue.object(unknown));       // EMPTY_OBJECT when none
 * ...
 * json.beginObject().name("displayName").value(space.displayName());
 * space.unknownFields().writeMembers(json);
 * json.endObject();
 * }</pre>
 */
public final class JsonValue {
  /** The most nested arrays and objects a value may hold. */
  public static final int MAX_DEPTH = JsonReader.DEFAULT_MAX_DEPTH;
  /** JSON {@code null}. */
  public static final JsonValue NULL = new JsonValue(JsonToken.NULL, null, 0);
  /** The object without members. */
  public static final JsonValue EMPTY_OBJECT = new JsonValue(JsonToken.BEGIN_OBJECT, Map.of(), 1);

  private final JsonToken kind;
  /** Boolean, the text of a NUMBER or STRING, an unmodifiable List or Map, or null. */
  private final Object value;
  private final int depth;

  private JsonValue(JsonToken kind, Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("Nesting too deep: more than " + MAX_DEPTH + " levels");
    }
    this.kind = kind;
    this.value = value;
    this.depth = depth;
  }

  /** {@code true} or {@code false}. */
  public static JsonValue of(boolean value) {
    return new JsonValue(JsonToken.BOOLEAN, value, 0);
  }

  /** A whole number. */
  public static JsonValue of(long value) {
    return number(Long.toString(value));
  }

  /** A finite number ({@link Double#toString}); NaN or an infinity is an IllegalArgumentException. */
  public static JsonValue of(double value) {
    return number(Double.toString(value));
  }

  /** A string, or {@link #NULL} when {@code value} is null. */
  public static JsonValue of(String value) {
    return value == null ? NULL : new JsonValue(JsonToken.STRING, text(value), 0);
  }

  /** A number written as {@code text}, kept as is (e.g. {@code 12345678901234567890.50}). */
  public static JsonValue number(String text) {
    return new JsonValue(JsonToken.NUMBER, JsonReader.number(text), 0);
  }

  /** An array of {@code values} ({@code null} elements are {@link #NULL}). */
  public static JsonValue array(JsonValue... values) {
    return array(Arrays.asList(values));
  }

  /** An array of {@code values} ({@code null} elements are {@link #NULL}). */
  public static JsonValue array(List<JsonValue> values) {
    List<JsonValue> copy = new ArrayList<>(values.size());
    int deepest = 0;
    for (JsonValue v : values) {
      copy.add(v == null ? NULL : v);
      deepest = Math.max(deepest, v == null ? 0 : v.depth);
    }
    return new JsonValue(JsonToken.BEGIN_ARRAY, Collections.unmodifiableList(copy), deepest + 1);
  }

  /**
   * An object of {@code members}, in their order ({@code null} values are {@link #NULL}); {@link
   * #EMPTY_OBJECT} when there are none ({@code members} empty or {@code null}).
   */
  public static JsonValue object(Map<String, JsonValue> members) {
    if (members == null || members.isEmpty()) {
      return EMPTY_OBJECT;
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>();
    int deepest = 0;
    for (Map.Entry<String, JsonValue> m : members.entrySet()) {
      JsonValue v = m.getValue();
      copy.put(text(Objects.requireNonNull(m.getKey(), "name")), v == null ? NULL : v);
      deepest = Math.max(deepest, v == null ? 0 : v.depth);
    }
    return new JsonValue(JsonToken.BEGIN_OBJECT, Collections.unmodifiableMap(copy), deepest + 1);
  }

  /** The object without members, to add to with {@link #with}. */
  public static JsonValue object() {
    return EMPTY_OBJECT;
  }

  /**
   * A copy of this object with member {@code name} set to {@code value}: a new name goes last, a
   * name already there keeps its place.
   */
  public JsonValue with(String name, JsonValue value) {
    Map<String, JsonValue> members = new LinkedHashMap<>(asMap());
    members.put(name, value);
    return object(members);
  }

  /** The value of a complete JSON document; a {@link JsonException} says what is wrong and where. */
  public static JsonValue parse(String json) {
    JsonReader reader = JsonReader.of(json);
    JsonValue value = read(reader);
    reader.endDocument();
    return value;
  }

  /**
   * Reads the next value of any shape. A name that repeats within an object, or nesting deeper
   * than {@link #MAX_DEPTH}, is a SHAPE {@link JsonException}.
   */
  public static JsonValue read(JsonReader json) {
    return read(json, 0);
  }

  /**
   * Reads the next value of {@code json} into {@code members} (a new ordered map when {@code
   * null}) as member {@code name}, and returns the map; a name already there is a SHAPE {@link
   * JsonException} (a duplicate would be lost).
   */
  public static Map<String, JsonValue> readMember(
      Map<String, JsonValue> members, String name, JsonReader json) {
    return readMember(members, name, json, 0);
  }

  private static Map<String, JsonValue> readMember(
      Map<String, JsonValue> members, String name, JsonReader json, int depth) {
    if (members == null) {
      members = new LinkedHashMap<>();
    } else if (members.containsKey(name)) {
      throw json.shapeError("Duplicate name \"" + name + "\"");
    }
    members.put(name, read(json, depth));
    return members;
  }

  private static JsonValue read(JsonReader json, int depth) {
    JsonToken token = json.peek();
    if (depth == MAX_DEPTH
        && (token == JsonToken.BEGIN_ARRAY || token == JsonToken.BEGIN_OBJECT)) {
      throw json.shapeError("Nesting too deep for a JsonValue: more than " + MAX_DEPTH + " levels");
    }
    // if, not a switch: a switch over an enum costs a synthetic class
    if (token == JsonToken.BEGIN_ARRAY) {
      List<JsonValue> values = new ArrayList<>();
      json.beginArray();
      while (json.hasNext()) {
        values.add(read(json, depth + 1));
      }
      json.endArray();
      return array(values);
    } else if (token == JsonToken.BEGIN_OBJECT) {
      Map<String, JsonValue> members = null;
      json.beginObject();
      while (json.hasNext()) {
        members = readMember(members, json.nextName(), json, depth + 1);
      }
      json.endObject();
      return object(members);
    } else if (token == JsonToken.STRING) {
      return new JsonValue(token, json.nextString(), 0);
    } else if (token == JsonToken.NUMBER) {
      return new JsonValue(token, json.nextNumber(), 0);
    } else if (token == JsonToken.BOOLEAN) {
      return of(json.nextBoolean());
    } else if (token == JsonToken.NULL) {
      json.nextNull();
      return NULL;
    }
    throw json.shapeError("Expected a value but was " + token);
  }

  /** Writes this value as the next value of {@code json}. */
  public void write(JsonWriter json) {
    if (kind == JsonToken.BEGIN_ARRAY) {
      json.beginArray();
      for (JsonValue v : asList()) {
        v.write(json);
      }
      json.endArray();
    } else if (kind == JsonToken.BEGIN_OBJECT) {
      json.beginObject();
      writeMembers(json);
      json.endObject();
    } else if (kind == JsonToken.STRING) {
      json.value((String) value);
    } else if (kind == JsonToken.NUMBER) {
      json.number((String) value);
    } else if (kind == JsonToken.BOOLEAN) {
      json.value((boolean) value);
    } else {
      json.nullValue();
    }
  }

  /** Writes the members of this object (names and values) into the object {@code json} has open. */
  public void writeMembers(JsonWriter json) {
    for (Map.Entry<String, JsonValue> m : asMap().entrySet()) {
      m.getValue().write(json.name(m.getKey()));
    }
  }

  /**
   * What this value is: {@code NULL}, {@code BOOLEAN}, {@code NUMBER}, {@code STRING}, {@code
   * BEGIN_ARRAY} for an array, {@code BEGIN_OBJECT} for an object.
   */
  public JsonToken kind() {
    return kind;
  }

  /** The boolean. */
  public boolean asBoolean() {
    return (boolean) as(JsonToken.BOOLEAN);
  }

  /** The exact number ({@link #toString()} is its text as written). */
  public BigDecimal asNumber() {
    return new BigDecimal((String) as(JsonToken.NUMBER));
  }

  /** The string. */
  public String asString() {
    return (String) as(JsonToken.STRING);
  }

  /** The elements of this array, unmodifiable. */
  @SuppressWarnings("unchecked") // value is what kind says
  public List<JsonValue> asList() {
    return (List<JsonValue>) as(JsonToken.BEGIN_ARRAY);
  }

  /** The members of this object in order, unmodifiable. */
  @SuppressWarnings("unchecked") // value is what kind says
  public Map<String, JsonValue> asMap() {
    return (Map<String, JsonValue>) as(JsonToken.BEGIN_OBJECT);
  }

  /** Member {@code name} of this object, or {@code null} when it has none. */
  public JsonValue get(String name) {
    return asMap().get(name);
  }

  private Object as(JsonToken expected) {
    if (kind != expected) {
      throw new IllegalStateException("Expected " + expected + " but the value is " + kind);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonValue && kind == ((JsonValue) o).kind
        && Objects.equals(value, ((JsonValue) o).value);
  }

  @Override
  public int hashCode() {
    return kind.ordinal() * 31 + Objects.hashCode(value);
  }

  /** Compact JSON. */
  @Override
  public String toString() {
    JsonWriter json = JsonWriter.create();
    write(json);
    return new String(json.toByteArray(), UTF_8);
  }

  /** {@code s}, if it holds no lone surrogate; else an IllegalArgumentException. */
  private static String text(String s) {
    int i = JsonReader.loneSurrogate(s);
    if (i >= 0) {
      throw new IllegalArgumentException("Lone surrogate at index " + i + " of a string");
    }
    return s;
  }
}
