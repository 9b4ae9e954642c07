package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @NamePattern} on a {@code String} {@code @Query} parameter: the client checks a non-null
 * argument against it before building the request; a pattern may have a literal prefix before
 * its variable ({@code client-{id}}); on any other parameter it is a compile error.
 */
class QueryPatternTest {

  private static Compilation compile(JavaFileObject api) {
    List<JavaFileObject> sources = new ArrayList<>(Definitions.MODEL);
    sources.add(api);
    return Definitions.compile(sources);
  }

  @Test
  void aNonNullArgumentIsCheckedAgainstThePatternBeforeTheRequestIsBuilt() throws IOException {
    Compilation compilation = compile(api(
        "  @Post(\"/v1/rooms\")",
        "  Room create(@Body Room room, @Query @NamePattern(\"client-{id}\") String roomId);"));
    assertThat(compilation).succeededWithoutWarnings();
    String client = compilation.generatedSourceFile("test.RoomsClient").orElseThrow()
        .getCharContent(true).toString();
    String sender = client.substring(client.indexOf("private static ApiRequest<Room> createRequest("));
    sender = sender.substring(0, sender.indexOf("\n  }\n"));
    assertThat(sender).contains("if (roomId != null) {");
    assertThat(sender).contains("RequestRules.pathValue(roomId, \"roomId\", \"client-{id}\");");
    assertThat(sender.indexOf("RequestRules.pathValue(roomId")).isLessThan(sender.indexOf("return ApiRequest.post("));
  }

  @Test
  void onAPathParameterItIsAnError() {
    JavaFileObject rooms = api(
        "  @Get(\"/v1/{name=rooms/*}\")",
        "  Room get(@Path @NamePattern(\"rooms/{room}\") String name);");
    Compilation compilation = compile(rooms);
    assertThat(compilation).hadErrorContaining(
        "[NamePatternParameter] @NamePattern on the @Path String parameter name; on a parameter it applies to a"
            + " String @Query.");
  }

  @Test
  void onANumberQueryParameterItIsAnError() {
    JavaFileObject rooms = api(
        "  @Get(\"/v1/rooms\")",
        "  Room find(@Query @NamePattern(\"rooms/{room}\") Integer size);");
    assertThat(compile(rooms)).hadErrorContaining("[NamePatternParameter] @NamePattern on the @Query Integer");
  }

  @Test
  void aPrefixBeforeTheVariableIsAPattern() throws NamePattern.SyntaxException {
    assertThat(NamePattern.parse("client-{id}").regex()).isEqualTo("client-[^/]+");
    assertThat(NamePattern.parse("spaces/{space}/messages/client-{id}").regex())
        .isEqualTo("spaces/[^/]+/messages/client-[^/]+");
  }
}
