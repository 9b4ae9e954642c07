package dev.tinychat.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link JsonWriter} writes, {@link JsonReader} reads back unchanged. */
class JsonRoundTripTest {

  private static JsonReader reread(JsonWriter w) {
    return JsonReader.of(w.toByteArray());
  }

  @Test
  void strings() {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    List<String> values = List.of("", "plain", controls.toString(), "\"\\/", "\u007f\u0080\u00ff",
        "\u07ff\u0800\u2028\u2029\ufffe\uffff", "\ud83d\ude00 \ud800\udc00 \udbff\udfff",
        "\u65e5\u672c\u8a9e", "x".repeat(10_000) + "\u00e9");
    JsonWriter w = JsonWriter.create().beginObject();
    for (String v : values) {
      w.name(v).value(v);
    }
    JsonReader r = reread(w.endObject());
    r.beginObject();
    for (String v : values) {
      assertEquals(v, r.nextName());
      assertEquals(v, r.nextString());
    }
    r.endObject();
    r.endDocument();
  }

  @Test
  void longs() {
    long[] values = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 53, (1L << 53) + 1,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1};
    JsonWriter w = JsonWriter.create().beginArray();
    for (long v : values) {
      w.value(v).int64(v);
    }
    JsonReader r = reread(w.endArray());
    r.beginArray();
    for (long v : values) {
      assertEquals(v, r.nextLong());
      assertEquals(JsonToken.STRING, r.peek());
      assertEquals(v, r.nextLong());
    }
    r.endArray();
  }

  @Test
  void doubles() {
    double[] values = {0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3, 1e-7, 1e21, 123456789.125,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Math.PI,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740993.0};
    JsonWriter w = JsonWriter.create().beginArray();
    for (double v : values) {
      w.value(v);
    }
    JsonReader r = reread(w.endArray());
    r.beginArray();
    for (double v : values) {
      assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(r.nextDouble()),
          Double.toString(v));
    }
    r.endArray();
  }

  @Test
  void timestampsWithZeroThreeSixAndNineDigits() {
    List<Instant> values = List.of(Instant.parse("2026-11-22T10:00:00Z"),
        Instant.parse("2026-11-22T10:00:00.123Z"), Instant.parse("2026-11-22T10:00:00.123456Z"),
        Instant.parse("2026-11-22T10:00:00.123456789Z"), Instant.parse("1900-02-28T00:00:00.5Z"),
        Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z"));
    JsonWriter w = JsonWriter.create().beginArray();
    values.forEach(w::timestamp);
    JsonReader r = reread(w.endArray());
    r.beginArray();
    for (Instant v : values) {
      assertEquals(v, r.nextTimestamp());
    }
    r.endArray();
  }
}
