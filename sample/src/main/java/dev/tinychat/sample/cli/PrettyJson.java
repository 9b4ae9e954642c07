package dev.tinychat.sample.cli;

import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonToken;
import dev.tinychat.json.JsonWriter;

/** Re-indents compact JSON for people: two spaces a level, one member a line. */
final class PrettyJson {
  private PrettyJson() {}

  static String format(byte[] compact) {
    JsonReader reader = JsonReader.of(compact);
    StringBuilder out = new StringBuilder();
    value(reader, out, 0);
    reader.endDocument();
    return out.toString();
  }

  private static void value(JsonReader reader, StringBuilder out, int depth) {
    JsonToken token = reader.peek();
    switch (token) {
      case BEGIN_OBJECT:
        reader.beginObject();
        out.append('{');
        boolean firstMember = true;
        while (reader.hasNext()) {
          out.append(firstMember ? "\n" : ",\n");
          firstMember = false;
          indent(out, depth + 1);
          out.append(quote(reader.nextName())).append(": ");
          value(reader, out, depth + 1);
        }
        reader.endObject();
        if (!firstMember) {
          out.append('\n');
          indent(out, depth);
        }
        out.append('}');
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        out.append('[');
        boolean firstElement = true;
        while (reader.hasNext()) {
          out.append(firstElement ? "\n" : ",\n");
          firstElement = false;
          indent(out, depth + 1);
          value(reader, out, depth + 1);
        }
        reader.endArray();
        if (!firstElement) {
          out.append('\n');
          indent(out, depth);
        }
        out.append(']');
        break;
      case STRING:
        out.append(quote(reader.nextString()));
        break;
      case NUMBER:
        out.append(number(reader));
        break;
      case BOOLEAN:
        out.append(reader.nextBoolean());
        break;
      case NULL:
        reader.nextNull();
        out.append("null");
        break;
      default:
        throw reader.shapeError("Expected a value but was " + token);
    }
  }

  /** An integral number as written, any other as the shortest double that reads back the same. */
  private static String number(JsonReader reader) {
    try {
      return Long.toString(reader.nextLong());
    } catch (JsonException notIntegral) {
      return Double.toString(reader.nextDouble());
    }
  }

  private static String quote(String text) {
    return new String(JsonWriter.create().value(text).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
