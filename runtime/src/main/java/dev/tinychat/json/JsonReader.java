package dev.tinychat.json;

import java.time.Instant;

/**
 * A strict RFC 8259 pull reader over a complete UTF-8 document held in memory.
 *
 * <p>CONTRACT (skeleton; the JSON work fills the bodies, signatures are what generated code calls):
 * every failure is a {@link JsonException} naming line, column and JSON path
 * ({@code $.space.spaceDetails.description}); malformed input and a value of the wrong shape
 * ({@code Expected a string but was NUMBER at line 3 column 12 path $.sender.name}) are told
 * apart by {@link JsonException#kind()}. Depth and size are limited.
 */
public final class JsonReader {
  /** Default most nesting of arrays and objects. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default most bytes of input. */
  public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

  private JsonReader() {}

  /** A reader of UTF-8 bytes with the default limits. */
  public static JsonReader of(byte[] utf8) {
    throw new UnsupportedOperationException();
  }

  /** A reader of text with the default limits. */
  public static JsonReader of(String json) {
    throw new UnsupportedOperationException();
  }

  /** A reader with explicit limits. */
  public static JsonReader of(byte[] utf8, int maxDepth, int maxBytes) {
    throw new UnsupportedOperationException();
  }

  public JsonToken peek() { throw new UnsupportedOperationException(); }
  public void beginObject() { throw new UnsupportedOperationException(); }
  public void endObject() { throw new UnsupportedOperationException(); }
  public void beginArray() { throw new UnsupportedOperationException(); }
  public void endArray() { throw new UnsupportedOperationException(); }
  /** True while the current object or array has another member or element. */
  public boolean hasNext() { throw new UnsupportedOperationException(); }
  public String nextName() { throw new UnsupportedOperationException(); }
  public String nextString() { throw new UnsupportedOperationException(); }
  public boolean nextBoolean() { throw new UnsupportedOperationException(); }
  public void nextNull() { throw new UnsupportedOperationException(); }
  /** An int from a JSON number (exact; a fraction or overflow is an error) or a numeric string. */
  public int nextInt() { throw new UnsupportedOperationException(); }
  /** A long from a JSON number or, as proto3 JSON sends int64, a numeric string. */
  public long nextLong() { throw new UnsupportedOperationException(); }
  /** A double from a JSON number or the strings "NaN", "Infinity", "-Infinity". */
  public double nextDouble() { throw new UnsupportedOperationException(); }
  /** An RFC 3339 timestamp string (Z or offset, 0 to 9 fraction digits). */
  public Instant nextTimestamp() { throw new UnsupportedOperationException(); }
  /** Skips the next value of any shape, however nested (within the depth limit). */
  public void skipValue() { throw new UnsupportedOperationException(); }
  /** Requires that nothing but whitespace follows the top-level value. */
  public void endDocument() { throw new UnsupportedOperationException(); }
  /** The JSON path of the current position, e.g. {@code $.memberships[1].member.name}. */
  public String path() { throw new UnsupportedOperationException(); }
  /** A {@link JsonException} of kind SHAPE at the current position, for codecs. */
  public JsonException shapeError(String message) { throw new UnsupportedOperationException(); }
}
