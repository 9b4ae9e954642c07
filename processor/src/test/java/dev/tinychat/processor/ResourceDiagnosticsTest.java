package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.compile;
import static dev.tinychat.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors in {@code @Resource} definitions, each reported on the element at fault. */
class ResourceDiagnosticsTest {

  @Test
  void resourceOnAClassIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public class Room {", "  String name() { return null; }", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[NotAnInterface] @Resource applies to interfaces only; Room is a class.")
        .inFile(room).onLineContaining("@Resource");
  }

  @Test
  void restApiOnAnEnumIsAnError() {
    JavaFileObject rooms = source("test.Rooms", "@RestApi(baseUrl = \"x\")", "public enum Rooms { A }");
    Compilation compilation = compile(rooms);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[NotAnInterface] @RestApi applies to interfaces only; Rooms is an enum.")
        .inFile(rooms).onLineContaining("@RestApi");
  }

  @Test
  void primitiveAccessorIsAnErrorThatNamesTheBoxedType() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  int size();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[PrimitiveField] Field size of Room has primitive type int; use Integer")
        .inFile(room).onLineContaining("int size();");
  }

  @Test
  void mapAccessorIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  java.util.Map<String, String> labels();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[FieldType] Field labels of Room has type java.util.Map<java.lang.String,java.lang.String>;"
            + " a field is a String, Boolean, Integer, Long, Double, java.time.Instant, an enum")
        .inFile(room).onLineContaining("labels();");
  }

  @Test
  void optionalAccessorIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  java.util.Optional<String> label();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[FieldType] Field label of Room has type java.util.Optional<java.lang.String>")
        .inFile(room).onLineContaining("label();");
  }

  @Test
  void accessorWithParametersIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  String name(int index);", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[AccessorParameters] name(int index) in @Resource Room takes parameters")
        .inFile(room).onLineContaining("String name(int index);");
  }

  @Test
  void genericResourceIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room<T> {", "  String name();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[GenericResource] @Resource Room declares type parameters <T>; a resource cannot be generic.")
        .inFile(room).onLineContaining("public interface Room<T>");
  }

  @Test
  void enumWithoutUnrecognizedConstantIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  Kind kind();",
        "  enum Kind { OPEN, CLOSED }", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[Unrecognized] Enum Kind must have exactly one constant annotated @Unrecognized,"
            + " to stand for values this client does not know; found none; add one such as @Unrecognized UNRECOGNIZED.")
        .inFile(room).onLineContaining("enum Kind");
  }

  @Test
  void enumWithTwoUnrecognizedConstantsIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  Kind kind();",
        "  enum Kind { OPEN, @Unrecognized OTHER, @Unrecognized UNKNOWN }", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("found OTHER, UNKNOWN.").inFile(room).onLineContaining("enum Kind");
  }

  @Test
  void malformedNamePatternIsAnErrorOnTheValue() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @NamePattern(\"users//{user}\")", "  String name();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[NamePattern] @NamePattern(\"users//{user}\") is malformed: segment 2 is empty.")
        .inFile(room).onLineContaining("@NamePattern(\"users//{user}\")");
  }

  @Test
  void aResourceCycleIsFine() {
    JavaFileObject node = source("test.Node", "@Resource", "public interface Node {", "  String name();",
        "  Node parent();", "  List<Node> children();", "}");
    assertThat(compile(node)).succeededWithoutWarnings();
  }

  @Test
  void typeThatNeverExistsIsReportedWhenProcessingEnds() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  Missing missing();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorContaining("[Unresolved] test.Room refers to types that were never generated or"
        + " declared: Missing.").inFile(room).onLineContaining("public interface Room");
  }

  @Test
  void jsonNameClashIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {", "  String title();",
        "  @JsonName(\"title\")", "  String name();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[JsonName] title() and name() of Room both use the JSON name \"title\".")
        .inFile(room).onLineContaining("String name();");
  }

  @Test
  void oneOfGroupOfOneFieldIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"expiration\")", "  Instant expireTime();", "  Long ttlSeconds();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[OneOfSingle] Group \"expiration\" of Room has one field, expireTime(); a group has two fields"
            + " or more. Put @OneOf(\"expiration\") on the others, or remove it.")
        .inFile(room).onLineContaining("@OneOf(\"expiration\")");
  }

  @Test
  void oneOfFieldsThatDisagreeOnRequiredAreAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"expiration\")", "  Instant expireTime();",
        "  @OneOf(value = \"expiration\", required = true)", "  Long ttlSeconds();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[OneOfRequired] expireTime() and ttlSeconds() of Room are in group \"expiration\", but only"
            + " ttlSeconds() says required = true; say it on every field of the group, or on none.")
        .inFile(room).onLineContaining("required = true");
  }

  @Test
  void oneOfOnAnOutputOnlyFieldIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"expiration\")", "  Instant expireTime();",
        "  @OutputOnly @OneOf(\"expiration\")", "  Long ttlSeconds();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[OneOfOutputOnly] @OneOf(\"expiration\") on ttlSeconds(), which is @OutputOnly: the client never"
            + " sends it, so no request can set it. Remove one of the two.")
        .inFile(room).onLineContaining("@OutputOnly @OneOf");
  }

  @Test
  void oneOfOnAListIsAnError() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"audience\")", "  String everyone();",
        "  @OneOf(\"audience\") List<String> people();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[OneOfList] @OneOf(\"audience\") on people(), a List<String>; a group holds single fields,"
            + " not lists (a proto3 oneof cannot be repeated).")
        .inFile(room).onLineContaining("List<String> people();");
  }

  @Test
  void oneOfGroupNameThatIsNotAnIdentifierIsAnErrorOnTheValue() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"expiry time\") Instant expireTime();",
        "  @OneOf(\"expiry time\") Long ttlSeconds();", "}");
    Compilation compilation = compile(room);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[OneOf] @OneOf(\"expiry time\") on expireTime(): a group name is an identifier, such as"
            + " \"member_type\".")
        .inFile(room).onLineContaining("Instant expireTime();");
    assertThat(compilation)
        .hadErrorContaining("[OneOf] @OneOf(\"expiry time\") on ttlSeconds(): a group name is an identifier")
        .inFile(room).onLineContaining("Long ttlSeconds();");
  }

  @Test
  void wellFormedOneOfGroupsCompileWithoutWarnings() {
    JavaFileObject room = source("test.Room", "@Resource", "public interface Room {",
        "  @OneOf(\"expiration\")", "  Instant expireTime();",
        "  @OneOf(\"expiration\")", "  Long ttlSeconds();",
        "  @OneOf(value = \"owner\", required = true)", "  String user();",
        "  @OneOf(value = \"owner\", required = true)", "  String group();",
        "  @OneOf(value = \"owner\", required = true)", "  String app();", "}");
    assertThat(compile(room)).succeededWithoutWarnings();
  }
}
