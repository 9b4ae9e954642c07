package dev.tinychat.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link JsonReader} (Jazzer; the committed inputs under
 * src/test/resources/dev/tinychat/json/JsonReaderFuzzTestInputs run in every build, see FUZZING
 * in ARCHITECTURE.md for a longer run). Invariants: nothing but {@link JsonException} escapes,
 * whatever the bytes and whatever the calls; what was read, written and read again is equal.
 */
class JsonReaderFuzzTest {
  /** Any bytes: read as a tree (or refused), written, read again: the same tree. */
  @FuzzTest(maxDuration = "10m")
  void readWriteRead(byte[] input) {
    Object tree;
    try {
      JsonReader reader = JsonReader.of(input);
      tree = read(reader);
      reader.endDocument();
    } catch (JsonException e) {
      return;
    }
    JsonWriter writer = JsonWriter.create();
    write(writer, tree);
    byte[] written = writer.toByteArray();
    JsonReader again = JsonReader.of(written);
    assertEquals(tree, read(again));
    again.endDocument();
    // and writing is deterministic
    JsonWriter twice = JsonWriter.create();
    write(twice, tree);
    assertEquals(new String(written, java.nio.charset.StandardCharsets.UTF_8),
        new String(twice.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Bytes read by any sequence of the reader's calls (typed values, skips, peeks, paths, shape
   * errors): only JsonException may escape, and a SYNTAX error poisons the reader.
   */
  @FuzzTest(maxDuration = "10m")
  void anyCalls(FuzzedDataProvider data) {
    int[] calls = new int[data.consumeInt(0, 64)];
    for (int i = 0; i < calls.length; i++) {
      calls[i] = data.consumeInt(0, 17);
    }
    JsonReader reader = JsonReader.of(data.consumeRemainingAsBytes(), 8, 1 << 16);
    JsonException syntax = null;
    for (int call : calls) {
      try {
        call(reader, call);
      } catch (JsonException e) {
        if (syntax != null) {
          assertEquals(syntax, e); // poisoned: the same exception
        } else if (e.kind() == JsonException.Kind.SYNTAX) {
          syntax = e;
        }
      }
    }
  }

  private static void call(JsonReader reader, int call) {
    switch (call) {
      case 0 -> reader.peek();
      case 1 -> reader.beginObject();
      case 2 -> reader.endObject();
      case 3 -> reader.beginArray();
      case 4 -> reader.endArray();
      case 5 -> reader.hasNext();
      case 6 -> reader.nextName();
      case 7 -> reader.nextString();
      case 8 -> reader.nextBoolean();
      case 9 -> reader.nextNull();
      case 10 -> reader.nextInt();
      case 11 -> reader.nextLong();
      case 12 -> reader.nextDouble();
      case 13 -> reader.nextTimestamp();
      case 14 -> reader.skipValue();
      case 15 -> reader.endDocument();
      case 16 -> reader.path();
      default -> reader.shapeError("fuzz").getMessage();
    }
  }

  /** A tree of JSON values: List (array), List of entries (object), String, Double, Boolean, null. */
  static Object read(JsonReader reader) {
    switch (reader.peek()) {
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case BEGIN_OBJECT -> {
        List<SimpleEntry<String, Object>> members = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          members.add(new SimpleEntry<>(name, read(reader)));
        }
        reader.endObject();
        return new Members(members);
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return reader.nextDouble();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      default -> {
        reader.nextNull();
        return null;
      }
    }
  }

  /** An object's members in order, duplicates kept. */
  record Members(List<SimpleEntry<String, Object>> list) {}

  @SuppressWarnings("unchecked")
  static void write(JsonWriter writer, Object tree) {
    if (tree instanceof Members members) {
      writer.beginObject();
      for (SimpleEntry<String, Object> member : members.list()) {
        writer.name(member.getKey());
        write(writer, member.getValue());
      }
      writer.endObject();
    } else if (tree instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (tree instanceof String text) {
      writer.value(text);
    } else if (tree instanceof Double number) {
      writer.value((double) number);
    } else if (tree instanceof Boolean bool) {
      writer.value((boolean) bool);
    } else {
      writer.nullValue();
    }
  }
}
