package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Consumers build with {@code -Xlint:all -Werror}: the processor claims its own annotations and
 * the {@code @Generated} on what it generates, and nothing else.
 */
class ClaimedAnnotationsTest {
  @Test
  void definitionsAndGeneratedCodeCompileUnderXlintAllWerror() {
    Compilation compilation = javac().withProcessors(new TinychatProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(withModel(GoldenTest.ROOMS));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatedOfAnotherToolIsLeftUnclaimed() {
    JavaFileObject foreign = JavaFileObjects.forSourceLines("test.Foreign",
        "package test;",
        "@javax.annotation.processing.Generated(\"other.Tool\")",
        "final class Foreign {}");
    List<JavaFileObject> sources = withModel(GoldenTest.ROOMS);
    sources.add(foreign);
    Compilation compilation = javac().withProcessors(new TinychatProcessor())
        .withOptions("-Xlint:processing")
        .compile(sources);
    assertThat(compilation).succeeded();
    // A round's claim is all or nothing, so in a round with another tool's @Generated nothing is
    // claimed: that tool's annotation is not taken away from it.
    assertThat(compilation).hadWarningContaining("java.compiler/javax.annotation.processing.Generated");
  }

  private static List<JavaFileObject> withModel(JavaFileObject api) {
    List<JavaFileObject> sources = new ArrayList<>(Definitions.MODEL);
    sources.add(api);
    return sources;
  }
}
