package dev.tinychat.sample.bench;

import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonObjectParser;
import com.google.api.client.json.gson.GsonFactory;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonWriter;
import dev.tinychat.sample.chat.AccessSettingsBuilder;
import dev.tinychat.sample.chat.PermissionSettingBuilder;
import dev.tinychat.sample.chat.PermissionSettingsBuilder;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpaceBuilder;
import dev.tinychat.sample.chat.SpaceDetailsBuilder;
import dev.tinychat.sample.chat.SpaceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm, in-process throughput of the JSON codecs: decoding one full Space response and encoding
 * one create request, with our generated {@code SpaceJson} and with Google's client (its
 * {@code JsonObjectParser} over {@code GsonFactory}, the path its HTTP responses take, and
 * {@code GsonFactory.toByteArray}).
 *
 * <p>A hand-made harness, not JMH: every round runs one batch of each side, the side that goes
 * first alternating from round to round, after warm-up rounds that are not recorded. Every result
 * feeds a sink that is printed, so the JIT cannot drop the work.
 */
final class JsonThroughput {
  /** A Space response with every field a response carries (input-only fields are never sent). */
  static final String SPACE_RESPONSE =
      "{\"name\":\"spaces/AAAAbCdEfGh\",\"type\":\"ROOM\",\"spaceType\":\"SPACE\","
          + "\"singleUserBotDm\":false,\"threaded\":false,"
          + "\"displayName\":\"Benchmarks and release planning\",\"externalUserAllowed\":true,"
          + "\"spaceThreadingState\":\"THREADED_MESSAGES\","
          + "\"spaceDetails\":{\"description\":\"Where we compare clients.\","
          + "\"guidelines\":\"Post numbers with the command that produced them.\"},"
          + "\"spaceHistoryState\":\"HISTORY_ON\",\"importMode\":false,"
          + "\"createTime\":\"2026-11-22T10:00:00.123456Z\","
          + "\"lastActiveTime\":\"2026-11-22T16:45:12.500Z\",\"adminInstalled\":false,"
          + "\"membershipCount\":{\"joinedDirectHumanUserCount\":12,\"joinedGroupCount\":2},"
          + "\"accessSettings\":{\"accessState\":\"DISCOVERABLE\","
          + "\"audience\":\"audiences/default\"},"
          + "\"customer\":\"customers/my_customer\","
          + "\"spaceUri\":\"https://chat.google.com/room/AAAAbCdEfGh?cls=11\","
          + "\"permissionSettings\":{"
          + setting("manageMembersAndGroups", true, true, false) + ","
          + setting("modifySpaceDetails", true, true, false) + ","
          + setting("toggleHistory", true, false, false) + ","
          + setting("useAtMentionAll", true, true, true) + ","
          + setting("manageApps", true, true, true) + ","
          + setting("manageWebhooks", true, true, true) + ","
          + setting("postMessages", true, true, true) + ","
          + setting("replyMessages", true, true, true) + "},"
          + "\"importModeExpireTime\":\"2026-12-22T10:00:00Z\"}";

  private static final JsonFactory GSON = GsonFactory.getDefaultInstance();
  private static final JsonObjectParser GOOGLE_PARSER = new JsonObjectParser(GSON);

  private final byte[] response = SPACE_RESPONSE.getBytes(StandardCharsets.UTF_8);
  private final Space ourRequest = ourRequest();
  private final com.google.api.services.chat.v1.model.Space googleRequest = googleRequest();
  private long sink;

  /** Medians and all samples of one operation, in operations per second. */
  record Result(String operation, List<Double> ours, List<Double> google) {}

  private static String setting(String name, boolean managers, boolean assistants, boolean members) {
    return "\"" + name + "\":{\"managersAllowed\":" + managers + ",\"assistantManagersAllowed\":"
        + assistants + ",\"membersAllowed\":" + members + "}";
  }

  private static Space ourRequest() {
    return new SpaceBuilder()
        .spaceType(Space.SpaceType.SPACE)
        .displayName("Benchmarks and release planning")
        .externalUserAllowed(true)
        .spaceDetails(
            new SpaceDetailsBuilder()
                .description("Where we compare clients.")
                .guidelines("Post numbers with the command that produced them.")
                .build())
        .spaceHistoryState(Space.HistoryState.HISTORY_ON)
        .accessSettings(new AccessSettingsBuilder().audience("audiences/default").build())
        .customer("customers/my_customer")
        .predefinedPermissionSettings(Space.PredefinedPermissionSettings.COLLABORATION_SPACE)
        .permissionSettings(
            new PermissionSettingsBuilder()
                .manageApps(
                    new PermissionSettingBuilder().managersAllowed(true).membersAllowed(false).build())
                .build())
        .build();
  }

