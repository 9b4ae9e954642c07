package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonValue}: free-form JSON read and written without loss. */
class JsonValueTest {
  /** A card message as Google's reference shows them, compact, with numbers of every form. */
  private static final String CARD = "{\"cardsV2\":[{\"cardId\":\"build-42\",\"card\":{\"header\":"
      + "{\"title\":\"Build 42 \\\"green\\\"\",\"subtitle\":\"\u65e5\u672c \ud83d\ude00\","
      + "\"imageType\":\"CIRCLE\"},\"sections\":[{\"collapsible\":true,"
      + "\"uncollapsibleWidgetsCount\":1,\"widgets\":[{\"decoratedText\":{\"text\":\"a\\nb\","
      + "\"wrapText\":false}},{\"columns\":{\"columnItems\":[]}},{\"divider\":{}}]}]}}],"
      + "\"numbers\":[0,-0,1.50,1.5e3,-2E-7,12345678901234567890123.000,1e999999999],"
      + "\"nothing\":null,\"z\":\"last\",\"a\":\"after z\"}";

  @Test
  void compactJsonRoundTripsByteForByte() {
    JsonValue value = JsonValue.parse(CARD);
    assertEquals(CARD, value.toString());
    JsonWriter out = JsonWriter.create();
    value.write(out);
    assertEquals(CARD, new String(out.toByteArray(), UTF_8));
  }

  @Test
  void numbersKeepTheirText() {
    List<JsonValue> numbers = JsonValue.parse(CARD).get("numbers").asList();
    assertEquals(List.of("0", "-0", "1.50", "1.5e3", "-2E-7", "12345678901234567890123.000",
        "1e999999999"), numbers.stream().map(JsonValue::toString).toList());
    assertEquals(new BigDecimal("12345678901234567890123.000"), numbers.get(5).asNumber());
    assertEquals(1500.0, numbers.get(3).asNumber().doubleValue());
    assertEquals(JsonToken.NUMBER, numbers.get(0).kind());
  }

  @Test
  void prettyInputIsWrittenCompactInTheSameOrder() {
    JsonValue value = JsonValue.parse("{\n  \"b\" : [ 1 , { } , [ ] ],\n  \"a\" : \"x\"\n}\n");
    assertEquals("{\"b\":[1,{},[]],\"a\":\"x\"}", value.toString());
    assertEquals(List.of("b", "a"), List.copyOf(value.asMap().keySet()));
  }

  @Test
  void equalityIsByContentObjectsInAnyOrderNumbersByText() {
    assertEquals(JsonValue.parse("{\"a\":1,\"b\":[true,null]}"),
        JsonValue.parse("{\"b\":[true,null],\"a\":1}"));
    assertEquals(JsonValue.parse("{\"a\":1,\"b\":[true,null]}").hashCode(),
        JsonValue.parse("{\"b\":[true,null],\"a\":1}").hashCode());
    assertNotEquals(JsonValue.parse("1"), JsonValue.parse("1.0"));
    assertNotEquals(JsonValue.parse("[1,2]"), JsonValue.parse("[2,1]"));
    assertNotEquals(JsonValue.parse("\"1\""), JsonValue.parse("1"));
    assertEquals(JsonValue.NULL, JsonValue.parse("null"));
  }

  @Test
  void builtValuesMatchParsedOnes() {
    JsonValue built = JsonValue.object()
        .with("header", JsonValue.object().with("title", JsonValue.of("Build 42"))
            .with("imageType", JsonValue.of("CIRCLE")))
        .with("count", JsonValue.of(3))
        .with("ok", JsonValue.of(true))
        .with("ratio", JsonValue.of(0.25))
        .with("none", JsonValue.of((String) null))
        .with("list", JsonValue.array(JsonValue.of("a"), null, JsonValue.number("1e2")));
    assertEquals("{\"header\":{\"title\":\"Build 42\",\"imageType\":\"CIRCLE\"},\"count\":3,"
        + "\"ok\":true,\"ratio\":0.25,\"none\":null,\"list\":[\"a\",null,1e2]}", built.toString());
    assertEquals(JsonValue.parse(built.toString()), built);
  }

