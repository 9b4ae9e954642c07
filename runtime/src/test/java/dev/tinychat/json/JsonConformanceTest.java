package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Accept (y_) and reject (n_) cases in the spirit of JSONTestSuite. These are our own cases, not
 * copied from that suite. Every document is read twice: once decoding every value, once with
 * {@link JsonReader#skipValue()}; both must agree. Bytes that are not valid UTF-8 are written as
 * {@code <XX>} (hex) and turned into raw bytes by {@link #bytes(String)}.
 */
class JsonConformanceTest {

  @ParameterizedTest(name = "y_ {0}")
  @ValueSource(strings = {
    // numbers
    "0", "-0", "1", "-1", "123456789012345678901234567890", "1.5", "-0.0", "1e5", "1E5",
    "1e+5", "1e-5", "1.5E-10", "0.0001", "[-1.0e+2]", "0e0", "1E400", "[0,-0,10]",
    // strings and escapes
    "\"\"", "\"abc\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u0041\"", "\"\\ud83d\\ude00\"",
    "\"\\u0000\"", "\"\\u00E9\\u00e9\"", "\"\\uFFFF\"", "\"\u007f\"", "\"\u00e9\"",
    "\"\u20ac\"", "\"\ud83d\ude00\"", "\"<EF><BF><BF>\"", "\"<F4><8F><BF><BF>\"",
    "\"<E0><A0><80>\"", "\"<C2><80>\"", "\"a/b\"", "\"\\u2028\"",
    // structure
    "[]", "{}", "[[]]", "{\"a\":{}}", "[1,\"a\",true,false,null,{},[]]",
    "{\"a\":1,\"b\":[2]}", "{\"\":0}", "{\"a\":1,\"a\":2}", "true", "false", "null", "\"top\"",
    "[[[[[[[[[[1]]]]]]]]]]",
    // whitespace
    " \t\r\n[ 1 , 2 ] \n", "{ \"a\" : 1 }", "\n\n0\n", "[\r\n]",
  })
  void accepted(String text) {
    Object decoded = read(JsonReader.of(bytes(text)));
    JsonReader skipping = JsonReader.of(bytes(text));
    skipping.skipValue();
    skipping.endDocument();
    assertEquals(decoded, read(JsonReader.of(bytes(text))), "reads the same twice");
  }

  @ParameterizedTest(name = "n_ {0}")
  @ValueSource(strings = {
    // numbers
    "01", "-01", "+1", ".5", "1.", "1.e5", "1e", "1e+", "-", "--1", "0x10", "NaN", "Infinity",
    "-Infinity", "1 2", "1,", "[1.5.3]", "[012]", "1_000", "1e5.5", "[-]", "[1e]", "- 1",
    // strings and escapes
    "\"abc", "'abc'", "\"\\q\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\x41\"", "\"a\tb\"",
    "\"a\nb\"", "\"\u0000\"", "\"\u001f\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
    "\"\\ud800x\"", "\"\\ud83d\\ud83d\"", "\"\\", "\"\\U0041\"", "\"\\'\"", "[\"a]",
    // bad UTF-8: overlong, surrogates, past U+10FFFF, stray or missing continuations
    "\"<C0><AF>\"", "\"<C1><BF>\"", "\"<E0><80><AF>\"", "\"<E0><9F><BF>\"", "\"<ED><A0><80>\"",
    "\"<ED><BF><BF>\"", "\"<F0><80><80><AF>\"", "\"<F4><90><80><80>\"", "\"<F5><80><80><80>\"",
    "\"<80>\"", "\"<BF>\"", "\"<C3>\"", "\"<E2><82>\"", "\"<F0><9F><98>\"", "\"<FF>\"",
    "\"<FE>\"", "\"<F8><88><80><80><80>\"", "\"<C3><28>\"", "<C3><A9>", "\"<C3>",
    // structure
    "[", "]", "{", "}", "[1,]", "{\"a\":1,}", "[,1]", "{,}", "{\"a\"}", "{\"a\" 1}", "{a:1}",
    "{'a':1}", "{\"a\":1 \"b\":2}", "[1 2]", "[1:2]", "{\"a\"::1}", "{1:1}", "[}", "{]",
    "[] []", "[]]", "{}}", "", " ", "tru", "nul", "truex", "True", "NULL", "/* c */ 1",
    "// c\n1", "[1] x", "{\"a\":}", "[1,,2]", "{\"a\":1,,\"b\":2}", "[\"a\",]", "{\"a\":[}",
    // whitespace that RFC 8259 does not allow
    "\f1", "\u000b1", "\u00a01", "\ufeff1", "[1\u00a0]", "\u20281",
    // depth over the default limit of 64
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
        + "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
  })
  void rejected(String text) {
    JsonException decoding =
        assertThrows(JsonException.class, () -> read(JsonReader.of(bytes(text))));
    assertEquals(JsonException.Kind.SYNTAX, decoding.kind(), decoding.getMessage());
    JsonException skipping = assertThrows(JsonException.class, () -> {
      JsonReader r = JsonReader.of(bytes(text));
      r.skipValue();
      r.endDocument();
    });
    assertEquals(decoding.getMessage(), skipping.getMessage());
  }

  /** Reads a whole document into lists, maps, strings, doubles, booleans and null. */
  static Object read(JsonReader r) {
    Object v = value(r);
    r.endDocument();
    return v;
  }

  private static Object value(JsonReader r) {
    switch (r.peek()) {
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          list.add(value(r));
        }
        r.endArray();
        return list;
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          String name = r.nextName();
          map.put(name, value(r));
        }
        r.endObject();
        return map;
      case STRING:
        return r.nextString();
      case NUMBER:
        try {
          return r.nextDouble();
        } catch (JsonException e) {
          r.skipValue(); // over the range of a double, such as 1E400, yet valid JSON
          return e.getMessage();
        }
      case BOOLEAN:
        return r.nextBoolean();
      default:
        r.nextNull();
        return null;
    }
  }

  /** The UTF-8 bytes of {@code text}, where {@code <XX>} stands for the raw byte 0xXX. */
  static byte[] bytes(String text) {
    byte[] utf8 = text.getBytes(UTF_8);
    byte[] out = new byte[utf8.length];
    int n = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '<' && i + 3 < utf8.length && utf8[i + 3] == '>') {
        out[n++] = (byte) Integer.parseInt(new String(utf8, i + 1, 2, UTF_8), 16);
        i += 3;
      } else {
        out[n++] = utf8[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