  private static com.google.api.services.chat.v1.model.Space googleRequest() {
    return new com.google.api.services.chat.v1.model.Space()
        .setSpaceType("SPACE")
        .setDisplayName("Benchmarks and release planning")
        .setExternalUserAllowed(true)
        .setSpaceDetails(
            new com.google.api.services.chat.v1.model.SpaceDetails()
                .setDescription("Where we compare clients.")
                .setGuidelines("Post numbers with the command that produced them."))
        .setSpaceHistoryState("HISTORY_ON")
        .setAccessSettings(
            new com.google.api.services.chat.v1.model.AccessSettings()
                .setAudience("audiences/default"))
        // this revision of Google's model has no customer field: unknown keys go through set()
        .set("customer", "customers/my_customer")
        .setPredefinedPermissionSettings("COLLABORATION_SPACE")
        .setPermissionSettings(
            new com.google.api.services.chat.v1.model.PermissionSettings()
                .setManageApps(
                    new com.google.api.services.chat.v1.model.PermissionSetting()
                        .setManagersAllowed(true)
                        .setMembersAllowed(false)));
  }

  Space decodeOurs() {
    return SpaceJson.read(JsonReader.of(response));
  }

  com.google.api.services.chat.v1.model.Space decodeGoogle() {
    try {
      return GOOGLE_PARSER.parseAndClose(
          new ByteArrayInputStream(response),
          StandardCharsets.UTF_8,
          com.google.api.services.chat.v1.model.Space.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] encodeOurs() {
    JsonWriter writer = JsonWriter.create();
    SpaceJson.writeRequest(writer, ourRequest);
    return writer.toByteArray();
  }

  byte[] encodeGoogle() {
    try {
      return GSON.toByteArray(googleRequest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails unless both sides agree: each decoded Space re-encodes to the response it came from,
   * and both encoded requests are the same JSON object.
   */
  void checkSameBehaviour() throws IOException {
    JsonElement expected = JsonParser.parseString(SPACE_RESPONSE);
    JsonWriter writer = JsonWriter.create();
    SpaceJson.write(writer, decodeOurs());
    same("our decoded Space, re-encoded", expected, json(writer.toByteArray()));
    same("Google's decoded Space, re-encoded", expected, JsonParser.parseString(GSON.toString(decodeGoogle())));
    same("our request vs Google's request", json(encodeGoogle()), json(encodeOurs()));
  }

  private static JsonElement json(byte[] utf8) {
    return JsonParser.parseString(new String(utf8, StandardCharsets.UTF_8));
  }

  private static void same(String what, JsonElement expected, JsonElement actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " differs:\n  expected " + expected + "\n  actual   " + actual);
    }
  }

  /** Runs {@code warmupRounds + rounds} rounds of {@code batch} operations per side and operation. */
  List<Result> run(int warmupRounds, int rounds, int batch) {
    List<Double> decodeOurs = new ArrayList<>();
    List<Double> decodeGoogle = new ArrayList<>();
    List<Double> encodeOurs = new ArrayList<>();
    List<Double> encodeGoogle = new ArrayList<>();
    for (int round = 0; round < warmupRounds + rounds; round++) {
      boolean record = round >= warmupRounds;
      boolean oursFirst = round % 2 == 0;
      for (int op = 0; op < 4; op++) {
        // decode: ours, Google (or the other way round); then encode the same way
        boolean ours = (op % 2 == 0) == oursFirst;
        boolean decode = op < 2;
        double opsPerSecond = batch(decode, ours, batch);
        if (record) {
          (decode ? (ours ? decodeOurs : decodeGoogle) : (ours ? encodeOurs : encodeGoogle))
              .add(opsPerSecond);
        }
      }
    }
    return List.of(
        new Result("decode Space response (" + response.length + " bytes)", decodeOurs, decodeGoogle),
        new Result("encode create request (" + encodeOurs().length + " bytes)", encodeOurs, encodeGoogle));
  }

  private double batch(boolean decode, boolean ours, int batch) {
    long acc = 0;
    long start = System.nanoTime();
    if (decode && ours) {
      for (int i = 0; i < batch; i++) {
        acc += decodeOurs().displayName().length();
      }
    } else if (decode) {
      for (int i = 0; i < batch; i++) {
        acc += decodeGoogle().getDisplayName().length();
      }
    } else if (ours) {
      for (int i = 0; i < batch; i++) {
        acc += encodeOurs().length;
      }
    } else {
      for (int i = 0; i < batch; i++) {
        acc += encodeGoogle().length;
      }
    }
    long nanos = System.nanoTime() - start;
    sink += acc;
    return batch * 1e9 / nanos;
  }

  /** The sum of all results, printed so that no work is dead code. */
  long sink() {
    return sink;
  }
}
