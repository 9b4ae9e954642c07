package dev.tinychat.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonObjectParser;
import com.google.api.client.json.gson.GsonFactory;
import com.google.gson.Gson;
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
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON both sides of every benchmark work on: one full Space response and one create request,
 * with the codecs compared ({@link JsonBench}) and a check that they agree.
 */
final class Fixtures {
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

  static final Gson PLAIN_GSON = new Gson();
  static final ObjectMapper JACKSON = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  final byte[] response = SPACE_RESPONSE.getBytes(StandardCharsets.UTF_8);
  final Space ourRequest = ourRequest();
  final com.google.api.services.chat.v1.model.Space googleRequest = googleRequest();
  final SpaceRecord recordRequest = SpaceRecord.request();

  private static String setting(String name, boolean managers, boolean assistants, boolean members) {
    return "\"" + name + "\":{\"managersAllowed\":" + managers + ",\"assistantManagersAllowed\":"
        + assistants + ",\"membersAllowed\":" + members + "}";
  }

  static Space ourRequest() {
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

  static com.google.api.services.chat.v1.model.Space googleRequest() {
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
    SpaceJson.SHAPE.writeRequest(writer, ourRequest);
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
    same("Gson's decoded record, re-encoded", expected, json(PLAIN_GSON.toJson(decodeGson()).getBytes(StandardCharsets.UTF_8)));
    same("Jackson's decoded record, re-encoded", expected, json(JACKSON.writeValueAsBytes(decodeJackson())));
    same("our request vs Google's request", json(encodeGoogle()), json(encodeOurs()));
    same("our request vs Gson's request", json(encodeGson()), json(encodeOurs()));
    same("our request vs Jackson's request", json(encodeJackson()), json(encodeOurs()));
  }

  SpaceRecord decodeGson() {
    return PLAIN_GSON.fromJson(
        new InputStreamReader(new ByteArrayInputStream(response), StandardCharsets.UTF_8),
        SpaceRecord.class);
  }

  SpaceRecord decodeJackson() throws IOException {
    return JACKSON.readValue(response, SpaceRecord.class);
  }

  byte[] encodeGson() {
    return PLAIN_GSON.toJson(recordRequest).getBytes(StandardCharsets.UTF_8);
  }

  byte[] encodeJackson() throws IOException {
    return JACKSON.writeValueAsBytes(recordRequest);
  }

  public static void main(String[] args) throws IOException {
    new Fixtures().checkSameBehaviour();
    System.out.println("all codecs agree");
  }

  private static JsonElement json(byte[] utf8) {
    return JsonParser.parseString(new String(utf8, StandardCharsets.UTF_8));
  }

  private static void same(String what, JsonElement expected, JsonElement actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " differs:\n  expected " + expected + "\n  actual   " + actual);
    }
  }
}
