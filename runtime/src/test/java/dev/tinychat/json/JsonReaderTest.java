package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.json.JsonException.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

  private static JsonException fails(Kind kind, String message, Executable call) {
    JsonException e = assertThrows(JsonException.class, call);
    assertEquals(message, e.getMessage());
    assertEquals(kind, e.kind());
    return e;
  }

  @Test
  void readsEveryKindOfValue() {
    JsonReader r = JsonReader.of(
        "{\"s\":\"x\\u00e9\\ud83d\\ude00\",\"n\":-12,\"b\":true,\"f\":false,\"z\":null,"
            + "\"d\":2.5,\"a\":[1,2]}");
    r.beginObject();
    assertEquals(JsonToken.NAME, r.peek());
    assertEquals("s", r.nextName());
    assertEquals("x\u00e9\ud83d\ude00", r.nextString());
    assertEquals("n", r.nextName());
    assertEquals(-12, r.nextInt());
    assertEquals("b", r.nextName());
    assertTrue(r.nextBoolean());
    assertEquals("f", r.nextName());
    assertFalse(r.nextBoolean());
    assertEquals("z", r.nextName());
    assertEquals(JsonToken.NULL, r.peek());
    r.nextNull();
    assertEquals("d", r.nextName());
    assertEquals(2.5, r.nextDouble());
    assertEquals("a", r.nextName());
    r.beginArray();
    assertTrue(r.hasNext());
    assertEquals(1L, r.nextLong());
    assertEquals(2L, r.nextLong());
    assertFalse(r.hasNext());
    r.endArray();
    assertFalse(r.hasNext());
    r.endObject();
    assertEquals(JsonToken.END_DOCUMENT, r.peek());
    r.endDocument();
  }

  @Test
  void surrogatePairEscapeIsOneCodePoint() {
    String s = JsonReader.of("\"\\ud83d\\ude00\"").nextString();
    assertEquals(1, s.codePointCount(0, s.length()));
    assertEquals(0x1F600, s.codePointAt(0));
  }

  @Test
  void escapedLoneSurrogateIsRejected() {
    fails(Kind.SYNTAX, "Lone surrogate \\ud83d at line 1 column 3 path $[0]",
        () -> JsonReader.of("[\"\\ud83d\"]").skipValue());
    fails(Kind.SYNTAX, "Lone surrogate \\ude00 at line 1 column 2 path $",
        () -> JsonReader.of("\"\\ude00\\ud83d\"").nextString());
  }

  @Test
  void loneSurrogateInStringInputIsRejectedWhereItStands() {
    fails(Kind.SYNTAX, "Lone surrogate at line 2 column 4 path $[0]",
        () -> JsonReader.of("[\n\"ab\ud800\"]").skipValue());
    fails(Kind.SYNTAX, "Expected ',' or ']' but was a lone surrogate at line 1 column 4 path $[1]",
        () -> JsonReader.of("[1 \udc00]").skipValue());
  }

  @Test
  void readsBytesWithoutCopyingPastTheLimits() {
    byte[] doc = "{\"k\":\"\u00e9\u20ac\ud83d\ude00\"}".getBytes(UTF_8);
    JsonReader r = JsonReader.of(doc, 1, doc.length);
    r.beginObject();
    r.nextName();
    assertEquals("\u00e9\u20ac\ud83d\ude00", r.nextString());
    r.endObject();
    r.endDocument();
  }

  @Test
  void wrongShapeNamesLinePathAndToken() {
    JsonReader r = JsonReader.of("{\n  \"sender\": {\n    \"name\": 5\n  }\n}");
    r.beginObject();
    r.nextName();
    r.beginObject();
    r.nextName();
    fails(Kind.SHAPE, "Expected a string but was NUMBER at line 3 column 13 path $.sender.name",
        r::nextString);
  }

  @Test
  void syntaxErrorNamesWhatWasExpectedAndFound() {
    fails(Kind.SYNTAX, "Expected ',' or '}' but was 'x' at line 1 column 8 path $.a",
        () -> JsonReader.of("{\"a\":1 x}").skipValue());
    fails(Kind.SYNTAX, "Expected ',' or ']' but was 'true' at line 2 column 5 path $[2]",
        () -> JsonReader.of("[1,\n\"a\" true]").skipValue());
    fails(Kind.SYNTAX, "Expected a value but was ']' at line 1 column 4 path $[1]",
        () -> JsonReader.of("[1,]").skipValue());
    fails(Kind.SYNTAX, "Expected a name but was '}' at line 1 column 8 path $.a",
        () -> JsonReader.of("{\"a\":1,}").skipValue());
    fails(Kind.SYNTAX, "Expected a name or '}' but was 'a' at line 1 column 2 path $",
        () -> JsonReader.of("{a:1}").skipValue());
    fails(Kind.SYNTAX, "Expected ':' but was '1' at line 1 column 6 path $.a",
        () -> JsonReader.of("{\"a\" 1}").skipValue());
    fails(Kind.SYNTAX, "Expected a value but was end of input at line 1 column 1 path $",
        () -> JsonReader.of("").peek());
    fails(Kind.SYNTAX, "Expected a value but was 'nul' at line 1 column 1 path $",
        () -> JsonReader.of("nul").peek());
    fails(Kind.SYNTAX, "Expected a value but was byte 0x0C at line 1 column 1 path $",
        () -> JsonReader.of("\f1").peek());
    fails(Kind.SYNTAX, "Expected a value but was byte 0xEF at line 1 column 1 path $",
        () -> JsonReader.of("\ufeff1").peek());
  }

  @Test
  void numberErrorsPointAtTheOffendingCharacter() {
    fails(Kind.SYNTAX, "Invalid number: leading zero at line 1 column 3 path $",
        () -> JsonReader.of("-012").peek());
    fails(Kind.SYNTAX, "Expected a digit but was ']' at line 1 column 4 path $[0]",
        () -> JsonReader.of("[1.]").skipValue());
    fails(Kind.SYNTAX, "Expected a digit but was end of input at line 1 column 3 path $",
        () -> JsonReader.of("1e").peek());
    fails(Kind.SYNTAX, "Expected a digit but was 'Infinity' at line 1 column 2 path $",
        () -> JsonReader.of("-Infinity").peek());
    fails(Kind.SYNTAX, "Expected a value but was '+' at line 1 column 1 path $",
        () -> JsonReader.of("+1").peek());
    fails(Kind.SYNTAX, "Expected a value but was '.' at line 1 column 1 path $",
        () -> JsonReader.of(".5").peek());
  }

  @Test
  void stringErrorsPointAtTheOffendingCharacter() {
    fails(Kind.SYNTAX, "Unterminated string at line 1 column 7 path $.a[0]",
        () -> JsonReader.of("{\"a\":[\"abc").skipValue());
    fails(Kind.SYNTAX, "Invalid escape \\q at line 1 column 4 path $",
        () -> JsonReader.of("\"ab\\qc\"").nextString());
    fails(Kind.SYNTAX, "Invalid escape \\u12G4 at line 1 column 2 path $",
        () -> JsonReader.of("\"\\u12G4\"").nextString());
    fails(Kind.SYNTAX, "Invalid escape \\ before byte 0x01 at line 1 column 3 path $",
        () -> JsonReader.of("\"a\\\u0001\"").nextString());
    fails(Kind.SYNTAX, "Unescaped control character 0x09 in string at line 1 column 3 path $",
        () -> JsonReader.of("\"a\tb\"").nextString());
    fails(Kind.SYNTAX, "Invalid UTF-8 starting at byte 0xED at line 1 column 3 path $",
        () -> JsonReader.of(JsonConformanceTest.bytes("\"a<ED><A0><80>\"")).nextString());
    fails(Kind.SYNTAX, "Invalid UTF-8 starting at byte 0xC0 at line 1 column 3 path $",
        () -> {
          JsonReader r = JsonReader.of(JsonConformanceTest.bytes("{\"<C0><AF>\":1}"));
          r.beginObject();
          r.nextName();
        });
  }

  @Test
  void columnsCountCodePointsAndLinesEndAtLfCrlfOrCr() {
    fails(Kind.SYNTAX, "Expected ',' or ']' but was 'x' at line 1 column 6 path $[1]",
        () -> JsonReader.of("[\"\u00e9\ud83d\ude00\"x]").skipValue());
    fails(Kind.SYNTAX, "Expected ',' or ']' but was 'x' at line 4 column 2 path $[2]",
        () -> JsonReader.of("[1\r\n,\r2\n x]").skipValue());
  }

  @Test
  void shapeErrorLeavesTheValueUnreadSoItCanBeReadOrSkipped() {
    JsonReader r = JsonReader.of("{\"a\":\"x\",\"b\":[1],\"c\":\"2026-13-01T00:00:00Z\",\"d\":7}");
    r.beginObject();
    assertEquals("a", r.nextName());
    fails(Kind.SHAPE, "Expected an int but was \"x\" at line 1 column 6 path $.a", r::nextInt);
    fails(Kind.SHAPE, "Expected a boolean but was STRING at line 1 column 6 path $.a",
        r::nextBoolean);
    assertEquals("x", r.nextString());
    assertEquals("b", r.nextName());
    fails(Kind.SHAPE, "Expected an object but was BEGIN_ARRAY at line 1 column 14 path $.b",
        r::beginObject);
    r.skipValue();
    assertEquals("c", r.nextName());
    fails(Kind.SHAPE, "Expected an RFC 3339 timestamp but was \"2026-13-01T00:00:00Z\""
        + " at line 1 column 22 path $.c", r::nextTimestamp);
    r.skipValue();
    fails(Kind.SHAPE, "Expected a string but was NAME at line 1 column 45 path $.c",
        r::nextString);
    assertEquals("d", r.nextName());
    assertEquals(7, r.nextInt());
    fails(Kind.SHAPE, "Expected the end of the document but was END_OBJECT"
        + " at line 1 column 50 path $.d", r::endDocument);
    r.endObject();
    r.endDocument();
  }

  @Test
  void syntaxErrorPoisonsTheReader() {
    JsonReader r = JsonReader.of("[1,x,2]");
    r.beginArray();
    assertEquals(1, r.nextInt());
    JsonException e = fails(Kind.SYNTAX,
        "Expected a value but was 'x' at line 1 column 4 path $[1]", r::hasNext);
    assertSame(e, assertThrows(JsonException.class, r::nextInt));
    assertSame(e, assertThrows(JsonException.class, r::peek));
    assertSame(e, assertThrows(JsonException.class, r::skipValue));
    assertSame(e, assertThrows(JsonException.class, r::endArray));
    assertEquals("$[1]", r.path());
  }

  @Test
  void syntaxErrorInsideAStringPoisonsTheReader() {
    JsonReader r = JsonReader.of("[\"\\x\", 1]");
    r.beginArray();
    assertEquals(JsonToken.STRING, r.peek());
    JsonException e = assertThrows(JsonException.class, r::nextString);
    assertEquals(Kind.SYNTAX, e.kind());
    assertSame(e, assertThrows(JsonException.class, r::skipValue));
    assertSame(e, assertThrows(JsonException.class, r::nextString));
  }

  @Test
  void pathFollowsNamesAndIndices() {
    JsonReader r = JsonReader.of(
        "{\"memberships\":[{\"member\":{\"name\":\"a\"}},{\"member\":{\"name\":\"b\"}}]}");
    assertEquals("$", r.path());
    r.beginObject();
    assertEquals("$", r.path());
    r.nextName();
    assertEquals("$.memberships", r.path());
    r.beginArray();
    assertEquals("$.memberships[0]", r.path());
    r.skipValue();
    assertEquals("$.memberships[1]", r.path());
    r.beginObject();
    r.nextName();
    r.beginObject();
    r.nextName();
    assertEquals("$.memberships[1].member.name", r.path());
    assertEquals("$.memberships[1].member.name", r.shapeError("x").path());
    r.nextString();
    r.endObject();
    r.endObject();
    assertEquals("$.memberships[2]", r.path());
    r.endArray();
    r.endObject();
    assertEquals("$", r.path());
  }

  @Test
  void shapeErrorIsReturnedAtTheCurrentPosition() {
    JsonReader r = JsonReader.of("{\"type\":\n  \"ROOM\"}");
    r.beginObject();
    r.nextName();
    r.peek();
    JsonException e = r.shapeError("Unknown space type");
    assertEquals(Kind.SHAPE, e.kind());
    assertEquals("Unknown space type at line 2 column 3 path $.type", e.getMessage());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("$.type", e.path());
    assertEquals("ROOM", r.nextString());
  }

  @Test
  void depthLimitIsEnforcedAndIsASyntaxError() {
    byte[] ok = "[[{\"a\":1}]]".getBytes(UTF_8);
    JsonReader r = JsonReader.of(ok, 3, 100);
    r.skipValue();
    r.endDocument();
    fails(Kind.SYNTAX, "Nesting too deep: more than 2 levels at line 1 column 3 path $[0][0]",
        () -> JsonReader.of(ok, 2, 100).skipValue());
    String deep = "[".repeat(64) + "]".repeat(64);
    JsonReader.of(deep).skipValue();
    fails(Kind.SYNTAX, "Nesting too deep: more than 64 levels at line 1 column 65 path "
        + "$" + "[0]".repeat(64), () -> JsonReader.of("[" + deep + "]").skipValue());
  }

  @Test
  void hundredThousandDeepArrayIsADepthErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000);
    JsonException skipped = assertThrows(JsonException.class,
        () -> JsonReader.of(deep).skipValue());
    assertTrue(skipped.getMessage().startsWith("Nesting too deep: more than 64 levels"));
    assertEquals(65, skipped.column());
    JsonException read = assertThrows(JsonException.class,
        () -> JsonConformanceTest.read(JsonReader.of(deep)));
    assertEquals(skipped.getMessage(), read.getMessage());
  }

  @Test
  void skipValueIsIterativeEvenWithoutADepthLimit() {
    String deep = "[{\"a\":".repeat(100_000) + "1" + "}]".repeat(100_000);
    JsonReader r = JsonReader.of(deep.getBytes(UTF_8), Integer.MAX_VALUE, Integer.MAX_VALUE);
    r.skipValue();
    r.endDocument();
  }

  @Test
  void sizeLimitIsCheckedUpFront() {
    fails(Kind.SYNTAX, "Input too large: 7 bytes, limit 6 at line 1 column 1 path $",
        () -> JsonReader.of("[1,2,3]".getBytes(UTF_8), 64, 6));
    JsonReader.of("[1,2,3]".getBytes(UTF_8), 64, 7).skipValue();
    byte[] big = new byte[JsonReader.DEFAULT_MAX_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    fails(Kind.SYNTAX, "Input too large: 16777217 bytes, limit 16777216 at line 1 column 1 path $",
        () -> JsonReader.of(big));
  }

  @Test
  void skipValueSkipsEveryShape() {
    JsonReader r = JsonReader.of("{\"a\":[1,{\"b\":null,\"c\":[[],{}]}],\"c\":\"s\\u00e9\\\"\","
        + "\"d\":true,\"e\":-1.5e3,\"f\":{},\"g\":[],\"h\":null,\"i\":false,\"j\":\"last\"}");
    r.beginObject();
    List<String> names = new ArrayList<>();
    while (r.hasNext()) {
      String name = r.nextName();
      if (name.equals("j")) {
        assertEquals("last", r.nextString());
      } else {
        names.add(name);
        r.skipValue();
      }
    }
    r.endObject();
    r.endDocument();
    assertEquals(List.of("a", "c", "d", "e", "f", "g", "h", "i"), names);
  }

  @Test
  void skipValueRefusesWhenNoValueIsNext() {
    JsonReader r = JsonReader.of("{\"a\":[]}");
    r.beginObject();
    fails(Kind.SHAPE, "Expected a value but was NAME at line 1 column 2 path $", r::skipValue);
    r.nextName();
    r.beginArray();
    fails(Kind.SHAPE, "Expected a value but was END_ARRAY at line 1 column 7 path $.a[0]",
        r::skipValue);
    r.endArray();
    fails(Kind.SHAPE, "Expected a value but was END_OBJECT at line 1 column 8 path $.a",
        r::skipValue);
    r.endObject();
    fails(Kind.SHAPE, "Expected a value but was END_DOCUMENT at line 1 column 9 path $",
        r::skipValue);
  }

  @Test
  void trailingGarbageIsRejectedByEndDocument() {
    JsonReader r = JsonReader.of("{} {}");
    r.beginObject();
    r.endObject();
    fails(Kind.SYNTAX, "Expected end of input but was '{' at line 1 column 4 path $",
        r::endDocument);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0|0", "-0|0", "1.0|1", "1e2|100", "1E+2|100", "-1.50e1|-15", "2147483647|2147483647",
    "-2147483648|-2147483648", "'\"123\"'|123", "'\"-7\"'|-7", "'\"1e2\"'|100", "0e99|0",
    "10e-1|1",
  })
  void nextIntAcceptsExactIntegers(String json, int expected) {
    JsonReader r = JsonReader.of(json);
    assertEquals(expected, r.nextInt());
    r.endDocument();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1.5|Expected an int but was 1.5, which has a fraction",
    "1e-400|Expected an int but was 1e-400, which has a fraction",
    "2147483648|Expected an int but was 2147483648, which is out of range",
    "-2147483649|Expected an int but was -2147483649, which is out of range",
    "1e400|Expected an int but was 1e400, which is out of range",
    "1e99999999999|Expected an int but was 1e99999999999, which is out of range",
    "'\"1.5\"'|Expected an int but was \"1.5\", which has a fraction",
    "'\"abc\"'|Expected an int but was \"abc\"",
    "'\" 1\"'|Expected an int but was \" 1\"",
    "'\"+1\"'|Expected an int but was \"+1\"",
    "'\"\"'|Expected an int but was \"\"",
    "true|Expected an int but was BOOLEAN",
    "null|Expected an int but was NULL",
    "[]|Expected an int but was BEGIN_ARRAY",
  })
  void nextIntRejectsWhatIsNotAnExactInt(String json, String message) {
    JsonReader r = JsonReader.of(json);
    fails(Kind.SHAPE, message + " at line 1 column 1 path $", r::nextInt);
    r.skipValue();
    r.endDocument();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "9223372036854775807|9223372036854775807",
    "-9223372036854775808|-9223372036854775808",
    "'\"9223372036854775807\"'|9223372036854775807",
    "'\"-9223372036854775808\"'|-9223372036854775808",
    "9.223372036854775807e18|9223372036854775807",
    "12345678901234567|12345678901234567",
    "-1|-1",
  })
  void nextLongAcceptsTheWholeRangeAsNumberOrString(String json, long expected) {
    assertEquals(expected, JsonReader.of(json).nextLong());
  }

  @Test
  void nextLongRejectsOverflowAndLongNumbers() {
    fails(Kind.SHAPE,
        "Expected a long but was \"9223372036854775808\", which is out of range at line 1 column 1"
            + " path $", () -> JsonReader.of("\"9223372036854775808\"").nextLong());
    fails(Kind.SHAPE, "Expected a long but was -9223372036854775809, which is out of range"
        + " at line 1 column 1 path $", () -> JsonReader.of("-9223372036854775809").nextLong());
    String longZero = "0." + "0".repeat(200);
    fails(Kind.SHAPE, "Expected a long but was " + longZero.substring(0, 37)
        + "..., which is out of range at line 1 column 1 path $",
        () -> JsonReader.of(longZero).nextLong());
  }

  @Test
  void nextDoubleReadsNumbersAndProto3Strings() {
    JsonReader r = JsonReader.of(
        "[1.5,-0.0,4.9E-324,\"NaN\",\"Infinity\",\"-Infinity\",\"2.5e1\",7,1e-400]");
    r.beginArray();
    assertEquals(1.5, r.nextDouble());
    assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(r.nextDouble()));
    assertEquals(Double.MIN_VALUE, r.nextDouble());
    assertTrue(Double.isNaN(r.nextDouble()));
    assertEquals(Double.POSITIVE_INFINITY, r.nextDouble());
    assertEquals(Double.NEGATIVE_INFINITY, r.nextDouble());
    assertEquals(25.0, r.nextDouble());
    assertEquals(7.0, r.nextDouble());
    assertEquals(0.0, r.nextDouble());
    r.endArray();
  }

  @Test
  void nextDoubleRejectsOverflowAndOtherStrings() {
    fails(Kind.SHAPE, "Expected a double but was 1e400, which is out of range"
        + " at line 1 column 1 path $", () -> JsonReader.of("1e400").nextDouble());
    fails(Kind.SHAPE, "Expected a double but was \"nan\" at line 1 column 1 path $",
        () -> JsonReader.of("\"nan\"").nextDouble());
    fails(Kind.SHAPE, "Expected a double but was BOOLEAN at line 1 column 1 path $",
        () -> JsonReader.of("true").nextDouble());
  }

  @Test
  void nextStringRejectsANumber() {
    JsonReader r = JsonReader.of("12");
    fails(Kind.SHAPE, "Expected a string but was NUMBER at line 1 column 1 path $",
        r::nextString);
    assertEquals(12, r.nextInt());
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-22T10:00:00Z, 2026-11-22T10:00:00Z",
    "2026-11-22T10:00:00.1Z, 2026-11-22T10:00:00.100Z",
    "2026-11-22T10:00:00.123Z, 2026-11-22T10:00:00.123Z",
    "2026-11-22T10:00:00.123456Z, 2026-11-22T10:00:00.123456Z",
    "2026-11-22T10:00:00.123456789Z, 2026-11-22T10:00:00.123456789Z",
    "2026-11-22T10:00:00+01:00, 2026-11-22T09:00:00Z",
    "2026-11-22T10:00:00.5-05:30, 2026-11-22T15:30:00.5Z",
    "2026-11-22t10:00:00z, 2026-11-22T10:00:00Z",
    "2024-02-29T23:59:59-00:00, 2024-02-29T23:59:59Z",
    "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z, 9999-12-31T23:59:59.999999999Z",
    "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59.5Z",
  })
  void nextTimestampReadsRfc3339(String text, String expected) {
    assertEquals(Instant.parse(expected), JsonReader.of("\"" + text + "\"").nextTimestamp());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2026-11-22 10:00:00Z", "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z",
    "2026-11-22T24:00:00Z", "2026-11-22T10:60:00Z", "2026-11-22T10:00:60Z",
    "2026-11-22T10:00:00", "2026-11-22T10:00:00.Z", "2026-11-22T10:00:00.1234567890Z",
    "2026-11-22T10:00:00+01:00x", "2026-11-22T10:00:00+1:00", "2026-11-22T10:00:00+0100",
    "2026-1-22T10:00:00Z", "2026-11-22T10:00:00+19:00", "2026-11-22T10:00:00+01:60",
    "+2026-11-22T10:00:00Z", "2026-11-22T10:00Z", "2026-00-22T10:00:00Z", "a",
    "2026-11-22T10:0a:00Z", "2026-11-22T10:00:00ZZ",
  })
  void nextTimestampRejectsOtherText(String text) {
    JsonReader r = JsonReader.of("[\"" + text + "\"]");
    r.beginArray();
    fails(Kind.SHAPE, "Expected an RFC 3339 timestamp but was \"" + text + "\""
        + " at line 1 column 2 path $[0]", r::nextTimestamp);
    assertEquals(text, r.nextString());
  }

  @Test
  void nextTimestampRejectsANumber() {
    fails(Kind.SHAPE, "Expected a timestamp but was NUMBER at line 1 column 1 path $",
        () -> JsonReader.of("1700000000").nextTimestamp());
  }

  @Test
  void namesAreDecodedLikeStrings() {
    JsonReader r = JsonReader.of("{\"a\\nb\\u00e9\":1}");
    r.beginObject();
    assertEquals("a\nb\u00e9", r.nextName());
    assertEquals("$.a\nb\u00e9", r.path());
  }

  @Test
  void invalidLimitsAreRejected() {
    byte[] doc = "1".getBytes(UTF_8);
    assertThrows(IllegalArgumentException.class, () -> JsonReader.of(doc, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.of(doc, 1, -1));
  }

  @Test
  void stringsAreReadInFullFromNonAsciiBytes() {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0x20; cp < 0x3000; cp += 7) {
      if (cp != '"' && cp != '\\') {
        sb.appendCodePoint(cp);
      }
    }
    sb.appendCodePoint(0x10FFFF).appendCodePoint(0x1F600);
    byte[] doc = ("\"" + sb + "\"").getBytes(UTF_8);
    assertEquals(sb.toString(), JsonReader.of(doc).nextString());
    assertArrayEquals(doc, ("\"" + JsonReader.of(doc).nextString() + "\"").getBytes(UTF_8));
  }
}
