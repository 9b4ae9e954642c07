package dev.tinychat.sample.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonWriter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Coverage-guided fuzzing of every generated codec of the sample, through its public static
 * {@code read} and {@code write} (Jazzer; the committed inputs under
 * src/test/resources/dev/tinychat/sample/chat/CodecFuzzTestInputs run in every build, see FUZZING
 * in ARCHITECTURE.md for a longer run). Invariants: reading any bytes gives a value or a {@link
 * JsonException}, nothing else; a value read, written and read again is equal, and written again
 * gives the same bytes.
 */
class CodecFuzzTest {
  /** A generated codec's two entry points. */
  record Codec<T>(Function<JsonReader, T> read, BiConsumer<JsonWriter, T> write) {}

  static final List<Codec<?>> CODECS = List.of(
      new Codec<>(SpaceJson::read, SpaceJson::write),
      new Codec<>(MembershipJson::read, MembershipJson::write),
      new Codec<>(ListMembershipsResponseJson::read, ListMembershipsResponseJson::write),
      new Codec<>(SpaceDetailsJson::read, SpaceDetailsJson::write),
      new Codec<>(AccessSettingsJson::read, AccessSettingsJson::write),
      new Codec<>(MembershipCountJson::read, MembershipCountJson::write),
      new Codec<>(PermissionSettingsJson::read, PermissionSettingsJson::write),
      new Codec<>(PermissionSettingJson::read, PermissionSettingJson::write),
      new Codec<>(UserJson::read, UserJson::write),
      new Codec<>(GroupJson::read, GroupJson::write));

  /** The last byte picks the codec (0 = Space, 1 = Membership, 2 = the members page, ...). */
  @FuzzTest(maxDuration = "10m")
  void readWriteRead(FuzzedDataProvider data) {
    roundTrip(CODECS.get(data.consumeInt(0, CODECS.size() - 1)), data.consumeRemainingAsBytes());
  }

  private static <T> void roundTrip(Codec<T> codec, byte[] input) {
    T value;
    try {
      JsonReader reader = JsonReader.of(input);
      value = codec.read().apply(reader);
      reader.endDocument();
    } catch (JsonException e) {
      return;
    }
    byte[] written = write(codec, value);
    JsonReader again = JsonReader.of(written);
    assertEquals(value, codec.read().apply(again));
    again.endDocument();
    assertArrayEquals(written, write(codec, value));
  }

  private static <T> byte[] write(Codec<T> codec, T value) {
    JsonWriter writer = JsonWriter.create();
    codec.write().accept(writer, value);
    return writer.toByteArray();
  }
}
