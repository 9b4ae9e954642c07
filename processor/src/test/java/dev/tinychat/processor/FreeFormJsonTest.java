package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free-form JSON fields ({@code JsonValue}, alone or in lists, as protobuf's {@code Struct} and
 * {@code Value} for cards): read and written without loss, equal by content, and refused where
 * they make no sense (a query parameter, a fixed value).
 */
class FreeFormJsonTest {
  @TempDir static Path classes;
  private static Function<String, String> probe;

  private static final JavaFileObject NOTE = Definitions.source("test.Note",
      "import dev.tinychat.json.JsonValue;",
      "",
      "@Resource",
      "public interface Note {",
      "  String text();",
      "  JsonValue card();",
      "  List<JsonValue> parameters();",
      "}");

  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("test.Probe", String.join("\n",
      "package test;",
      "",
      "import dev.tinychat.json.JsonReader;",
      "import dev.tinychat.json.JsonWriter;",
      "import java.nio.charset.StandardCharsets;",
      "",
      "public final class Probe implements java.util.function.Function<String, String> {",
      "  @Override",
      "  public String apply(String input) {",
      "    boolean change = input.startsWith(\"change \");",
      "    String json = change ? input.substring(7) : input;",
      "    Note note = NoteJson.read(JsonReader.of(json.getBytes(StandardCharsets.UTF_8)));",
      "    if (change) {",
      "      note = NoteBuilder.from(note).text(\"changed\").build();",
      "      return NoteJson.unknownFields(note) + \" \" + write(note);",
      "    }",
      "    JsonWriter out = JsonWriter.create();",
      "    NoteJson.SHAPE.writeRequest(out, note);",
      "    Note again = NoteJson.read(JsonReader.of(out.toByteArray()));",
      "    return new String(out.toByteArray(), StandardCharsets.UTF_8) + \" \" + again.equals(note);",
      "  }",
      "",
      "  static String write(Note note) {",
      "    JsonWriter out = JsonWriter.create();",
      "    NoteJson.SHAPE.writeRequest(out, note);",
      "    return new String(out.toByteArray(), StandardCharsets.UTF_8);",
      "  }",
      "}"));

  @BeforeAll
  @SuppressWarnings("unchecked") // the probe is compiled above as a Function<String, String>
  static void compile() throws Exception {
    Compilation compilation = Definitions.compile(NOTE, PROBE);
    assertThat(compilation).succeededWithoutWarnings();
    SampleDefinitions.writeClasses(compilation, classes);
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        FreeFormJsonTest.class.getClassLoader());
    probe = (Function<String, String>) loader.loadClass("test.Probe").getDeclaredConstructor().newInstance();
  }

  @Test
  void freeFormValuesAreReadAndWrittenWithoutLoss() {
    String card = "{\"header\":{\"title\":\"Build 42\"},\"sections\":[{\"widgets\":[1.50e3,true,null,\"x\"]}]}";
    assertThat(probe.apply("{\"text\":\"hi\",\"card\":" + card + ",\"parameters\":[{\"a\":1},[2],\"s\"]}"))
        .isEqualTo("{\"text\":\"hi\",\"card\":" + card + ",\"parameters\":[{\"a\":1},[2],\"s\"]} true");
  }

  @Test
  void unknownMembersAreKeptThroughAReadModifyWriteAndSentBack() {
    assertThat(probe.apply("change {\"future\":{\"x\":[1,2]},\"text\":\"hi\",\"later\":1.0}"))
        .isEqualTo("{\"future\":{\"x\":[1,2]},\"later\":1.0} {\"text\":\"changed\",\"future\":{\"x\":[1,2]},"
            + "\"later\":1.0}");
    assertThat(probe.apply("{\"text\":\"hi\",\"future\":true}")).isEqualTo("{\"text\":\"hi\",\"future\":true} true");
  }

  @Test
  void aFreeFormQueryParameterIsAnError() {
    JavaFileObject api = Definitions.source("test.Notes",
        "import dev.tinychat.json.JsonValue;",
        "",
        "@RestApi(baseUrl = \"https://notes.example\")",
        "public interface Notes {",
        "  @Get(\"/v1/notes\")",
        "  Note list(@Query JsonValue filter);",
        "}");
    Compilation compilation = Definitions.compile(NOTE, api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ParameterType] Parameter filter has type dev.tinychat.json.JsonValue;"
        + " a @Query parameter is a String, Boolean, Integer, Long, Double, Instant or enum.")
        .inFile(api).onLineContaining("JsonValue filter");
  }
}
