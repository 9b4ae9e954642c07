package dev.tinychat.json;

import dev.tinychat.http.InvalidRequestException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A compact UTF-8 JSON writer that enforces its own state: a value where a name is due, a name
 * with no value ("Dangling name") or a close that does not match ("Nesting problem") is an
 * {@link IllegalStateException}, thrown before anything is written, so the writer stays usable.
 *
 * <p>Strings are written as UTF-8 with {@code "}, {@code \}, control characters and U+2028/U+2029
 * escaped; a lone surrogate is an {@link InvalidRequestException} (an {@link
 * IllegalArgumentException}) naming the member it was for, so the output is always valid UTF-8. {@code value((String) null)} writes {@code null}.
 *
 * <pre>{@code
 * byte[] json = JsonWriter.create().beginObject().name("displayName").value("Team").endObject()
 *     .toByteArray();
 * }</pre>
 */
public final class JsonWriter {
  private static final int EMPTY_DOCUMENT = 0;
  private static final int NONEMPTY_DOCUMENT = 1;
  private static final int EMPTY_ARRAY = 2;
  private static final int NONEMPTY_ARRAY = 3;
  private static final int EMPTY_OBJECT = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int DANGLING_NAME = 6;

  private byte[] buf = new byte[128];
  private int len;
  private int[] scopes = new int[16];
  /** The name of the current member at each depth, for errors. */
  private String[] names = new String[16];
  private int depth;
  private String dangling;

  private JsonWriter() {}

  /** An empty writer of one document. */
  public static JsonWriter create() {
    return new JsonWriter();
  }

  /** Opens an object as the next value. */
  public JsonWriter beginObject() {
    return open(EMPTY_OBJECT, '{');
  }

  /** Closes the current object. */
  public JsonWriter endObject() {
    return close(EMPTY_OBJECT, '}', "endObject");
  }

  /** Opens an array as the next value. */
  public JsonWriter beginArray() {
    return open(EMPTY_ARRAY, '[');
  }

  /** Closes the current array. */
  public JsonWriter endArray() {
    return close(EMPTY_ARRAY, ']', "endArray");
  }

  private JsonWriter open(int scope, char c) {
    beforeValue();
    if (++depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
    }
    scopes[depth] = scope;
    names[depth] = null;
    return put(c);
  }

  private JsonWriter close(int empty, char c, String call) {
    int s = scopes[depth];
    if (s == DANGLING_NAME) {
      throw new IllegalStateException("Dangling name \"" + dangling + "\": it has no value");
    }
    if (s != empty && s != empty + 1) {
      throw new IllegalStateException("Nesting problem: " + call + "() but the open container is "
          + (depth == 0 ? "none" : s == EMPTY_ARRAY || s == NONEMPTY_ARRAY ? "an array"
              : "an object"));
    }
    depth--;
    return put(c);
  }

  /** The name of the next object member; null is a {@link NullPointerException}. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    int s = scopes[depth];
    if (s == DANGLING_NAME) {
      throw new IllegalStateException("Dangling name \"" + dangling + "\": it has no value");
    }
    if (s != EMPTY_OBJECT && s != NONEMPTY_OBJECT) {
      throw new IllegalStateException("Nesting problem: a name outside an object");
    }
    int mark = len;
    if (s == NONEMPTY_OBJECT) {
      put(',');
    }
    names[depth] = null;
    string(name, mark);
    names[depth] = name;
    put(':');
    scopes[depth] = DANGLING_NAME;
    dangling = name;
    return this;
  }

  /** A string, or {@code null} if {@code value} is null. */
  public JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    int mark = len;
    int scope = beforeValue();
    try {
      string(value, mark);
    } catch (IllegalArgumentException e) {
      scopes[depth] = scope;
      throw e;
    }
    return this;
  }

  /** {@code true} or {@code false}. */
  public JsonWriter value(boolean value) {
    beforeValue();
    return ascii(value ? "true" : "false");
  }

  /** A whole number, written as a JSON number (for proto3 int64 fields use {@link #int64}). */
  public JsonWriter value(long value) {
    beforeValue();
    return ascii(Long.toString(value));
  }

  /**
   * A finite double as a number ({@link Double#toString}, e.g. {@code 1.0}, {@code 1.0E10}); NaN
   * and infinities as proto3's strings "NaN", "Infinity" and "-Infinity".
   */
  public JsonWriter value(double value) {
    beforeValue();
    String s = Double.toString(value);
    return Double.isFinite(value) ? ascii(s) : put('"').ascii(s).put('"');
  }

  /**
   * A number written as the given JSON text (e.g. {@code 1.50e3}, kept as is); text that is not
   * an RFC 8259 number is an {@link IllegalArgumentException}.
   */
  public JsonWriter number(String text) {
    JsonReader.number(text);
    beforeValue();
    return ascii(text);
  }

  /** A proto3 int64: the number as a string. */
  public JsonWriter int64(long value) {
    beforeValue();
    return put('"').ascii(Long.toString(value)).put('"');
  }

  /**
   * An RFC 3339 UTC timestamp with Z and 0, 3, 6 or 9 fraction digits (the fewest that are
   * exact); a year outside 0000 to 9999 is an {@link IllegalArgumentException}.
   */
  public JsonWriter timestamp(Instant value) {
    // From 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z
    if (value.getEpochSecond() < -62167219200L || value.getEpochSecond() >= 253402300800L) {
      throw new IllegalArgumentException("Timestamp " + value + " is outside years 0000 to 9999");
    }
    beforeValue();
    // Instant.toString() is ISO_INSTANT: UTC, Z, fraction digits in groups of three as needed
    return put('"').ascii(value.toString()).put('"');
  }

  /** {@code null}. */
  public JsonWriter nullValue() {
    beforeValue();
    return ascii("null");
  }

  /** The complete document; fails if an object or array is still open or nothing was written. */
  public byte[] toByteArray() {
    if (depth > 0 || scopes[0] == EMPTY_DOCUMENT) {
      throw new IllegalStateException("Incomplete document: " + (depth > 0
          ? depth + " open " + (depth == 1 ? "container" : "containers") : "no value written"));
    }
    return Arrays.copyOf(buf, len);
  }

  /** Checks that a value may come next and writes what precedes it; the scope it replaced. */
  private int beforeValue() {
    int s = scopes[depth];
    switch (s) {
      case EMPTY_DOCUMENT:
        scopes[depth] = NONEMPTY_DOCUMENT;
        break;
      case NONEMPTY_DOCUMENT:
        throw new IllegalStateException("Nesting problem: a second top-level value");
      case EMPTY_ARRAY:
        scopes[depth] = NONEMPTY_ARRAY;
        break;
      case NONEMPTY_ARRAY:
        put(',');
        break;
      case DANGLING_NAME:
        scopes[depth] = NONEMPTY_OBJECT;
        break;
      default:
        throw new IllegalStateException("Nesting problem: expected a name but was a value");
    }
    return s;
  }

  /**
   * Writes {@code s} quoted and escaped; on a lone surrogate, truncates the output back to
   * {@code mark} and throws.
   */
  private void string(String s, int mark) {
    put('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      int c = s.codePointAt(i);
      ensure(6);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        buf[len++] = (byte) c;
      } else if (c < 0x80 || c == '\u2028' || c == '\u2029') {
        int e = "\"\\\b\f\n\r\t".indexOf(c);
        ascii(e < 0 ? "\\u" + Integer.toHexString(c | 0x10000).substring(1)
            : "\\" + "\"\\bfnrt".charAt(e));
      } else if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
        len = mark;
        StringBuilder field = new StringBuilder();
        for (int d = 1; d <= depth; d++) {
          if (names[d] != null) {
            field.append(field.length() == 0 ? "" : ".").append(names[d]);
          }
        }
        throw new InvalidRequestException(field.length() == 0 ? "$" : field.toString(),
            "lone surrogate \\u" + Integer.toHexString(c) + " at index " + i
                + " of a string; only valid Unicode can be sent");
      } else {
        // UTF-8: a lead byte (110xxxxx, 1110xxxx or 11110xxx), then 10xxxxxx bytes
        int shift = c < 0x800 ? 6 : c < 0x10000 ? 12 : 18;
        buf[len++] = (byte) (0xF0 << (3 - shift / 6) | c >> shift);
        for (shift -= 6; shift >= 0; shift -= 6) {
          buf[len++] = (byte) (0x80 | (c >> shift & 0x3F));
        }
        i += c > 0xFFFF ? 1 : 0;
      }
    }
    put('"');
  }

  private JsonWriter ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  private JsonWriter put(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  private void ensure(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }
}
