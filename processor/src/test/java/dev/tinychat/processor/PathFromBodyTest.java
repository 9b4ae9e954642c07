package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Path variables bound to a field of the body, as Google writes them
 * ({@code /v1/{room.name=rooms/*}}): the value is read from the body and checked against the
 * pattern before any I/O.
 */
class PathFromBodyTest {
  @TempDir static Path classes;
  private static ProbeServer server;
  private static List<String> requests;

  private static final JavaFileObject PLACE = Definitions.source("test.Place",
      "@Resource",
      "public interface Place {",
      "  String name();",
      "  Topic topic();",
      "}");

  private static final JavaFileObject PLACES = Definitions.source("test.Places",
      "@RestApi(baseUrl = \"https://places.example\")",
      "public interface Places {",
      "  @Patch(\"/v1/{place.name=places/*}\")",
      "  Place update(@Body Place place, @Query String updateMask);",
      "",
      "  @Post(\"/v1/{place.topic.text=topics/*}:vote\")",
      "  Place vote(@BodyField Place place);",
      "}");

  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("test.Probe", String.join("\n",
      "package test;",
      "",
      "import dev.tinychat.http.InvalidRequestException;",
      "import dev.tinychat.http.Transport;",
      "",
      "public final class Probe implements java.util.function.Function<String, String> {",
      "  @Override",
      "  public String apply(String scenarioAndUrl) {",
      "    String[] parts = scenarioAndUrl.split(\" \");",
      "    try (PlacesClient places = new PlacesClient(Transport.builder().baseUrl(parts[1])",
      "        .credentials(dev.tinychat.auth.Credentials.ofToken(\"t\")).build())) {",
      "      return switch (parts[0]) {",
      "        case \"update\" -> places.update(new PlaceBuilder().name(\"places/a b\").build(), \"name\").name();",
      "        case \"badName\" -> places.update(new PlaceBuilder().name(\"rooms/a\").build(), null).name();",
      "        case \"noName\" -> places.update(new PlaceBuilder().build(), null).name();",
      "        case \"vote\" -> places.vote(new PlaceBuilder().topic(new TopicBuilder().text(\"topics/t\").build())",
      "            .build()).name();",
      "        case \"voteNoTopic\" -> places.vote(new PlaceBuilder().build()).name();",
      "        default -> throw new IllegalArgumentException(parts[0]);",
      "      };",
      "    } catch (InvalidRequestException e) {",
      "      return e.getMessage();",
      "    }",
      "  }",
      "}"));

  @BeforeAll
  static void compileAndServe() throws Exception {
    server = ProbeServer.start(classes, "{\"name\":\"places/a b\"}", List.of(Definitions.TOPIC, PLACE, PLACES, PROBE));
    requests = server.requests;
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String call(String scenario) {
    return server.call(scenario);
  }

  @Test
  void theVariableIsReadFromTheBodyAndTheBodyStillCarriesIt() {
    assertThat(call("update")).isEqualTo("places/a b");
    assertThat(requests).containsExactly("PATCH /v1/places/a%20b?updateMask=name {\"name\":\"places/a b\"}");
  }

  @Test
  void aFieldOfANestedResourceWorksToo() {
    assertThat(call("vote")).isEqualTo("places/a b");
    assertThat(requests).containsExactly("POST /v1/topics/t:vote {\"place\":{\"topic\":{\"text\":\"topics/t\"}}}");
  }

  @Test
  void aValueOffThePatternOrMissingIsRefusedBeforeSending() {
    assertThat(call("badName")).isEqualTo("place.name: must match places/*, got \"rooms/a\"");
    assertThat(call("noName")).isEqualTo("place.name: required");
    assertThat(call("voteNoTopic")).isEqualTo("place.topic.text: required");
    assertThat(requests).isEmpty();
  }

  @Test
  void aVariableThatNamesNoFieldOfTheBodyIsAnError() {
    JavaFileObject api = Definitions.source("test.Places",
        "@RestApi(baseUrl = \"https://places.example\")",
        "public interface Places {",
        "  @Patch(\"/v1/{place.nme=places/*}\")",
        "  Place update(@Body Place place);",
        "}");
    Compilation compilation = Definitions.compile(Definitions.TOPIC, PLACE, api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[PathVariable] \"{place.nme}\" in \"/v1/{place.nme=places/*}\" has no"
        + " matching parameter.").inFile(api).onLineContaining("Place update(");
  }
}
