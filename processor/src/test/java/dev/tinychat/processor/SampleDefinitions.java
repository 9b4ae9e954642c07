package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The real Chat definitions of the sample module, compiled once with the processor into a temp
 * directory, so that consumer code can be compiled (and run) against the generated classes.
 */
final class SampleDefinitions {
  static final Path SOURCES = Path.of("../sample/src/main/java/dev/tinychat/sample/chat");

  private SampleDefinitions() {}

  static List<JavaFileObject> sources() {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<JavaFileObject> result = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        result.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the sample definitions with the processor; returns the directory of class files. */
  static Path compileTo(Path directory) throws IOException {
    Compilation compilation = Definitions.compile(sources());
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(compilation, directory);
    return directory;
  }

  static void writeClasses(Compilation compilation, Path directory) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
      Path target = directory.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  /** Compiles consumer code against the classes in {@code directory}, without the processor. */
  static Compilation compileAgainst(Path directory, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(directory.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return javac().withClasspath(classpath).withOptions("-Xlint:all", "-Werror").compile(sources);
  }
}
