package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS consumer of the sample definitions: a module that requires only
 * {@code dev.tinychat.runtime} compiles the definitions with the processor under
 * {@code -Xlint:all -Werror}, runs the generated code as a module, and its Javadoc (generated
 * code included) passes {@code javadoc} with doclint.
 */
class ModuleConsumerTest {
  private static final Path RUNTIME = Path.of("../runtime/target/classes");
  @TempDir static Path work;
  private static Path sources;
  private static Path generated;
  private static Path classes;
  private static String compilerOutput;
  private static boolean compiled;

  private static final String MODULE_INFO = String.join("\n",
      "module consumer {",
      "  requires dev.tinychat.runtime;",
      "  exports consumer;",
      "}");

  private static final String PROBE = String.join("\n",
      "package consumer;",
      "",
      "import dev.tinychat.http.InvalidRequestException;",
      "import dev.tinychat.json.JsonWriter;",
      "import dev.tinychat.sample.chat.*;",
      "import java.nio.charset.StandardCharsets;",
      "",
      "/** Runs generated code from inside a module. */",
      "public final class Probe implements java.util.function.Supplier<String> {",
      "  /** Creates the probe. */",
      "  public Probe() {}",
      "",
      "  @Override",
      "  public String get() {",
      "    CreateSpace.NamedSpace request = CreateSpace.namedSpace(\"Team\").description(\"Plans\");",
      "    SpacesClient.checkCreate(request.space(), null);",
      "    JsonWriter json = JsonWriter.create();",
      "    SpaceJson.SHAPE.writeRequest(json, request.space());",
      "    String refused;",
      "    try {",
      "      SpacesClient.checkCreate(CreateSpace.importSpace(\"\").space(), null);",
      "      refused = \"nothing\";",
      "    } catch (InvalidRequestException e) {",
      "      refused = e.getMessage();",
      "    }",
      "    return new String(json.toByteArray(), StandardCharsets.UTF_8) + \" | \" + refused;",
      "  }",
      "}");

  @BeforeAll
  static void compileTheModule() throws IOException {
    sources = Files.createDirectories(work.resolve("src"));
    generated = Files.createDirectories(work.resolve("generated"));
    classes = Files.createDirectories(work.resolve("classes"));
    Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
    Path chat = Files.createDirectories(sources.resolve("dev/tinychat/sample/chat"));
    try (Stream<Path> files = Files.list(SampleDefinitions.SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Files.copy(file, chat.resolve(file.getFileName()));
      }
    }
    Files.writeString(Files.createDirectories(sources.resolve("consumer")).resolve("Probe.java"), PROBE);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(out, files, null,
          List.of("-Xlint:all", "-Werror", "--module-path", RUNTIME.toString(), "-d", classes.toString(),
              "-s", generated.toString()),
          null, files.getJavaFileObjectsFromPaths(javaFiles(sources)));
      task.setProcessors(List.of(new TinychatProcessor()));
      compiled = task.call();
    }
    compilerOutput = out.toString();
  }

  private static List<Path> javaFiles(Path... roots) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(result::add);
      }
    }
    return result;
  }

  @Test
  void aModuleRequiringOnlyTheRuntimeCompilesTheDefinitionsWithoutWarnings() {
    assertWithMessage(compilerOutput).that(compiled).isTrue();
    assertThat(compilerOutput).isEmpty();
  }

  @Test
  void generatedCodeRunsInsideTheModule() throws Exception {
    assertWithMessage(compilerOutput).that(compiled).isTrue();
    ModuleFinder finder = ModuleFinder.of(classes, RUNTIME);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("consumer"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Class<?> probe = layer.findLoader("consumer").loadClass("consumer.Probe");
    assertThat(probe.getModule().getName()).isEqualTo("consumer");
    @SuppressWarnings("unchecked") // Probe is compiled above as a Supplier<String>
    Supplier<String> supplier = (Supplier<String>) probe.getDeclaredConstructor().newInstance();
    assertThat(supplier.get()).isEqualTo("{\"spaceType\":\"SPACE\",\"displayName\":\"Team\","
        + "\"spaceDetails\":{\"description\":\"Plans\"}} | space.displayName: required by importSpace, and empty");
  }

  @Test
  void javadocOfTheConsumerAndTheGeneratedCodePassesDoclint() throws IOException {
    assertWithMessage(compilerOutput).that(compiled).isTrue();
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    StringWriter out = new StringWriter();
    Path docs = Files.createDirectories(work.resolve("docs"));
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean passed = javadoc.getTask(out, files, null, null,
              List.of("-Xdoclint:all,-missing", "-Xwerror", "-quiet", "--module-path", RUNTIME.toString(),
                  "-d", docs.toString()),
              files.getJavaFileObjectsFromPaths(javaFiles(sources, generated)))
          .call();
      assertWithMessage(out.toString()).that(passed).isTrue();
    }
    assertThat(Files.exists(docs.resolve("consumer/dev/tinychat/sample/chat/SpacesClient.html"))
        || Files.exists(docs.resolve("dev/tinychat/sample/chat/SpacesClient.html"))).isTrue();
  }
}
