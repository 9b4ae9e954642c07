package dev.tinychat.internal;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Not API (prototype). The fields of one resource, declared by its generated class ({@code
 * SpaceJson}, a {@link Struct}) in its static initializer, and the one codec and checker of every
 * resource: proto3 JSON read and written, value limits and one-of groups checked, equality, hash
 * code and text of the values. Per-resource code (make a value, read a foreign implementation's
 * accessors, the shapes of nested resources) is reached through a prototype value.
 *
 * <p>A value is an {@code Object[]} with one slot per field in declaration order and one more for
 * the members this client does not know ({@link Struct}). An enum field whose wire text this
 * client does not know holds that text (a {@code String}) instead of the constant: its accessor
 * answers the {@code @Unrecognized} constant, and the text is written back unchanged.
 *
 * @param <T> the resource interface
 */
public final class Shape<T> {
  public static final int STRING = 0;
  public static final int BOOLEAN = 1;
  public static final int INTEGER = 2;
  public static final int LONG = 3;
  public static final int DOUBLE = 4;
  public static final int INSTANT = 5;
  public static final int JSON = 6;
  public static final int ENUM = 7;
  public static final int RESOURCE = 8;
  /** A flag of the kind: a list of the kind's values. */
  public static final int LIST = 16;
  /** A flag of the kind: output only (neither checked nor sent in requests). */
  public static final int OUTPUT = 32;
  /** A flag of the kind: input only (skipped when read). */
  public static final int INPUT = 64;

  private static final int KIND = 15;

  private final Struct prototype;
  private final String type;
  private final Map<String, Integer> index = new HashMap<>();
  // per field, side by side (the runtime has a byte budget): a field is its index
  private final String[] names;
  private final String[] jsonNames;
  private final int[] kinds;
  private final int[] maxLengths;
  private final Pattern[] patterns;
  private final String[] shapes;
  private final String[] groups;
  private final boolean[] required;
  private final Enum<?>[] unrecognized;
  private final Enum<?>[][] constants;
  private final Shape<?>[] nested;
  private int size;

  /**
   * @param prototype a value of the resource, whose hooks this shape calls
   * @param type the resource's name for {@code toString}: {@code Space}
   * @param fields how many fields it has
   */
  public Shape(Struct prototype, String type, int fields) {
    this.prototype = prototype;
    this.type = type;
    names = new String[fields];
    jsonNames = new String[fields];
    kinds = new int[fields];
    maxLengths = new int[fields];
    patterns = new Pattern[fields];
    shapes = new String[fields];
    groups = new String[fields];
    required = new boolean[fields];
    unrecognized = new Enum<?>[fields];
    constants = new Enum<?>[fields][];
    nested = new Shape<?>[fields];
  }

  /** Declares the next field: its name (also its JSON name) and kind with flags. */
  public final void field(String name, int kind) {
    names[size] = name;
    jsonNames[size] = name;
    kinds[size] = kind;
    index.put(name, size);
    size++;
  }

  /**
   * Declares the next field, an enum: {@code unrecognized} stands for the values this client does
   * not know, {@code constants} are all of them ({@code values()}).
   */
  public final void field(String name, int kind, Enum<?> unrecognized, Enum<?>[] constants) {
    this.unrecognized[size] = unrecognized;
    this.constants[size] = constants;
    field(name, kind);
  }

  /** The last field's name on the wire, when it differs from its Java name. */
  public final void jsonName(String name) {
    index.remove(names[size - 1]);
    jsonNames[size - 1] = name;
    index.put(name, size - 1);
  }

  /** The last field's most characters (code points). */
  public final void maxLength(int max) {
    maxLengths[size - 1] = max;
  }

  /** The pattern the last field must match, as a regular expression and as written. */
  public final void pattern(String regex, String shape) {
    patterns[size - 1] = Pattern.compile(regex);
    shapes[size - 1] = shape;
  }

  /** The one-of group of the last field; {@code required}: a sent resource needs one. */
  public final void oneOf(String group, boolean required) {
    groups[size - 1] = group;
    this.required[size - 1] = required;
  }




  private Shape<?> shape(int field) {
    Shape<?> shape = nested[field];
    if (shape == null) {
      nested[field] = shape = prototype.nested(field);
    }
    return shape;
  }

  /** The slots of {@code value}, or {@code null} when it is not a {@code T}. */
  final Object[] slots(Object value) {
    return value instanceof Struct struct && struct.shape() == this ? struct.values : prototype.values(value);
  }

