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
 * Not API. The fields of one resource, declared in the static initializer of its generated value
 * class ({@code SpaceJson}, a {@link Struct}), and the one codec and checker of every resource:
 * proto3 JSON read and written, value limits and one-of groups checked, equality, hash code and
 * text of the values. {@link RequestRules} looks into values through it.
 *
 * <p>A value is an {@code Object[]}: a slot per field in declaration order, and one for the
 * members this client does not know. An enum field whose wire text this client does not know
 * holds that text instead of a constant: its accessor answers the {@code @Unrecognized} constant,
 * and the text is written back unchanged.
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
  /** A flag of a kind: a list of such values. */
  public static final int LIST = 16;
  /** A flag of a kind: output only (neither checked nor sent in requests). */
  public static final int OUTPUT = 32;
  /** A flag of a kind: input only (skipped when read). */
  public static final int INPUT = 64;
  private static final int KIND = 15;
  private static final int REQUIRED_GROUP = 128;

  final Struct prototype;
  private final String type;
  private final Map<String, Integer> index = new HashMap<>();
  // per field, side by side rather than a class (the runtime has a byte budget): a field is its index
  final String[] names;
  private final String[] jsonNames;
  final int[] kinds;
  private final int[] maxLengths;
  private final Pattern[] patterns;
  private final String[] shapes;
  private final String[] groups;
  private final Enum<?>[] unrecognized;
  private final Enum<?>[][] constants;
  private int last = -1;

  /**
   * @param prototype a value of the resource, whose hooks this shape calls
   * @param type the resource's name in {@code toString}: {@code Space}
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
    unrecognized = new Enum<?>[fields];
    constants = new Enum<?>[fields][];
  }

  /** Declares the next field: its name (also its JSON name), and its kind with flags. */
  public void field(String name, int kind) {
    last++;
    names[last] = name;
    jsonNames[last] = name;
    kinds[last] = kind;
    index.put(name, last);
  }

  /**
   * Declares the next field, an enum (or a list of them): {@code unrecognized} stands for the
   * values this client does not know, {@code constants} are all of them.
   */
  public void field(String name, int kind, Enum<?> unrecognized, Enum<?>[] constants) {
    field(name, kind);
    this.unrecognized[last] = unrecognized;
    this.constants[last] = constants;
  }

  /** The last field's name on the wire, when it is not its Java name. */
  public void jsonName(String name) {
    index.remove(names[last]);
    jsonNames[last] = name;
    index.put(name, last);
  }

  /** The most characters (code points) of the last field. */
  public void maxLength(int max) {
    maxLengths[last] = max;
  }

  /** The pattern the last field matches, as a regular expression and as written. */
  public void pattern(String regex, String shape) {
    patterns[last] = Pattern.compile(regex);
    shapes[last] = shape;
  }

  /** The one-of group of the last field; {@code required}: a sent resource sets one of it. */
  public void oneOf(String group, boolean required) {
    groups[last] = group;
    kinds[last] |= required ? REQUIRED_GROUP : 0;
  }

  /**
   * The shape of the resource in field {@code field}, asked of the generated class each time:
   * resources may refer to each other in any class initialization order, and reading its constant
   * initializes that class in the thread that needs it.
   */
  Shape<?> nested(int field) {
    return prototype.nested(field);
  }

  /** The slots of {@code value}: its own, or read with its accessors; {@code null}: not a {@code T}. */
  Object[] slots(Object value) {
    return value instanceof Struct struct && struct.shape == this ? struct.values : prototype.valuesOf(value);
  }

  /** The value of slot {@code field} as its accessor answers it: an enum's text as its constant. */
  Object get(Object[] values, int field) {
    Object value = values[field];
    return value instanceof String && (kinds[field] & (KIND | LIST)) == ENUM ? unrecognized[field] : value;
  }

  /** The slots of {@code value}, for a builder to change: lists copied when not read here. */
  public Object[] copy(T value) {
    if (value instanceof Struct struct && struct.shape == this) {
      return struct.values.clone();
    }
    Object[] values = prototype.valuesOf(value);
    for (int i = 0; i < names.length; i++) {
      if ((kinds[i] & LIST) != 0) {
        values[i] = copyOf((List<?>) values[i], names[i]);
      }
    }
    return values;
  }

  /**
   * An unmodifiable copy of {@code list}, or {@code null}.
   *
   * @throws InvalidRequestException for a {@code null} element, naming it ({@code field[i]})
   */
  public static <E> List<E> copyOf(List<E> list, String field) {
    if (list == null) {
      return null;
    }
    Object[] elements = list.toArray();
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new InvalidRequestException(field + "[" + i + "]", "must not be null");
      }
    }
    return List.copyOf(list);
  }

  /** The members of {@code value} this client does not know, as read; an empty object if none. */
  public JsonValue unknownFields(T value) {
    Object unknown = slots(value)[names.length];
    return unknown == null ? JsonValue.EMPTY_OBJECT : (JsonValue) unknown;
  }

  // ---- read ----

  /** Reads one object: {@code null} members leave a field unset, unknown ones are kept. */
  @SuppressWarnings("unchecked") // the prototype makes values of T
  public T read(JsonReader reader) {
    Object[] values = new Object[names.length + 1];
    Map<String, JsonValue> unknown = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      Integer field = index.get(name);
      if (reader.peek() == JsonToken.NULL) {
        reader.nextNull();
      } else if (field == null) {
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
    reader.endObject();
    if (unknown != null) {
      values[names.length] = JsonValue.object(unknown);
    }
    return (T) prototype.newValue(values);
  }

  /** One value of {@code field}; an enum's unknown text is kept when {@code keepText}. */
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
        return nested(field).read(reader);
    }
  }

  // ---- write ----

  /** Writes every set field of {@code value}, output-only ones included, and its unknown members. */
  public void write(JsonWriter writer, T value) {
    write(writer, value, false);
  }

  /** Writes what a request sends of {@code value}: {@link #write}, without output-only fields. */
  public void writeRequest(JsonWriter writer, T value) {
    write(writer, value, true);
  }

  private void write(JsonWriter writer, Object value, boolean request) {
    Object[] values = slots(value);
    writer.beginObject();
    for (int i = 0; i < names.length; i++) {
      Object field = values[i];
      if (field == null || request && (kinds[i] & OUTPUT) != 0) {
        continue;
      }
      writer.name(jsonNames[i]);
      if ((kinds[i] & LIST) != 0) {
        writer.beginArray();
        int at = 0;
        for (Object element : (List<?>) field) {
          if (element == null && request) { // a foreign value's list, in a body sent unchecked
            throw new InvalidRequestException(names[i] + "[" + at + "]", "must not be null");
          }
          writeOne(writer, i, element, request);
          at++;
        }
        writer.endArray();
      } else {
        writeOne(writer, i, field, request);
      }
    }
    if (values[names.length] != null) {
      ((JsonValue) values[names.length]).writeMembers(writer);
    }
    writer.endObject();
  }

  private void writeOne(JsonWriter writer, int field, Object value, boolean request) {
    if (value == null) {
      writer.nullValue();
      return;
    }
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
        nested(field).write(writer, value, request);
    }
  }

  // ---- check ----

  /**
   * Checks the declared limits of the fields of {@code value} a request sends, and of the
   * resources inside it; and that of each one-of group at most one field is set (exactly one of a
   * required group). Called through {@link RequestRules#checkValue}.
   *
   * @param path where {@code value} is in the request, for messages: {@code space}
   * @throws InvalidRequestException naming the first field over a limit
   */
  void check(Object value, String path) {
    Object[] values = slots(value);
    for (int i = 0; i < names.length; i++) {
      if (groups[i] != null && first(i) == i) {
        checkGroup(values, i, path);
      }
    }
    for (int i = 0; i < names.length; i++) {
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
        throw new InvalidRequestException(at, unrecognized[i].name() + " stands for a value this client does"
            + " not know; it can only be sent back as read, choose one of " + known);
      }
      if ((kind & (KIND | LIST)) == (RESOURCE | LIST)) {
        RequestRules.checkElements((List<?>) field, at, nested(i));
      } else if ((kind & KIND) == RESOURCE) {
        nested(i).check(field, at);
      }
    }
  }

  /** The first field of the group of {@code field}. */
  private int first(int field) {
    int first = 0;
    while (!groups[field].equals(groups[first])) {
      first++;
    }
    return first;
  }

  /**
   * Refuses a second set field of a group (naming the first), and none of a required one: the
   * group starts at field {@code first}.
   */
  private void checkGroup(Object[] values, int first, String path) {
    String group = groups[first];
    boolean required = (kinds[first] & REQUIRED_GROUP) != 0;
    StringJoiner members = new StringJoiner(", ");
    int set = -1;
    int second = -1;
    for (int i = first; i < names.length; i++) {
      if (group.equals(groups[i])) {
        members.add(names[i]);
        if (values[i] != null && set >= 0 && second < 0) {
          second = i;
        } else if (values[i] != null && set < 0) {
          set = i;
        }
      }
    }
    if (required && set < 0) {
      throw new InvalidRequestException(path, "needs one of " + members + " (" + group + ")");
    }
    if (second >= 0) {
      throw required
          ? new InvalidRequestException(path, "needs exactly one of " + members + " (" + group + "); "
              + names[set] + " and " + names[second] + " are both set")
          : new InvalidRequestException(path + "." + names[second], "one of " + group + ", and " + path + "."
              + names[set] + " is set too; set only one");
    }
  }

  // ---- values ----

  boolean equal(Object[] values, Object other) {
    Object[] those = slots(other);
    if (those == null) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (!Objects.equals(get(values, i), get(those, i))) {
        return false;
      }
    }
    return true;
  }

  int hash(Object[] values) {
    int hash = 1;
    for (int i = 0; i < names.length; i++) {
      hash = 31 * hash + Objects.hashCode(get(values, i));
    }
    return hash;
  }

  String text(Object[] values) {
    StringJoiner text = new StringJoiner(", ", type + "{", "}");
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        text.add(names[i] + "=" + get(values, i));
      }
    }
    return text.toString();
  }
}
