package dev.tinychat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What runtime promises its users, read from the compiled classes: no module but the JDK's
 * {@code java.base} and {@code java.net.http}, and no reflection.
 */
class RuntimeHygieneTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void moduleRequiresOnlyJavaBaseAndJavaNetHttp() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      Set<String> requires = ModuleDescriptor.read(in).requires().stream()
          .map(ModuleDescriptor.Requires::name)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of("java.base", "java.net.http"), requires);
    }
  }

  @Test
  void noClassRefersToReflection() throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertTrue(classes.size() > 30, "found the compiled classes: " + classes.size());
    Set<String> offenders = new TreeSet<>();
    for (Path file : classes) {
      // Class, method and string constants are stored as modified UTF-8, ASCII for these names.
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String banned : List.of("java/lang/reflect/", "forName", "getDeclaredMethod",
          "getDeclaredField", "getDeclaredConstructor", "setAccessible")) {
        if (constants.contains(banned)) {
          offenders.add(CLASSES.relativize(file) + " uses " + banned);
        }
      }
    }
    assertEquals(Set.of(), offenders);
  }
}
