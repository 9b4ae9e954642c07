package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.compile;
import static dev.tinychat.processor.Definitions.compileWithModel;
import static dev.tinychat.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Message}: a stable id of its own, and a compile test that shows it (the ones not
 * shown by the test classes of their area are here).
 */
class MessageTest {

  @Test
  void everyMessageHasItsOwnId() {
    Map<String, Message> byId = new HashMap<>();
    for (Message message : Message.values()) {
      Message other = byId.putIfAbsent(message.id(), message);
      assertWithMessage("%s and %s share the id %s", other, message, message.id()).that(other).isNull();
    }
  }

  @Test
  void everyMessageIdAppearsInACompileTest() throws IOException {
    StringBuilder tests = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("src/test/java/dev/tinychat/processor"))) {
      for (Path file : files.filter(f -> !f.endsWith("MessageTest.java")).toList()) {
        tests.append(Files.readString(file));
      }
    }
    tests.append(Files.readString(Path.of("src/test/java/dev/tinychat/processor/MessageTest.java"))
        .replaceAll("(?s)/\\*\\*.*?\\*/", ""));
    List<String> untested = new ArrayList<>();
    for (Message message : Message.values()) {
      // INTERNAL reports a bug of the processor itself: no definition is meant to reach it
      if (message != Message.INTERNAL && tests.indexOf("\"[" + message.id() + "] ") < 0) {
        untested.add(message.name());
      }
    }
    assertWithMessage("messages no test asserts").that(untested).isEmpty();
  }

  private static void onlyError(Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void maxLengthBelowOneIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  @MaxLength(0)",
        "  String name();", "}");
    onlyError(compile(room), room, "[MaxLength] @MaxLength(0) on name() must be at least 1, on a String field.",
        "@MaxLength(0)");
  }

  @Test
  void namePatternOnANumberIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  @NamePattern(\"rooms/{room}\")",
        "  Long id();", "}");
    onlyError(compile(room), room, "[NamePatternType] @NamePattern on id(), which is a Long; it applies to String"
        + " fields.", "@NamePattern");
  }

  @Test
  void outputOnlyAndInputOnlyTogetherIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  @OutputOnly @InputOnly",
        "  String name();", "}");
    onlyError(compile(room), room, "[Direction] name() is both @OutputOnly and @InputOnly; choose one.", "name()");
  }

  @Test
  void twoIdempotencyKeysAreAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  Room create(@Body Room room, @Query @IdempotencyKey String requestId,",
        "      @Query(\"other\") @IdempotencyKey String otherId);");
    onlyError(compileWithModel(rooms), rooms, "[TwoIdempotencyKeys] create() has two @IdempotencyKey parameters,"
        + " requestId and otherId; a method has at most one.", "String otherId");
  }

  @Test
  void requestNameThatIsNoClassNameIsAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"Open Room\")",
        "  @Combination(name = \"open\", required = \"room.displayName\")",
        "  Room create(@Body Room room);");
    onlyError(compileWithModel(rooms), rooms, "[RequestName] @Request(\"Open Room\") is not a simple Java class name.",
        "@Request");
  }

  @Test
  void twoMethodsWithTheSameRequestClassAreAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", required = \"room.displayName\")",
        "  Room create(@Body Room room);",
        "  @Post(\"/v1/rooms:open\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", required = \"room.displayName\")",
        "  Room open(@Body Room room);");
    onlyError(compileWithModel(rooms), rooms, "[DuplicateRequest] create() and open() both generate request class"
        + " OpenRoom; name one with @Request.", "Room open(");
  }

  @Test
  void pathThroughAScalarIsAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", required = \"room.displayName.text\")",
        "  Room create(@Body Room room);");
    onlyError(compileWithModel(rooms), rooms, "[NotAResource] \"displayName\" in \"room.displayName.text\" is a String,"
        + " which has no fields.", "required = \"room.displayName.text\"");
  }

  @Test
  void pathBelowARequiredOneThatIsNotForbiddenIsAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", required = \"room.topic\", allowed = \"room.topic.text\")",
        "  Room create(@Body Room room);");
    onlyError(compileWithModel(rooms), rooms, "[NestedRoles] \"room.topic\" is required and \"room.topic.text\" below"
        + " it is allowed in combination open; a field below a fixed, required or allowed one can only be forbidden.",
        "allowed = \"room.topic.text\"");
  }

  @Test
  void fixedResourceIsAnError() {
    JavaFileObject rooms = Definitions.api(
        "  @Post(\"/v1/rooms\")",
        "  @Request(\"OpenRoom\")",
        "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.topic\", value = \"x\"))",
        "  Room create(@Body Room room);");
    onlyError(compileWithModel(rooms), rooms, "[FixedType] \"room.topic\" in combination open is a Topic; only a"
        + " String, Boolean, number, timestamp or enum field can be fixed.", "field = \"room.topic\"");
  }
}
