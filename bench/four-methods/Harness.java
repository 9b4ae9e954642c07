package dev.tinychat.sample.chat;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.internal.RequestRules;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Prints what the resource code answers for one Space (value, JSON, request JSON, equality,
 * builder copy, unknown fields, five check messages), then the bytes allocated per decode and per
 * request encode. Run by {@code measure.sh}; the lines before the rounds were the same for the
 * three-class resources before issue 8's thin shape (at d01f4b7, with {@code SpaceJson.writeRequest}
 * and {@code SpaceJson.check}).
 */
public class Harness {
  static final String JSON = "{\"name\":\"spaces/AAA\",\"spaceType\":\"SPACE\",\"displayName\":\"Team room\","
      + "\"externalUserAllowed\":true,\"spaceThreadingState\":\"NEW_STATE\",\"spaceDetails\":{\"description\":\"d\",\"guidelines\":\"g\"},"
      + "\"spaceHistoryState\":\"HISTORY_ON\",\"createTime\":\"2026-01-01T00:00:00.123Z\",\"membershipCount\":{\"joinedDirectHumanUserCount\":3},"
      + "\"accessSettings\":{\"accessState\":\"PRIVATE\",\"audience\":\"audiences/x\"},\"spaceUri\":\"https://chat.google.com/room/AAA\","
      + "\"permissionSettings\":{\"manageApps\":{\"managersAllowed\":true},\"postMessages\":{\"membersAllowed\":true}},\"futureField\":[1,{\"a\":null}]}";

  public static void main(String[] args) {
    byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    Space space = SpaceJson.read(JsonReader.of(bytes));
    System.out.println(space);
    JsonWriter w = JsonWriter.create();
    SpaceJson.write(w, space);
    System.out.println(new String(w.toByteArray(), StandardCharsets.UTF_8));
    JsonWriter r = JsonWriter.create();
    SpaceJson.SHAPE.writeRequest(r, space);
    System.out.println(new String(r.toByteArray(), StandardCharsets.UTF_8));
    Space again = SpaceJson.read(JsonReader.of(w.toByteArray()));
    System.out.println("equal " + space.equals(again) + " hash " + (space.hashCode() == again.hashCode())
        + " builderFrom " + SpaceBuilder.from(space).build().equals(space)
        + " unknown " + SpaceJson.unknownFields(space));
    Space bad = SpaceBuilder.from(space).displayName("x".repeat(129)).build();
    for (Space s : new Space[] {bad,
        new SpaceBuilder().customer("c").build(),
        new SpaceBuilder().spaceType(Space.SpaceType.UNRECOGNIZED).build(),
        new SpaceBuilder().predefinedPermissionSettings(Space.PredefinedPermissionSettings.ANNOUNCEMENT_SPACE).permissionSettings(new PermissionSettingsBuilder().build()).build(),
        new SpaceBuilder().spaceDetails(new SpaceDetailsBuilder().guidelines("y".repeat(5001)).build()).build()}) {
      try {
        RequestRules.checkValue(s, "space", SpaceJson.SHAPE);
        System.out.println("ok");
      } catch (InvalidRequestException e) {
        System.out.println(e.getMessage());
      }
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = java.lang.Thread.currentThread().getId();
    int n = 200_000;
    for (int round = 0; round < 3; round++) {
      long a0 = mx.getThreadAllocatedBytes(id);
      long t0 = System.nanoTime();
      int sink = 0;
      for (int i = 0; i < n; i++) {
        sink += SpaceJson.read(JsonReader.of(bytes)).hashCode();
      }
      long t1 = System.nanoTime();
      long a1 = mx.getThreadAllocatedBytes(id);
      for (int i = 0; i < n; i++) {
        JsonWriter out = JsonWriter.create();
        SpaceJson.SHAPE.writeRequest(out, space);
        sink += out.toByteArray().length;
      }
      long t2 = System.nanoTime();
      long a2 = mx.getThreadAllocatedBytes(id);
      System.out.printf("round %d: decode %d B/op %.0f ns/op; encode %d B/op %.0f ns/op (%d)%n", round,
          (a1 - a0) / n, (t1 - t0) / (double) n, (a2 - a1) / n, (t2 - t1) / (double) n, sink);
    }
  }
}