  @Test
  void aMemberSetAgainKeepsItsPlaceAndValuesAreImmutable() {
    JsonValue first = JsonValue.object().with("a", JsonValue.of(1)).with("b", JsonValue.of(2))
        .with("a", JsonValue.of(3));
    JsonValue second = first.with("c", JsonValue.of(4));
    assertEquals("{\"a\":3,\"b\":2}", first.toString());
    assertEquals("{\"a\":3,\"b\":2,\"c\":4}", second.toString());
    assertThrows(UnsupportedOperationException.class, () -> first.asMap().put("x", null));
    List<JsonValue> elements = JsonValue.parse("[1]").asList();
    assertThrows(UnsupportedOperationException.class, () -> elements.add(JsonValue.NULL));
    Map<String, JsonValue> source = new LinkedHashMap<>(Map.of("k", JsonValue.of("v")));
    JsonValue copied = JsonValue.object(source);
    source.put("k2", JsonValue.NULL);
    assertEquals("{\"k\":\"v\"}", copied.toString());
    assertSame(JsonValue.EMPTY_OBJECT, JsonValue.object(new LinkedHashMap<>()));
    assertSame(JsonValue.EMPTY_OBJECT, JsonValue.object(null));
    assertNull(first.get("missing"));
  }

  @Test
  void anAccessorOfAnotherKindNamesBoth() {
    JsonValue text = JsonValue.of("x");
    assertEquals("x", text.asString());
    assertEquals(JsonToken.STRING, text.kind());
    assertEquals("Expected BEGIN_OBJECT but the value is STRING",
        assertThrows(IllegalStateException.class, () -> text.get("a")).getMessage());
    assertThrows(IllegalStateException.class, text::asNumber);
    assertThrows(IllegalStateException.class, () -> JsonValue.NULL.asBoolean());
    assertThrows(IllegalStateException.class, () -> JsonValue.of(true).asList());
    assertThrows(IllegalStateException.class, () -> JsonValue.of(1).with("a", JsonValue.NULL));
    assertEquals(true, JsonValue.parse("true").asBoolean());
  }

