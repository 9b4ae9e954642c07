package dev.tinychat.sample.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.auth.Credentials;
import dev.tinychat.sample.chat.ListReactionsResponse;
import dev.tinychat.sample.chat.Reaction;
import dev.tinychat.sample.chat.ReactionsClient;
import dev.tinychat.sample.emulator.ChatEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Add a Chat method": its two code blocks, exactly as written there, compiled by javac
 * with the real processor on the processor path and {@code -Xlint:all -Werror}, then the call
 * block run against the embedded emulator.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern INTERFACE = Pattern.compile("public interface (\\w+)");

  @TempDir Path dir;

  /** The java blocks of the README section {@code heading}, in order. */
  private static List<String> javaBlocks(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "README.md has no section " + heading);
    int end = readme.indexOf("\n## ", start + heading.length() + 2);
    Matcher blocks = JAVA_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    return found;
  }

  private static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertTrue(matcher.find(), () -> pattern + " in\n" + text);
    return matcher.group(1);
  }

  /** Posts a message as any HTTP client would (the sample defines no messages.create yet). */
  private static String message(ChatEmulator emulator, String space) throws Exception {
    HttpResponse<String> posted = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/" + space + "/messages"))
            .header("Authorization", "Bearer " + ChatEmulator.DEFAULT_USER_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"react to me\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, posted.statusCode(), posted.body());
    Matcher name = Pattern.compile("\"name\":\"(spaces/[^\"]+/messages/[^\"]+)\"").matcher(posted.body());
    assertTrue(name.find(), posted.body());
    return name.group(1);
  }

  @Test
  void theAddAChatMethodExampleCompilesAndCallsTheEmulator() throws Exception {
    List<String> blocks = javaBlocks("## Add a Chat method");
    assertEquals(2, blocks.size(), "the definition, then the call");
    String definition = blocks.get(0);
    String pkg = first(PACKAGE, definition);
    String api = first(INTERFACE, definition);
    Path sources = dir.resolve("src/" + pkg.replace('.', '/'));
    Files.createDirectories(sources);
    Files.writeString(sources.resolve(api + ".java"), definition);
    // The call block as the body of a method, with what it takes as parameters.
    Files.writeString(sources.resolve("ReadmeCall.java"), String.join("\n",
        "package " + pkg + ";",
        "",
        "import dev.tinychat.auth.Credentials;",
        "import dev.tinychat.sample.chat.*;",
        "",
        "public final class ReadmeCall {",
        "  public static void call(String endpoint, Credentials credentials, String message) {",
        blocks.get(1),
        "  }",
        "}",
        ""));

    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    String classPath = System.getProperty("java.class.path");
    List<String> files;
    try (var walk = Files.walk(dir.resolve("src"))) {
      files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror",
        "-classpath", classPath, "-processorpath", classPath,
        "-processor", "dev.tinychat.processor.TinychatProcessor",
        "-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated")).toString());
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(files))
        .call();
    assertTrue(compiled, diagnostics::toString);
    assertTrue(Files.exists(dir.resolve("generated/" + pkg.replace('.', '/') + "/" + api + "Client.java")),
        "the processor generated " + api + "Client");

    try (ChatEmulator emulator = ChatEmulator.withDefaults();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
            getClass().getClassLoader())) {
      String space;
      try (var spaces = dev.tinychat.sample.chat.SpacesClient.builder().baseUrl(emulator.baseUrl())
          .credentials(Credentials.ofToken(ChatEmulator.DEFAULT_USER_TOKEN)).build()) {
        space = spaces.create(dev.tinychat.sample.chat.CreateSpace.namedSpace("Readme")).name();
      }
      String message = message(emulator, space);
      Method call = loader.loadClass(pkg + ".ReadmeCall")
          .getMethod("call", String.class, Credentials.class, String.class);

      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      PrintStream out = System.out;
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        call.invoke(null, emulator.baseUrl(), Credentials.ofToken(ChatEmulator.DEFAULT_USER_TOKEN),
            message);
      } catch (InvocationTargetException e) {
        throw new AssertionError("the README call failed", e.getCause());
      } finally {
        System.setOut(out);
      }

      ListReactionsResponse reactions;
      try (ReactionsClient read = ReactionsClient.builder().baseUrl(emulator.baseUrl())
          .credentials(Credentials.ofToken(ChatEmulator.DEFAULT_USER_TOKEN)).build()) {
        reactions = read.list(message, null, null, null);
      }
      assertEquals(1, reactions.reactions().size(), reactions::toString);
      Reaction added = reactions.reactions().get(0);
      assertEquals("🙂", added.emoji().unicode());
      assertEquals(ChatEmulator.DEFAULT_USER, added.user().name());
      assertEquals(added.name() + " by " + ChatEmulator.DEFAULT_USER,
          printed.toString(StandardCharsets.UTF_8).strip());
      assertTrue(emulator.requestLog().stream().anyMatch(r -> r.method().equals("POST")
          && r.path().equals("/v1/" + message + "/reactions")), "sent by the README's client");
    }
  }
}
