package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Deprecated} on a definition is carried over to what is generated from it (builder
 * setters, request setters, client methods), and the generated code that must still use the
 * deprecated member compiles under {@code -Xlint:all -Werror}.
 */
class DeprecationTest {
  private static final JavaFileObject ROOM = source("test.Room",
      "@Resource",
      "public interface Room {",
      "  String displayName();",
      "  /** Old name of {@link #displayName()}. */",
      "  @Deprecated",
      "  String title();",
      "  Kind kind();",
      "  enum Kind { KIND_UNSPECIFIED, OPEN, @Unrecognized UNRECOGNIZED }",
      "}");

  private static final JavaFileObject ROOMS = Definitions.api(
      "  /** Opens a room. */",
      "  @Deprecated",
      "  @Post(\"/v1/rooms\")",
      "  @Request(\"OpenRoom\")",
      "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
      "      allowed = {\"room.displayName\", \"room.title\"})",
      "  Room open(@Body Room room);");

  @Test
  void deprecatedFieldsAndMethodsStayDeprecatedAndCompileWithoutWarnings() throws IOException {
    Compilation compilation = Definitions.compile(ROOM, ROOMS);
    assertThat(compilation).succeededWithoutWarnings();
    String builder = compilation.generatedSourceFile("test.RoomBuilder").orElseThrow().getCharContent(true).toString();
    assertThat(builder).contains("/**\n   * Old name of {@link Room#displayName()}.\n   */\n  @Deprecated\n"
        + "  public RoomBuilder title(String title) {");
    String request = compilation.generatedSourceFile("test.OpenRoom").orElseThrow().getCharContent(true).toString();
    assertThat(request).contains("@Deprecated\n    public Open title(String title) {");
    String client = compilation.generatedSourceFile("test.RoomsClient").orElseThrow().getCharContent(true).toString();
    assertThat(client).contains("@Override\n  @Deprecated\n  public Room open(Room room) {");
  }
}
