package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Small definitions and the compiler set up with the processor, shared by the tests. */
final class Definitions {
  private Definitions() {}

  static final String IMPORTS = String.join("\n",
      "package test;",
      "",
      "import dev.tinychat.annotations.*;",
      "import java.time.Instant;",
      "import java.util.List;",
      "import java.util.concurrent.CompletableFuture;",
      "");

  /** A resource with a bit of everything: limits, an enum, output-only, nesting, a list, a group. */
  static final JavaFileObject ROOM = source("test.Room",
      "@Resource",
      "public interface Room {",
      "  @OutputOnly",
      "  String name();",
      "  @MaxLength(10)",
      "  String displayName();",
      "  Kind kind();",
      "  Boolean archived();",
      "  Topic topic();",
      "  List<Guest> guests();",
      "  @OneOf(\"expiration\")",
      "  Instant expireTime();",
      "  @OneOf(\"expiration\")",
      "  Long ttlSeconds();",
      "",
      "  enum Kind { KIND_UNSPECIFIED, OPEN, CLOSED, @Unrecognized UNRECOGNIZED }",
      "}");

  static final JavaFileObject TOPIC = source("test.Topic",
      "@Resource",
      "public interface Topic {",
      "  String text();",
      "  Long votes();",
      "}");

  static final JavaFileObject GUEST = source("test.Guest",
      "@Resource",
      "public interface Guest {",
      "  @NamePattern(\"users/{user}\")",
      "  @OneOf(value = \"identity\", required = true)",
      "  String name();",
      "  @OneOf(value = \"identity\", required = true)",
      "  String email();",
      "  Instant since();",
      "}");

  static final List<JavaFileObject> MODEL = List.of(ROOM, TOPIC, GUEST);

  /** A source file in package {@code test}, with the definition imports, from its lines. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceString(name, IMPORTS + String.join("\n", lines) + "\n");
  }

  /** An API named {@code Rooms} over the model, holding the given method lines. */
  static JavaFileObject api(String... lines) {
    List<String> all = new ArrayList<>();
    all.add("@RestApi(baseUrl = \"https://rooms.example\")");
    all.add("public interface Rooms {");
    all.addAll(Arrays.asList(lines));
    all.add("}");
    return source("test.Rooms", all.toArray(new String[0]));
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(sources));
  }

  static Compilation compile(List<JavaFileObject> sources) {
    return javac().withProcessors(new TinychatProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(sources);
  }

  /** Compiles {@code api} with the model: exactly one error, {@code message}, on {@code line}. */
  static void assertSingleError(JavaFileObject api, String message, String line) {
    Compilation compilation = compileWithModel(api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(api).onLineContaining(line);
  }

  static Compilation compileWithModel(JavaFileObject... sources) {
    return compile(withModel(sources));
  }

  /** The model resources ({@link #MODEL}) and {@code sources}. */
  static List<JavaFileObject> withModel(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(MODEL);
    all.addAll(Arrays.asList(sources));
    return all;
  }
}
