package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources for a small definition, compared as text with
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn -pl processor -am verify -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static final JavaFileObject ROOMS = api(
      "  /** Returns a room. */",
      "  @Get(\"/v1/{name=rooms/*}\")",
      "  Room get(@Path String name);",
      "",
      "  /** Opens a room. */",
      "  @Post(\"/v1/rooms:open\")",
      "  @Request(\"OpenRoom\")",
      "  @Combination(name = \"open\", description = \"An open room anyone may join.\", scopes = \"rooms\",",
      "      fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"), required = \"room.displayName\",",
      "      allowed = {\"room.topic.text\", \"guests\"}, forbidden = \"guests.since\",",
      "      counts = @Count(field = \"guests\", max = 3))",
      "  @Combination(name = \"closed\", description = \"A closed room for exactly two guests.\",",
      "      fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"), required = \"guests\",",
      "      forbidden = \"room.displayName\", counts = @Count(field = \"guests\", min = 2, max = 2))",
      "  Room open(@BodyField Room room, @BodyField @IdempotencyKey String requestId,",
      "      @BodyField List<Guest> guests);");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    Compilation compilation = Definitions.compileWithModel(ROOMS);
    assertThat(compilation).succeededWithoutWarnings();
    boolean update = Boolean.getBoolean("golden.update");
    TreeSet<String> generated = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = Path.of(file.toUri().getPath()).getFileName().toString();
      generated.add(name);
      String text = file.getCharContent(true).toString();
      Path golden = GOLDEN.resolve(name);
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, text, StandardCharsets.UTF_8);
      } else {
        assertWithMessage("golden file %s (regenerate with -Dgolden.update=true)", golden)
            .that(Files.exists(golden)).isTrue();
        assertWithMessage("generated %s differs from %s", name, golden)
            .that(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
      }
    }
    List<String> goldens = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.forEach(f -> goldens.add(f.getFileName().toString()));
    }
    assertWithMessage("golden files without a generated source").that(generated).containsExactlyElementsIn(goldens);
  }
}
