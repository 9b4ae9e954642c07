package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;
import static dev.tinychat.processor.Definitions.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The call classes of a client ({@code rooms.list(parent).pageSize(10).call()}), on the runtime's
 * {@code PendingCall} and {@code PagedCall}: their setters are named after the parameters, whatever
 * those are named, and a method without an answer has one too.
 */
class CallClassTest {
  private static final JavaFileObject PAGE = source("test.RoomPage",
      "@Resource",
      "public interface RoomPage {",
      "  List<Room> rooms();",
      "  String nextPageToken();",
      "}");

  private static Compilation compile(JavaFileObject api, String... statements) {
    JavaFileObject caller = JavaFileObjects.forSourceString("test.Caller", String.join("\n",
        "package test;",
        "",
        "final class Caller {",
        "  static void call(RoomsClient rooms) {",
        "    " + String.join("\n    ", statements),
        "  }",
        "}"));
    return Definitions.compileWithModel(PAGE, api, caller);
  }

  private static String client(Compilation compilation) throws IOException {
    return compilation.generatedSourceFile("test.RoomsClient").orElseThrow().getCharContent(true).toString();
  }

  @Test
  void aPagedCallExtendsPagedCallAndSetsThePageTokenItStartsFrom() throws IOException {
    Compilation compilation = compile(api(
        "  @Get(\"/v1/{parent=rooms/*}/rooms\")",
        "  RoomPage list(@Path String parent, @Query Integer pageSize, @Query String pageToken);"),
        "Iterable<Room> all = rooms.list(\"rooms/a\").pageSize(2).pageToken(\"t\").all();",
        "RoomPage page = rooms.list(\"rooms/a\").call();");
    assertThat(compilation).succeededWithoutWarnings();
    String client = client(compilation);
    assertThat(client).contains("public static final class ListCall extends PagedCall<RoomPage, Room> {");
    assertThat(client).contains("super(transport, RoomPage::rooms, RoomPage::nextPageToken);");
    assertThat(client).contains("this.pageToken = pageToken;");
    assertThat(client).contains("return listRequest(parent, pageSize, pageToken);");
  }

  /** A String {@code request} setter would clash with {@code PagedCall.request(String)}: no paging then. */
  @Test
  void parametersNamedLikeTheCallsMembersKeepTheirSetters() throws IOException {
    Compilation compilation = compile(api(
        "  @Get(\"/v1/{transport=rooms/*}/rooms\")",
        "  RoomPage list(@Path String transport, @Query String pageToken, @Query String request,",
        "      @Query Boolean call, @Query Boolean all, @Query String items);"),
        "RoomPage page = rooms.list(\"rooms/a\").request(\"r\").call(true).all(false).items(\"i\").call();",
        "java.util.concurrent.CompletableFuture<RoomPage> later = rooms.list(\"rooms/a\").request(\"r\").callAsync();");
    assertThat(compilation).succeededWithoutWarnings();
    String client = client(compilation);
    assertThat(client).contains("public static final class ListCall extends PendingCall<RoomPage> {");
    assertThat(client).contains("return new ListCall(this.transport, transport);");
  }

  @Test
  void aMethodWithoutAnAnswerHasACallClassToo() {
    Compilation compilation = compile(api(
        "  @Delete(\"/v1/{name=rooms/*}\")",
        "  void delete(@Path String name, @Query Boolean force, @Query String etag);"),
        "rooms.delete(\"rooms/a\").force(true).etag(\"e\").call();",
        "java.util.concurrent.CompletableFuture<Void> done = rooms.delete(\"rooms/a\").callAsync();");
    assertThat(compilation).succeededWithoutWarnings();
  }
}
