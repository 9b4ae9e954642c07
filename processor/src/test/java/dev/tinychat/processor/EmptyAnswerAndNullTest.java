package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated clients end to end against a loopback server: a {@code void} method and one that
 * answers a resource without fields accept Google's {@code {}} and an empty body; a {@code null}
 * body or required factory argument is refused with an {@code InvalidRequestException} before
 * any I/O, never a NullPointerException.
 */
class EmptyAnswerAndNullTest {
  @TempDir static Path classes;
  private static ProbeServer server;
  private static List<String> requests;

  private static final JavaFileObject EMPTY = Definitions.source("test.Empty", "@Resource", "public interface Empty {}");

  private static final JavaFileObject ROOMS = Definitions.api(
      "  @Delete(\"/v1/{name=rooms/*}\")",
      "  void delete(@Path String name);",
      "",
      "  @Delete(\"/v1/{name=rooms/*}\")",
      "  CompletableFuture<Void> deleteAsync(@Path String name);",
      "",
      "  @Post(\"/v1/{name=rooms/*}:touch\")",
      "  Empty touch(@Path String name, @Body Room room);",
      "",
      "  @Post(\"/v1/rooms\")",
      "  @Request(\"OpenRoom\")",
      "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
      "      required = \"room.displayName\", allowed = \"guests\")",
      "  @Combination(name = \"closed\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"),",
      "      required = \"guests\", counts = @Count(field = \"guests\", min = 2, max = 2))",
      "  Room open(@BodyField Room room, @BodyField List<Guest> guests);");

  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("test.Probe", String.join("\n",
      "package test;",
      "",
      "import dev.tinychat.http.InvalidRequestException;",
      "import dev.tinychat.http.Transport;",
      "",
      "public final class Probe implements java.util.function.Function<String, String> {",
      "  @Override",
      "  public String apply(String scenarioAndUrl) {",
      "    String[] parts = scenarioAndUrl.split(\" \");",
      "    try (RoomsClient rooms = new RoomsClient(Transport.builder().baseUrl(parts[1])\n            .credentials(dev.tinychat.auth.Credentials.ofToken(\"t\")).build())) {",
      "      switch (parts[0]) {",
      "        case \"delete\" -> rooms.delete(\"rooms/a\");",
      "        case \"deleteAsync\" -> rooms.deleteAsync(\"rooms/a\").join();",
      "        case \"touch\" -> { return String.valueOf(rooms.touch(\"rooms/a\", new RoomBuilder().build())); }",
      "        case \"touchNull\" -> rooms.touch(\"rooms/a\", null);",
      "        case \"openNull\" -> OpenRoom.open(null);",
      "        case \"openEmpty\" -> OpenRoom.open(\"\");",
      "        case \"closedNullGuest\" -> OpenRoom.closed(new GuestBuilder().name(\"users/1\").build(), null);",
      "        default -> throw new IllegalArgumentException(parts[0]);",
      "      }",
      "      return \"ok\";",
      "    } catch (InvalidRequestException e) {",
      "      return e.getMessage();",
      "    }",
      "  }",
      "}"));

  @BeforeAll
  static void compileAndServe() throws Exception {
    server = ProbeServer.start(classes, "{}", Definitions.withModel(EMPTY, ROOMS, PROBE));
    requests = server.requests;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String call(String scenario, String serverAnswer) {
    server.answer = serverAnswer;
    return server.call(scenario);
  }

  @Test
  void voidMethodsAcceptAnEmptyObjectAndAnEmptyBody() {
    assertThat(call("delete", "{}")).isEqualTo("ok");
    assertThat(call("delete", "")).isEqualTo("ok");
    assertThat(call("deleteAsync", "{}")).isEqualTo("ok");
    assertThat(call("deleteAsync", "")).isEqualTo("ok");
    assertThat(requests).containsExactly("DELETE /v1/rooms/a");
  }

  @Test
  void aResourceWithoutFieldsIsAnEmptyAnswer() {
    assertThat(call("touch", "{}")).isEqualTo("Empty{}");
    assertThat(call("touch", "")).isEqualTo("Empty{}");
    assertThat(call("touch", "{\"unknown\": 1}")).isEqualTo("Empty{}");
  }

  @Test
  void aNullBodyIsRefusedBeforeSending() {
    assertThat(call("touchNull", "{}")).isEqualTo("room: required");
    assertThat(requests).isEmpty();
  }

  @Test
  void aNullOrEmptyRequiredFactoryArgumentIsRefusedAtOnce() {
    assertThat(call("openNull", "{}")).isEqualTo("room.displayName: required by open");
    assertThat(call("openEmpty", "{}")).isEqualTo("room.displayName: required by open, and empty");
    assertThat(call("closedNullGuest", "{}")).isEqualTo("guests[1]: must not be null");
    assertThat(requests).isEmpty();
  }
}
