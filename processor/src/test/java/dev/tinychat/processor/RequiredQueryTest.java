package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query(required = true)}: the client refuses a {@code null} or empty argument before any
 * I/O, and the call builder takes the parameter as its argument instead of a setter.
 */
class RequiredQueryTest {
  private static final JavaFileObject ROOMS = api(
      "  @Get(\"/v1/rooms:search\")",
      "  Room search(@Query(required = true) String query, @Query Integer pageSize, @Query String filter);");

  private static Compilation compileWith(String call) {
    JavaFileObject caller = JavaFileObjects.forSourceString("test.Caller", String.join("\n",
        "package test;",
        "",
        "final class Caller {",
        "  static Object call(RoomsClient rooms) {",
        "    return " + call + ";",
        "  }",
        "}"));
    List<JavaFileObject> sources = new ArrayList<>(Definitions.MODEL);
    sources.add(ROOMS);
    sources.add(caller);
    return Definitions.compile(sources);
  }

  @Test
  void theCallBuilderTakesTheRequiredQueryAsItsArgument() {
    assertThat(compileWith("rooms.search(\"q\").pageSize(1).filter(\"f\")")).succeededWithoutWarnings();
    Compilation withoutQuery = compileWith("rooms.search().pageSize(1)");
    assertThat(withoutQuery).failed();
    assertThat(withoutQuery).hadErrorContaining("search");
  }

  @Test
  void theClientRefusesAMissingRequiredQueryBeforeBuildingTheRequest() throws IOException {
    Compilation compilation = compileWith("rooms.search(\"q\")");
    String client = compilation.generatedSourceFile("test.RoomsClient").orElseThrow()
        .getCharContent(true).toString();
    String sender = client.substring(client.indexOf("private static ApiRequest<Room> searchRequest("));
    sender = sender.substring(0, sender.indexOf("\n  }\n"));
    assertThat(sender).contains("RequestRules.requireArgument(query, \"query\", null);");
    assertThat(sender.indexOf("RequestRules.requireArgument(query")).isLessThan(sender.indexOf("return ApiRequest.get("));
    assertThat(sender).doesNotContain("RequestRules.requireArgument(pageSize");
  }
}
