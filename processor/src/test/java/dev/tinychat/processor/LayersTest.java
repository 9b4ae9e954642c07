package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the processor, read from its class files: the plan and the generators never
 * touch an {@code Element} or a type mirror (JavaPoet's {@code Modifier} is the one type of
 * {@code javax.lang.model.element} they may name), and readers produce no JavaPoet code.
 */
class LayersTest {
  private static final Path CLASSES = Path.of("target/classes/dev/tinychat/processor");
  private static final Pattern LANG_MODEL = Pattern.compile("javax/lang/model/(element|type|util)/(\\w+)");
  private static final Pattern POET_CODE = Pattern.compile("com/palantir/javapoet/(CodeBlock|MethodSpec|TypeSpec|FieldSpec|JavaFile|ParameterSpec)");

  @Test
  void planAndGeneratorsNameNoElementNorTypeMirror() throws IOException {
    List<String> offending = new ArrayList<>();
    List<Path> scanned = classesOf("Plan", "ClientGenerator", "CodecGenerator", "ResourceGenerator",
        "RequestClassGenerator", "RulesGenerator");
    for (Path file : scanned) {
      Matcher matcher = LANG_MODEL.matcher(constants(file));
      while (matcher.find()) {
        if (!matcher.group().equals("javax/lang/model/element/Modifier")) {
          offending.add(file.getFileName() + ": " + matcher.group());
        }
      }
    }
    assertWithMessage("class files scanned").that(scanned.size()).isAtLeast(20);
    assertWithMessage("javax.lang.model types named by the plan or a generator").that(offending).isEmpty();
  }

  @Test
  void readersProduceNoJavaPoetCode() throws IOException {
    List<String> offending = new ArrayList<>();
    List<Path> scanned = classesOf("ApiReader", "ResourceReader", "ApiValidator");
    for (Path file : scanned) {
      Matcher matcher = POET_CODE.matcher(constants(file));
      while (matcher.find()) {
        offending.add(file.getFileName() + ": " + matcher.group());
      }
    }
    assertWithMessage("class files scanned").that(scanned.size()).isAtLeast(3);
    assertWithMessage("JavaPoet code types named by a reader or the validator").that(offending).isEmpty();
  }

  /** The class file of each named class and of its nested classes. */
  private static List<Path> classesOf(String... names) throws IOException {
    List<Path> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(CLASSES)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        for (String prefix : names) {
          if (name.equals(prefix + ".class") || name.startsWith(prefix + "$")) {
            result.add(file);
          }
        }
      }
    }
    return result;
  }

  /** A class file's bytes as Latin-1 text: its constant pool names every type it refers to. */
  private static String constants(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }
}
