package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;
import static dev.tinychat.processor.Definitions.assertSingleError;
import static dev.tinychat.processor.Definitions.compileWithModel;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial updates: {@code @UpdateMask} declares the paths, the request class computes the mask
 * from the fields set (null included, which clears), paths accepted only alone get their own
 * factory, and the declaration is checked at compile time.
 */
class UpdateMaskTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-mask");

  private static String[] update(String maskParameter, String... combinationLines) {
    List<String> lines = new ArrayList<>();
    lines.add("  /** Updates a room. */");
    lines.add("  @Patch(\"/v1/{room.name=rooms/*}\")");
    lines.add("  @Request(\"UpdateRoom\")");
    lines.addAll(List.of(combinationLines));
    lines.add("  Room update(@Body Room room, " + maskParameter + ", @Query Boolean silent);");
    return lines.toArray(new String[0]);
  }

  private static final String MASK =
      "@Query @UpdateMask({\"display_name\", \"kind\", \"topic\", \"guests\", \"archived\"}) String updateMask";

  static final JavaFileObject ROOMS = api(update(MASK,
      "  @Combination(name = \"details\", description = \"The room's name, kind and topic.\",",
      "      required = \"room.name\",",
      "      allowed = {\"room.displayName\", \"room.kind\", \"room.topic.text\", \"room.guests\", \"silent\"})",
      "  @Combination(name = \"archive\", description = \"Archives or restores the room; only alone.\",",
      "      required = {\"room.name\", \"room.archived\"})"));

  @TempDir static Path classes;
  private static ProbeServer server;
  private static List<String> requests;

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
      "    try (RoomsClient rooms = new RoomsClient(Transport.builder().baseUrl(parts[1])",
      "        .credentials(dev.tinychat.auth.Credentials.ofToken(\"t\")).build())) {",
      "      return switch (parts[0]) {",
      "        case \"rename\" -> rooms.update(UpdateRoom.details(\"rooms/r\").displayName(\"Ops\")",
      "            .text(\"t\")).name();",
      "        case \"clear\" -> rooms.update(UpdateRoom.details(\"rooms/r\").displayName(null)).name();",
      "        case \"archive\" -> rooms.update(UpdateRoom.archive(\"rooms/r\", true)).name();",
      "        case \"nothing\" -> rooms.update(UpdateRoom.details(\"rooms/r\").silent(true)).name();",
      "        case \"nullMask\" -> rooms.update(new RoomBuilder().name(\"rooms/r\").build(), null, null).name();",
      "        case \"handMade\" -> rooms.update(new RoomBuilder().name(\"rooms/r\").displayName(\"x\").build(),",
      "            \"display_name\", null).name();",
      "        default -> throw new IllegalArgumentException(parts[0]);",
      "      };",
      "    } catch (InvalidRequestException e) {",
      "      return e.getMessage();",
      "    }",
      "  }",
      "}"));

  @BeforeAll
  static void compileAndServe() throws Exception {
    server = ProbeServer.start(classes, "{\"name\":\"rooms/r\"}", Definitions.withModel(ROOMS, PROBE));
    requests = server.requests;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String call(String scenario) {
    return server.call(scenario);
  }

  @Test
  void theMaskNamesTheDeclaredPathsOfTheFieldsSetSortedAndOnce() {
    assertThat(call("rename")).isEqualTo("rooms/r");
    // room.topic.text falls under "topic"; the name is in the URL, not the mask
    assertThat(requests).containsExactly(
        "PATCH /v1/rooms/r?updateMask=display_name,topic {\"displayName\":\"Ops\",\"topic\":{\"text\":\"t\"}}");
  }

  @Test
  void aFieldSetToNullIsInTheMaskAndAbsentFromTheBodyWhichClearsIt() {
    assertThat(call("clear")).isEqualTo("rooms/r");
    assertThat(requests).containsExactly("PATCH /v1/rooms/r?updateMask=display_name {}");
  }

  @Test
  void aRequiredFieldIsAlwaysInTheMask() {
    assertThat(call("archive")).isEqualTo("rooms/r");
    assertThat(requests).containsExactly("PATCH /v1/rooms/r?updateMask=archived {\"archived\":true}");
  }

  @Test
  void anEmptyMaskIsRefusedBeforeSending() {
    assertThat(call("nothing")).isEqualTo(
        "updateMask: names no field: set at least one field to update (set to null to clear it)");
    assertThat(call("nullMask")).isEqualTo(
        "updateMask: names no field: set at least one field to update (set to null to clear it)");
    assertThat(requests).isEmpty();
  }

  @Test
  void aMaskMadeByHandIsSentAsGiven() {
    assertThat(call("handMade")).isEqualTo("rooms/r");
    assertThat(requests).containsExactly("PATCH /v1/rooms/r?updateMask=display_name {\"displayName\":\"x\"}");
  }

  @Test
  void aPathAcceptedOnlyAloneCannotBeMixedWithOthers() {
    JavaFileObject mix = JavaFileObjects.forSourceString("test.Mix", String.join("\n",
        "package test;",
        "",
        "final class Mix {",
        "  static UpdateRoom mixed() {",
        "    return UpdateRoom.archive(\"rooms/r\", true).displayName(\"Ops\");",
        "  }",
        "}"));
    List<JavaFileObject> sources = new ArrayList<>(Definitions.MODEL);
    sources.add(ROOMS);
    sources.add(mix);
    Compilation compilation = Definitions.compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(mix).onLineContaining("displayName");
  }

  @Test
  void generatedRequestClassMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compileWithModel(ROOMS);
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject file = compilation.generatedSourceFile("test.UpdateRoom").orElseThrow();
    String text = file.getCharContent(true).toString();
    Path golden = GOLDEN.resolve("UpdateRoom.java");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, text, StandardCharsets.UTF_8);
    }
    assertWithMessage("generated UpdateRoom differs from %s (regenerate with -Dgolden.update=true)", golden)
        .that(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void aMaskPathThatNamesNoFieldIsAnErrorWithTheNearestName() {
    assertSingleError(api(update("@Query @UpdateMask({\"displayName\"}) String updateMask",
            "  @Combination(name = \"details\", required = \"room.name\", allowed = \"room.displayName\")")),
        "[MaskPath] Mask path \"displayName\" on updateMask: Room has no field \"displayName\" (mask paths are"
            + " snake_case JSON names). Did you mean \"display_name\"?",
        "@UpdateMask({\"displayName\"})");
  }

  @Test
  void aMaskPathThroughAListIsAnError() {
    assertSingleError(api(update("@Query @UpdateMask({\"guests.email\"}) String updateMask",
            "  @Combination(name = \"details\", required = \"room.name\")")),
        "[MaskPath] Mask path \"guests.email\" on updateMask: \"guests\" is a List<Guest>; a mask path goes"
            + " through single resources only, and ends at any field.",
        "@UpdateMask({\"guests.email\"})");
  }

  @Test
  void aSettableFieldUnderNoDeclaredPathIsAnError() {
    assertSingleError(api(update("@Query @UpdateMask({\"display_name\", \"topic.text\"}) String updateMask",
            "  @Combination(name = \"details\", required = \"room.name\",",
            "      allowed = {\"room.displayName\", \"room.topic\"})")),
        "[UnmaskedField] \"room.topic\" is allowed in combination details, but no path of @UpdateMask on"
            + " updateMask covers it, so a request could not send it. Declare \"topic\" there, or a path above"
            + " it; declared: display_name, topic.text.",
        "allowed = {\"room.displayName\", \"room.topic\"}");
  }

  @Test
  void theMaskIsAStringQueryParameter() {
    assertSingleError(api(update("@Query @UpdateMask({\"kind\"}) Boolean updateMask",
            "  @Combination(name = \"details\", required = \"room.name\")")),
        "[UpdateMask] @UpdateMask on updateMask, a Boolean @Query parameter; the update mask is a String @Query"
            + " parameter of a method with one @Body parameter, whose fields it names.",
        "Room update(");
  }

  @Test
  void aCombinationCannotNameTheMask() {
    assertSingleError(api(update(MASK,
            "  @Combination(name = \"details\", required = \"room.name\", allowed = \"updateMask\")")),
        "[MaskInCombination] \"updateMask\" is the update mask, made from the fields a request sets;"
            + " combination details cannot name it.",
        "allowed = \"updateMask\"");
  }
}