  /** A copy of the slots of {@code value}, for a builder; lists as unmodifiable copies. */
  public final Object[] copy(T value) {
    if (value instanceof Struct struct && struct.shape() == this) {
      return struct.values.clone();
    }
    Object[] values = prototype.values(value);
    for (int i = 0; i < size; i++) {
      if (values[i] != null && (kinds[i] & LIST) != 0) {
        values[i] = List.copyOf((List<?>) values[i]);
      }
    }
    return values;
  }

  /** An unmodifiable copy of a list set on a builder, or {@code null}. */
  public static <E> List<E> copy(List<E> list) {
    return list == null ? null : List.copyOf(list);
  }

  /** An empty array of slots, for a builder. */
  public final Object[] slots() {
    return new Object[size + 1];
  }

  /** The members of {@code value} this client does not know, as read; an empty object if none. */
  public final JsonValue unknownMembers(T value) {
    Object[] values = slots(value);
    return values[size] == null ? JsonValue.EMPTY_OBJECT : (JsonValue) values[size];
  }

  // ---- read ----

  /** Reads one object; {@code null} members leave a field unset, unknown ones are kept. */
  public final T readValue(JsonReader reader) {
    Object[] values = new Object[size + 1];
    Map<String, JsonValue> unknown = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonToken.NULL) {
        reader.nextNull();
        continue;
      }
      Integer field = index.get(name);
      if (field == null) {
        unknown = JsonValue.readMember(unknown, name, reader);
      } else if ((kinds[field] & INPUT) != 0) {
        reader.skipValue();
      } else if ((kinds[field] & LIST) != 0) {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readOne(field, reader, false));
        }
        reader.endArray();
        values[field] = List.copyOf(list);
      } else {
        values[field] = readOne(field, reader, true);
      }
    }
    if (unknown != null) {
      values[size] = JsonValue.object(unknown);
    }
    reader.endObject();
    @SuppressWarnings("unchecked") T made = (T) prototype.make(values);
    return made;
  }

  private Object readOne(int field, JsonReader reader, boolean keepText) {
    switch (kinds[field] & KIND) {
      case STRING:
        return reader.nextString();
      case BOOLEAN:
        return reader.nextBoolean();
      case INTEGER:
        return reader.nextInt();
      case LONG:
        return reader.nextLong();
      case DOUBLE:
        return reader.nextDouble();
      case INSTANT:
        return reader.nextTimestamp();
      case JSON:
        return JsonValue.read(reader);
      case ENUM:
        String text = reader.nextString();
        for (Enum<?> constant : constants[field]) {
          if (constant != unrecognized[field] && constant.name().equals(text)) {
            return constant;
          }
        }
        return keepText ? text : unrecognized[field];
      default:
        return shape(field).readValue(reader);
    }
  }

  // ---- write ----

  /**
   * Writes the set fields of {@code value} and the members it keeps unknown; with {@code request},
   * not the output-only ones (nor those of the resources inside).
   */
  public final void writeValue(JsonWriter writer, T value, boolean request) {
    writeAny(writer, value, request);
  }

  private void writeAny(JsonWriter writer, Object value, boolean request) {
    Object[] values = slots(value);
    writer.beginObject();
    for (int i = 0; i < size; i++) {
      Object field = values[i];
      if (field == null || request && (kinds[i] & OUTPUT) != 0) {
        continue;
      }
      writer.name(jsonNames[i]);
      if ((kinds[i] & LIST) != 0) {
        writer.beginArray();
        for (Object element : (List<?>) field) {
          writeOne(writer, i, element, request);
        }
        writer.endArray();
      } else {
        writeOne(writer, i, field, request);
      }
    }
    if (values[size] != null) {
      ((JsonValue) values[size]).writeMembers(writer);
    }
    writer.endObject();
  }

  private void writeOne(JsonWriter writer, int field, Object value, boolean request) {
    switch (kinds[field] & KIND) {
      case STRING:
        writer.value((String) value);
        break;
      case BOOLEAN:
        writer.value((boolean) (Boolean) value);
        break;
      case INTEGER:
        writer.value((long) (Integer) value);
        break;
      case LONG:
        writer.int64((Long) value);
        break;
      case DOUBLE:
        writer.value((double) (Double) value);
        break;
      case INSTANT:
        writer.timestamp((Instant) value);
        break;
      case JSON:
        ((JsonValue) value).write(writer);
        break;
      case ENUM:
        writer.value(value instanceof String text ? text : ((Enum<?>) value).name());
        break;
      default:
        shape(field).writeAny(writer, value, request);
    }
  }

  // ---- check ----

  /**
   * Checks the declared limits of the fields of {@code value} a request sends, and of the
   * resources inside it; and that of each one-of group at most one field is set (exactly one of
   * a required group).
   *
   * @param path where {@code value} is in the request, for messages: {@code space}
   * @throws InvalidRequestException naming the first field over a limit
   */
  public final void checkValue(T value, String path) {
    checkAny(value, path);
  }

  private void checkAny(Object value, String path) {
    Object[] values = slots(value);
    for (int first = 0; first < size; first++) {
      if (groups[first] != null && group(first) == first) {
        checkGroup(values, first, path);
      }
    }
    for (int i = 0; i < size; i++) {
      Object field = values[i];
      int kind = kinds[i];
      if (field == null || (kind & OUTPUT) != 0) {
        continue;
      }
      String at = path + "." + names[i];
      if (maxLengths[i] > 0) {
        String text = (String) field;
        int length = text.codePointCount(0, text.length());
        if (length > maxLengths[i]) {
          throw new InvalidRequestException(at, "at most " + maxLengths[i] + " characters, got " + length);
        }
      }
      if (patterns[i] != null && !patterns[i].matcher((String) field).matches()) {
        throw new InvalidRequestException(at, "must match " + shapes[i] + ", got \"" + field + '"');
      }
      if ((kind & (KIND | LIST)) == ENUM && field == unrecognized[i]) {
        StringJoiner known = new StringJoiner(", ");
        for (Enum<?> constant : constants[i]) {
          if (constant != field) {
            known.add(constant.name());
          }
        }
        throw new InvalidRequestException(at, field + " stands for a value this client does not know; it can"
            + " only be sent back as read, choose one of " + known);
      }
      if ((kind & KIND) == RESOURCE) {
        if ((kind & LIST) != 0) {
          List<?> list = (List<?>) field;
          for (int e = 0; e < list.size(); e++) {
            if (list.get(e) == null) {
              throw new InvalidRequestException(at + "[" + e + "]", "must not be null");
            }
            shape(i).checkAny(list.get(e), at + "[" + e + "]");
          }
        } else {
          shape(i).checkAny(field, at);
        }
      }
    }
  }

  /** The first field of the group of {@code field}. */
  private int group(int field) {
    int first = 0;
    while (!groups[field].equals(groups[first])) {
      first++;
    }
    return first;
  }

  /** Refuses two set fields of a group (pair by pair, in field order), and none of a required one. */
  private void checkGroup(Object[] values, int first, String path) {
    String group = groups[first];
    StringJoiner names = new StringJoiner(", ");
    boolean none = true;
    for (int i = first; i < size; i++) {
      if (group.equals(groups[i])) {
        names.add(this.names[i]);
        none &= values[i] == null;
      }
    }
    if (required[first] && none) {
      throw new InvalidRequestException(path, "needs one of " + names + " (" + group + ")");
    }
    for (int j = first + 1; j < size; j++) {
      for (int i = first; i < j && group.equals(groups[j]); i++) {
        if (group.equals(groups[i]) && values[i] != null && values[j] != null) {
          throw required[first]
              ? new InvalidRequestException(path, "needs exactly one of " + names + " (" + group + "); "
                  + this.names[i] + " and " + this.names[j] + " are both set")
              : new InvalidRequestException(path + "." + this.names[j], "one of " + group + ", and " + path
                  + "." + this.names[i] + " is set too; set only one");
        }
      }
    }
  }

  // ---- values ----

  /** The value of slot {@code field} as its accessor answers it: an enum's text as its constant. */
  final Object get(Object[] values, int field) {
    Object value = values[field];
    return value instanceof String && (kinds[field] & (KIND | LIST)) == ENUM ? unrecognized[field] : value;
  }

  final boolean equal(Object[] values, Object other) {
    Object[] those = slots(other);
    if (those == null) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!Objects.equals(get(values, i), get(those, i))) {
        return false;
      }
    }
    return true;
  }

  final int hash(Object[] values) {
    int hash = 1;
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + Objects.hashCode(get(values, i));
    }
    return hash;
  }

  final String text(Object[] values) {
    StringJoiner text = new StringJoiner(", ", type + "{", "}");
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        text.add(names[i] + "=" + get(values, i));
      }
    }
    return text.toString();
  }
}
