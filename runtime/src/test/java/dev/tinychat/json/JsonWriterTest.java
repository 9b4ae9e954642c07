package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import dev.tinychat.http.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWriterTest {

  private static String text(JsonWriter w) {
    return new String(w.toByteArray(), UTF_8);
  }

  private static void illegalState(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalStateException.class, call).getMessage());
  }

  @Test
  void writesCompactDocument() {
    JsonWriter w = JsonWriter.create().beginObject()
        .name("name").value("spaces/A")
        .name("n").value(-5L)
        .name("b").value(true)
        .name("f").value(false)
        .name("z").nullValue()
        .name("a").beginArray().value(1L).beginObject().endObject().beginArray().endArray()
        .endArray()
        .name("o").beginObject().name("x").value(1.5).endObject()
        .endObject();
    assertEquals("{\"name\":\"spaces/A\",\"n\":-5,\"b\":true,\"f\":false,\"z\":null,"
        + "\"a\":[1,{},[]],\"o\":{\"x\":1.5}}", text(w));
  }

  @Test
  void topLevelScalarsAreDocuments() {
    assertEquals("\"x\"", text(JsonWriter.create().value("x")));
    assertEquals("null", text(JsonWriter.create().nullValue()));
    assertEquals("7", text(JsonWriter.create().value(7L)));
  }

  @Test
  void nullStringIsWrittenAsNull() {
    assertEquals("[null]", text(JsonWriter.create().beginArray().value((String) null).endArray()));
  }

  @Test
  void escapesQuotesBackslashControlsAndLineSeparators() {
    String s = "\"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u2028\u2029";
    assertEquals("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\u007f\\u2028\\u2029\"",
        text(JsonWriter.create().value(s)));
  }

  @Test
  void writesOtherCharactersAsUtf8() {
    String s = "\u00e9\u07ff\u0800\u20ac\uffff\ud83d\ude00\udbff\udfff";
    assertArrayEquals(("\"" + s + "\"").getBytes(UTF_8),
        JsonWriter.create().value(s).toByteArray());
  }

  @Test
  void loneSurrogateIsRejectedAndLeavesTheWriterUsable() {
    JsonWriter w = JsonWriter.create().beginArray().value("a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> w.value("ab\ud83dc"));
    assertEquals("$: lone surrogate \\ud83d at index 2 of a string; only valid Unicode can be sent",
        e.getMessage());
    assertEquals("$: lone surrogate \\ude00 at index 0 of a string; only valid Unicode can be sent",
        assertThrows(IllegalArgumentException.class, () -> w.value("\ude00\ud83d")).getMessage());
    assertEquals("$: lone surrogate \\ud83d at index 0 of a string; only valid Unicode can be sent",
        assertThrows(IllegalArgumentException.class, () -> w.value("\ud83d")).getMessage());
    w.value("b").beginObject();
    assertThrows(IllegalArgumentException.class, () -> w.name("x\udc00"));
    w.name("k").value(1L).endObject().endArray();
    assertEquals("[\"a\",\"b\",{\"k\":1}]", text(w));
  }

  @Test
  void loneSurrogateNamesTheMemberItWasFor() {
    JsonWriter w = JsonWriter.create().beginObject().name("space").beginObject()
        .name("displayName");
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> w.value("team\udc00"));
    assertEquals("space.displayName", e.field());
    w.value("team").name("tags").beginArray();
    assertEquals("space.tags", assertThrows(InvalidRequestException.class,
        () -> w.value("\ud800x")).field());
    w.endArray().endObject();
    assertEquals("$", assertThrows(InvalidRequestException.class,
        () -> w.name("k\ud800")).field());
    assertEquals("{\"space\":{\"displayName\":\"team\",\"tags\":[]}}", text(w.endObject()));
  }

  @ParameterizedTest
  @CsvSource({
    "1.0, 1.0", "-0.0, -0.0", "1.5, 1.5", "1e10, 1.0E10", "1e-7, 1.0E-7", "0.1, 0.1",
    "4.9E-324, 4.9E-324", "1.7976931348623157E308, 1.7976931348623157E308",
    "NaN, '\"NaN\"'", "Infinity, '\"Infinity\"'", "-Infinity, '\"-Infinity\"'",
  })
  void writesDoubles(double value, String expected) {
    assertEquals(expected, text(JsonWriter.create().value(value)));
  }

  @Test
  void writesLongsAsNumbersAndInt64AsStrings() {
    assertEquals("[-9223372036854775808,9223372036854775807,\"-9223372036854775808\",\"0\"]",
        text(JsonWriter.create().beginArray().value(Long.MIN_VALUE).value(Long.MAX_VALUE)
            .int64(Long.MIN_VALUE).int64(0).endArray()));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-22T10:00:00Z, 2026-11-22T10:00:00Z",
    "2026-11-22T10:00:00.100Z, 2026-11-22T10:00:00.100Z",
    "2026-11-22T10:00:00.123Z, 2026-11-22T10:00:00.123Z",
    "2026-11-22T10:00:00.000001Z, 2026-11-22T10:00:00.000001Z",
    "2026-11-22T10:00:00.123450Z, 2026-11-22T10:00:00.123450Z",
    "2026-11-22T10:00:00.000000001Z, 2026-11-22T10:00:00.000000001Z",
    "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
    "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59.500Z",
    "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z, 9999-12-31T23:59:59.999999999Z",
  })
  void writesTimestampsInUtcWithZeroThreeSixOrNineDigits(String instant, String expected) {
    assertEquals("\"" + expected + "\"",
        text(JsonWriter.create().timestamp(Instant.parse(instant))));
  }

  @Test
  void timestampOutsideFourDigitYearsIsRejected() {
    assertEquals("Timestamp +10000-01-01T00:00:00Z is outside years 0000 to 9999",
        assertThrows(IllegalArgumentException.class,
            () -> JsonWriter.create().timestamp(Instant.parse("+10000-01-01T00:00:00Z")))
            .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> JsonWriter.create().timestamp(Instant.parse("-0001-12-31T23:59:59Z")));
  }

  @Test
  void valueWhereANameIsDueIsANestingProblem() {
    JsonWriter w = JsonWriter.create().beginObject();
    illegalState("Nesting problem: expected a name but was a value", () -> w.value("x"));
    illegalState("Nesting problem: expected a name but was a value", w::beginArray);
    w.name("a").value(1L);
    illegalState("Nesting problem: expected a name but was a value", () -> w.value(2L));
    assertEquals("{\"a\":1}", text(w.endObject()));
  }

  @Test
  void nameTwiceOrAnEndAfterANameIsADanglingName() {
    JsonWriter w = JsonWriter.create().beginObject().name("a");
    illegalState("Dangling name \"a\": it has no value", () -> w.name("b"));
    illegalState("Dangling name \"a\": it has no value", w::endObject);
    assertEquals("{\"a\":[]}", text(w.beginArray().endArray().endObject()));
  }

  @Test
  void nameOutsideAnObjectIsANestingProblem() {
    illegalState("Nesting problem: a name outside an object",
        () -> JsonWriter.create().beginArray().name("a"));
    illegalState("Nesting problem: a name outside an object", () -> JsonWriter.create().name("a"));
  }

  @Test
  void mismatchedEndIsANestingProblem() {
    illegalState("Nesting problem: endObject() but the open container is an array",
        () -> JsonWriter.create().beginArray().endObject());
    illegalState("Nesting problem: endArray() but the open container is an object",
        () -> JsonWriter.create().beginObject().endArray());
    illegalState("Nesting problem: endArray() but the open container is none",
        () -> JsonWriter.create().endArray());
    illegalState("Nesting problem: endObject() but the open container is none",
        () -> JsonWriter.create().beginObject().endObject().endObject());
  }

  @Test
  void secondTopLevelValueIsANestingProblem() {
    JsonWriter w = JsonWriter.create().beginArray().endArray();
    illegalState("Nesting problem: a second top-level value", () -> w.value("x"));
    illegalState("Nesting problem: a second top-level value", w::beginObject);
    assertEquals("[]", text(w));
  }

  @Test
  void incompleteDocumentIsRejected() {
    illegalState("Incomplete document: no value written", () -> JsonWriter.create().toByteArray());
    illegalState("Incomplete document: 1 open container",
        () -> JsonWriter.create().beginArray().toByteArray());
    illegalState("Incomplete document: 2 open containers",
        () -> JsonWriter.create().beginObject().name("a").beginArray().toByteArray());
  }

  @Test
  void nullNameIsRejected() {
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> JsonWriter.create().beginObject().name(null)).getMessage());
  }

  @Test
  void deepAndLongOutputGrowsTheBuffers() {
    JsonWriter w = JsonWriter.create();
    for (int i = 0; i < 1000; i++) {
      w.beginArray();
    }
    String big = "x".repeat(100_000);
    w.value(big);
    for (int i = 0; i < 1000; i++) {
      w.endArray();
    }
    assertEquals("[".repeat(1000) + "\"" + big + "\"" + "]".repeat(1000), text(w));
  }
}
