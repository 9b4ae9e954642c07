package dev.tinychat.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Corrupted documents fail only with {@link JsonException}: never a NullPointerException,
 * IndexOutOfBoundsException, NumberFormatException or the like. Decoding and skipping agree on
 * whether a document is valid and on the error.
 */
class JsonMutationTest {
  private static final byte[] SAMPLE = ("{\"name\":\"spaces/AAA\","
      + "\"n\":[0,-1.5e3,12,\"9007199254740993\"],"
      + "\"t\":\"2026-11-22T10:00:00.123Z\",\"s\":\"\\u00e9\\ud83d\\ude00\u00e9\ud83d\ude00\\n\","
      + "\"o\":{\"a\":[true,false,null,{}],\"b\":\"NaN\"},\"e\":[]}").getBytes(UTF_8);
  private static final byte[] ALPHABET =
      "{}[]:,\"\\/-+.0123456789eEtfnulrsaxU \n\t\u0000".getBytes(UTF_8);

  @Test
  void mutatedDocumentsFailOnlyWithJsonException() {
    Random random = new Random(20261122);
    int valid = 0;
    for (int round = 0; round < 5_000; round++) {
      byte[] doc = mutate(SAMPLE, random);
      String decoded = outcome(doc, true);
      String skipped = outcome(doc, false);
      assertEquals(decoded.startsWith("ok"), skipped.startsWith("ok"), new String(doc, UTF_8));
      if (!decoded.startsWith("ok")) {
        assertEquals(decoded, skipped, new String(doc, UTF_8));
      } else {
        valid++;
      }
    }
    // The mutations must exercise both outcomes.
    assertEquals(true, valid > 50 && valid < 4_900, "valid documents: " + valid);
  }

  private static byte[] mutate(byte[] sample, Random random) {
    byte[] doc = sample.clone();
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(doc.length);
      switch (random.nextInt(4)) {
        case 0:
          doc[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          break;
        case 1:
          doc[at] = (byte) random.nextInt(256);
          break;
        case 2:
          doc = Arrays.copyOf(doc, at);
          return doc.length == 0 ? new byte[] {'x'} : doc;
        default:
          byte[] longer = new byte[doc.length + 1];
          System.arraycopy(doc, 0, longer, 0, at);
          longer[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          System.arraycopy(doc, at, longer, at + 1, doc.length - at);
          doc = longer;
      }
    }
    return doc;
  }

  /** "ok" or the SYNTAX error's message; any other failure fails the test. */
  private static String outcome(byte[] doc, boolean decode) {
    JsonReader r = JsonReader.of(doc, 8, 1 << 20);
    try {
      if (decode) {
        value(r);
      } else {
        r.skipValue();
      }
      r.endDocument();
      return "ok";
    } catch (JsonException e) {
      assertEquals(JsonException.Kind.SYNTAX, e.kind(), e.getMessage());
      return e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      fail(new String(doc, UTF_8), e);
      return null;
    }
  }

  /** Reads a value with every typed read that could apply, falling back on SHAPE errors. */
  private static void value(JsonReader r) {
    switch (r.peek()) {
      case BEGIN_ARRAY:
        r.beginArray();
        while (r.hasNext()) {
          value(r);
        }
        r.endArray();
        break;
      case BEGIN_OBJECT:
        r.beginObject();
        while (r.hasNext()) {
          r.nextName();
          value(r);
        }
        r.endObject();
        break;
      case NUMBER:
      case STRING:
        for (int attempt = 0; ; attempt++) {
          try {
            switch (attempt) {
              case 0: r.nextInt(); return;
              case 1: r.nextLong(); return;
              case 2: r.nextTimestamp(); return;
              case 3: r.nextDouble(); return;
              default: r.nextString(); return;
            }
          } catch (JsonException e) {
            if (e.kind() == JsonException.Kind.SYNTAX) {
              throw e;
            }
            if (attempt > 4) {
              r.skipValue();
              return;
            }
          }
        }
      case BOOLEAN:
        r.nextBoolean();
        break;
      default:
        r.nextNull();
    }
  }
}