  @Test
  void readConsumesExactlyOneValueInsideADocument() {
    JsonReader json = JsonReader.of("{\"card\":{\"x\":[1,{\"y\":null}]},\"after\":7}");
    json.beginObject();
    assertEquals("card", json.nextName());
    assertEquals("{\"x\":[1,{\"y\":null}]}", JsonValue.read(json).toString());
    assertEquals("after", json.nextName());
    assertEquals(7, json.nextInt());
    json.endObject();
    json.endDocument();
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBackAsAGeneratedCodecDoes() {
    String in = "{\"name\":\"spaces/A\",\"newField\":{\"nested\":[1.0,\"x\"]},"
        + "\"displayName\":\"Team\",\"flag\":false}";
    JsonReader json = JsonReader.of(in);
    Map<String, JsonValue> unknown = null;
    String name = null;
    String displayName = null;
    json.beginObject();
    while (json.hasNext()) {
      String member = json.nextName();
      switch (member) {
        case "name":
          name = json.nextString();
          break;
        case "displayName":
          displayName = json.nextString();
          break;
        default:
          unknown = JsonValue.readMember(unknown, member, json);
      }
    }
    json.endObject();
    JsonValue unknownFields = JsonValue.object(unknown);
    assertEquals("{\"newField\":{\"nested\":[1.0,\"x\"]},\"flag\":false}",
        unknownFields.toString());

    JsonWriter out = JsonWriter.create().beginObject()
        .name("name").value(name).name("displayName").value(displayName);
    unknownFields.writeMembers(out);
    assertEquals("{\"name\":\"spaces/A\",\"displayName\":\"Team\","
        + "\"newField\":{\"nested\":[1.0,\"x\"]},\"flag\":false}",
        new String(out.endObject().toByteArray(), UTF_8));
  }

  @Test
  void aDuplicateNameIsAShapeErrorNamingIt() {
    JsonException e = assertThrows(JsonException.class,
        () -> JsonValue.parse("{\"a\":{\"b\":1,\"b\":2}}"));
    assertEquals(JsonException.Kind.SHAPE, e.kind());
    assertEquals("Duplicate name \"b\" at line 1 column 16 path $.a.b", e.getMessage());
  }

  @Test
  void nestingIsLimitedWhenReadAndWhenBuilt() {
    String ok = "[".repeat(JsonValue.MAX_DEPTH) + "]".repeat(JsonValue.MAX_DEPTH);
    assertEquals(ok, JsonValue.parse(ok).toString());

    // A reader allowing more nesting still gets no deeper JsonValue.
    String deep = "[".repeat(JsonValue.MAX_DEPTH + 1) + "]".repeat(JsonValue.MAX_DEPTH + 1);
    JsonException e = assertThrows(JsonException.class,
        () -> JsonValue.read(JsonReader.of(deep.getBytes(UTF_8), 1000, 1 << 20)));
    assertEquals(JsonException.Kind.SHAPE, e.kind());
    assertEquals("Nesting too deep for a JsonValue: more than 64 levels at line 1 column 65 path "
        + "$" + "[0]".repeat(JsonValue.MAX_DEPTH), e.getMessage());

    JsonValue value = JsonValue.array();
    for (int i = 1; i < JsonValue.MAX_DEPTH; i++) {
      value = JsonValue.array(value);
    }
    JsonValue full = value;
    IllegalArgumentException built =
        assertThrows(IllegalArgumentException.class, () -> JsonValue.array(full));
    assertEquals("Nesting too deep: more than 64 levels", built.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonValue.object().with("x", full));
  }

  @Test
  void valuesThatCouldNotBeWrittenAreRefusedWhenBuilt() {
    assertEquals("Not a JSON number: \"01\"",
        assertThrows(IllegalArgumentException.class, () -> JsonValue.number("01")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonValue.number(" 1"));
    assertThrows(IllegalArgumentException.class, () -> JsonValue.number("\u0661"));
    assertThrows(IllegalArgumentException.class, () -> JsonValue.number(""));
    assertThrows(IllegalArgumentException.class, () -> JsonValue.of(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> JsonValue.of(Double.POSITIVE_INFINITY));
    assertEquals("Lone surrogate at index 1 of a string", assertThrows(
        IllegalArgumentException.class, () -> JsonValue.of("a\ud800b")).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> JsonValue.object().with("\udc00", JsonValue.NULL));
    assertEquals("\"\ud83d\ude00\"", JsonValue.of("\ud83d\ude00").toString());
  }

  @Test
  void readNamesWhatIsNotAValue() {
    JsonReader json = JsonReader.of("{\"a\":1}");
    json.beginObject();
    JsonException e = assertThrows(JsonException.class, () -> JsonValue.read(json));
    assertEquals("Expected a value but was NAME at line 1 column 2 path $", e.getMessage());
    assertEquals(JsonToken.NUMBER, JsonValue.parse(" 5 ").kind());
    assertThrows(JsonException.class, () -> JsonValue.parse("[1,]"));
    assertThrows(JsonException.class, () -> JsonValue.parse("1 2"));
  }

  @Test
  void nextNumberAndNumberAreExactAndStrict() {
    JsonReader json = JsonReader.of("[-1.250E+3,\"2\"]");
    json.beginArray();
    assertEquals("-1.250E+3", json.nextNumber());
    JsonException e = assertThrows(JsonException.class, json::nextNumber);
    assertEquals("Expected a number but was STRING at line 1 column 12 path $[1]",
        e.getMessage());
    assertEquals("2", json.nextString());

    JsonWriter out = JsonWriter.create().beginArray().number("-0.0e-0");
    assertThrows(IllegalArgumentException.class, () -> out.number("1."));
    assertThrows(IllegalArgumentException.class, () -> out.number("NaN"));
    assertEquals("[-0.0e-0,2]", new String(out.number("2").endArray().toByteArray(), UTF_8));
  }
}
