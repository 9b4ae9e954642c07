package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.compile;
import static dev.tinychat.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API whose resources have errors is not generated: only the resource's own error is reported,
 * and no client or request class half-checks a request through it.
 */
class BrokenResourceTest {
  private static final JavaFileObject TOPIC = source("test.Topic",
      "@Resource",
      "public interface Topic {",
      "  String text();",
      "  int votes();",
      "}");

  private static final JavaFileObject ROOM = source("test.Room",
      "@Resource",
      "public interface Room {",
      "  String displayName();",
      "  Topic topic();",
      "}");

  @TempDir Path output;

  /** The sources the processor writes, by file name: compile-testing shows none when a compilation fails. */
  private List<String> generated(JavaFileObject... sources) throws IOException {
    Path sourceOutput = Files.createTempDirectory(output, "s");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostic -> { }, List.of("-proc:only", "-s",
        sourceOutput.toString(), "-classpath", System.getProperty("java.class.path")), null, List.of(sources));
    task.setProcessors(List.of(new TinychatProcessor()));
    task.call();
    try (Stream<Path> files = Files.walk(sourceOutput)) {
      return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
    }
  }

  @Test
  void combinationThroughABrokenResourceGeneratesNothingAndReportsOnlyItsError() throws IOException {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", required = {\"room.displayName\", \"room.topic.text\"})",
        "  @Combination(name = \"quiet\", forbidden = \"room.topic\", required = \"room.displayName\")",
        "  Room open(@Body Room room);");
    Compilation compilation = compile(TOPIC, ROOM, rooms);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[PrimitiveField] Field votes of Topic has primitive type int; use Integer")
        .inFile(TOPIC).onLineContaining("int votes();");
    assertThat(generated(TOPIC, ROOM, rooms)).containsNoneOf("RoomsClient.java", "OpenRoom.java");
    assertThat(generated(TOPIC, ROOM, rooms)).contains("RoomJson.java"); // the sound resource is
  }

  @Test
  void methodReturningABrokenResourceGeneratesNoClient() throws IOException {
    JavaFileObject rooms = Definitions.api(
        "  @Get(\"/v1/{name=topics/*}\")",
        "  Topic get(@Path String name);");
    Compilation compilation = compile(TOPIC, rooms);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[PrimitiveField] Field votes of Topic");
    assertThat(generated(TOPIC, rooms)).doesNotContain("RoomsClient.java");
  }
}
