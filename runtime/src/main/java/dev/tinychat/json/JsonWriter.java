package dev.tinychat.json;

import java.time.Instant;

/**
 * A compact UTF-8 JSON writer that enforces its own state: a value where a name is due, a name
 * with no value ("Dangling name") or a close that does not match ("Nesting problem") is an
 * {@link IllegalStateException}.
 *
 * <p>CONTRACT (skeleton; the JSON work fills the bodies).
 */
public final class JsonWriter {
  private JsonWriter() {}

  public static JsonWriter create() { throw new UnsupportedOperationException(); }

  public JsonWriter beginObject() { throw new UnsupportedOperationException(); }
  public JsonWriter endObject() { throw new UnsupportedOperationException(); }
  public JsonWriter beginArray() { throw new UnsupportedOperationException(); }
  public JsonWriter endArray() { throw new UnsupportedOperationException(); }
  public JsonWriter name(String name) { throw new UnsupportedOperationException(); }
  public JsonWriter value(String value) { throw new UnsupportedOperationException(); }
  public JsonWriter value(boolean value) { throw new UnsupportedOperationException(); }
  public JsonWriter value(long value) { throw new UnsupportedOperationException(); }
  /** A finite double as a number; NaN and infinities as proto3's strings. */
  public JsonWriter value(double value) { throw new UnsupportedOperationException(); }
  /** A proto3 int64: the number as a string. */
  public JsonWriter int64(long value) { throw new UnsupportedOperationException(); }
  /** An RFC 3339 UTC timestamp with Z and 0, 3, 6 or 9 fraction digits. */
  public JsonWriter timestamp(Instant value) { throw new UnsupportedOperationException(); }
  public JsonWriter nullValue() { throw new UnsupportedOperationException(); }
  /** The complete document; fails if an object or array is still open. */
  public byte[] toByteArray() { throw new UnsupportedOperationException(); }
}
