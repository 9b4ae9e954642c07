package dev.tinychat.sample.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @RestApi} method and {@code @Resource} of the sample's Chat definitions against
 * Google's discovery document ({@code shared/reference/chat.v1.discovery.json}, beside the
 * repository): HTTP method, path and patterns, parameters, body, answer, scopes (of combinations,
 * and those the Javadoc links to: {@code {@link Scopes#CHAT_BOT}}), and every field's JSON name and
 * type. The definitions are read with javac from their sources, so a definition
 * added to the package is checked without touching this test.
 */
class DiscoveryTest {
  /** The sample module: surefire runs in it and says so in {@code basedir}. */
  static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  static final Path DOCUMENT =
      MODULE.resolve("../../shared/reference/chat.v1.discovery.json").normalize();
  static final Path DEFINITIONS = MODULE.resolve("src/main/java/dev/tinychat/sample/chat");

  /**
   * Where a definition knowingly differs: the server assigns a space's name when it creates the
   * space, so the definition keeps it out of request bodies; a method that binds {@code
   * {space.name}} from the body (spaces.patch) needs it sent, and then drops {@code @OutputOnly}.
   */
  private static final List<String> KNOWN_DIFFERENCES = List.of(
      "Space.name() (name) is @OutputOnly, the discovery document's is not output only");

  private static JsonValue document;

  @BeforeAll
  static void readDocument() {
    document = DriftCheck.read(DOCUMENT);
  }

  @Test
  void everyDefinitionMatchesTheDiscoveryDocument() {
    Definitions definitions = Definitions.inDirectory(DEFINITIONS);
    DriftCheck check = new DriftCheck(document).check(definitions);
    assertEquals(KNOWN_DIFFERENCES, check.problems, "definitions that drifted from Google's");
    assertEquals(List.of(), check.notes, "where the discovery document and Google's Java model"
        + " disagree");

    // Nothing was skipped: every definition file was read, every method found its counterpart.
    Set<String> read = new TreeSet<>();
    definitions.apis().forEach(api -> read.add(api.name()));
    definitions.resources().forEach(r -> read.add(r.name()));
    assertEquals(definitionFiles(), read);
    assertEquals(definitions.resources().stream().map(Definitions.Res::name)
        .collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(check.schemasChecked));
  }

  /** The files of the definitions package that declare an annotated interface. */
  private static Set<String> definitionFiles() {
    try (Stream<Path> files = Files.list(DEFINITIONS)) {
      return files.filter(f -> {
        try {
          String text = Files.readString(f);
          return text.contains("\n@RestApi") || text.contains("\n@Resource");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).map(f -> f.getFileName().toString().replace(".java", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///drift/" + name + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** A definition that drifted in every way the check knows, compiled here from source. */
  private static final String DRIFTED_API = String.join("\n",
      "package drift;",
      "import dev.tinychat.annotations.*;",
      "import java.util.List;",
      "/** Scopes: {@link Scopes#CHAT_BOT} or {@link Scopes#CHAT_ADMIN_SECTIONS}. */",
      "@RestApi(baseUrl = \"https://chat.googleapis.com\")",
      "public interface Drift {",
      "  /** Scopes: {@link Scopes#CHAT_MESSAGES}, {@link Scopes#CHAT_BOT}, {@link Scopes#NOT_A_SCOPE}. */",
      "  @Get(\"/v1/{name=spaces/*/members/*}\")",
      "  Membership get(@Path String name, @Query Integer useAdminAccess, @Query String vieww);",
      "  @Get(\"/v1/{name=spaces/*/memberz/*}\")",
      "  Membership getWithWrongPattern(@Path String name);",
      "  @Get(\"/v1/{name}\")",
      "  Space getWithoutPattern(@Path String name);",
      "  @Put(\"/v1/{parent=spaces/*}/members\")",
      "  Membership createWithWrongMethod(@Path String parent, @Body Membership membership);",
      "  @Patch(\"/v1/{membership.name=spaces/*/members/*}\")",
      "  Membership patch(@Body Membership membership, @Query List<String> updateMask);",
      "  @Patch(\"/v1/{space.name=spaces/*}\")",
      "  Space patchSpace(@Body Membership membership, @Query String updateMask);",
      "  @Delete(\"/v1/{name=spaces/*/messages/*}\")",
      "  Membership deleteMessage(@Path String name);",
      "  @Post(\"/v1/spaces\")",
      "  @Combination(name = \"x\", scopes = {\"https://www.googleapis.com/auth/chat.spaces\",",
      "      \"https://www.googleapis.com/auth/chat.messages\"})",
      "  Space create(@Body Membership space, @Query Long requestId);",
      "  @Get(\"/v1/spaces\")",
      "  void list(@Query Integer pageSize, @BodyField String filter);",
      "}");

  private static final String DRIFTED_SCOPES = String.join("\n",
      "package drift;",
      "final class Scopes {",
      "  static final String CHAT_BOT = \"https://www.googleapis.com/auth/chat.bot\";",
      "  static final String CHAT_MESSAGES = \"https://www.googleapis.com/auth/chat.messages\";",
      "  static final String CHAT_ADMIN_SECTIONS =",
      "      \"https://www.googleapis.com/auth/chat.admin.sections\";",
      "  static final String NOT_A_SCOPE = \"members\";",
      "}");

  private static final String DRIFTED_RESOURCES = String.join("\n",
      "package drift;",
      "import dev.tinychat.annotations.*;",
      "import java.time.Instant;",
      "import java.util.List;",
      "@Resource",
      "interface Membership {",
      "  String name();",
      "  Integer role();",
      "  String createTime();",
      "  Instant deleteTime();",
      "  String affilation();",
      "  List<String> member();",
      "  State state();",
      "  enum State { MEMBERSHIP_STATE_UNSPECIFIED, JOINED, INVITED, LEFT,",
      "    @Unrecognized UNRECOGNIZED }",
      "}",
      "@Resource",
      "interface Space {",
      "  String name();",
      "  Long displayName();",
      "  List<Membership> accessSettings();",
      "  @JsonName(\"spaceUri\") Boolean uri();",
      "  dev.tinychat.json.JsonValue customer();",
      "  dev.tinychat.json.JsonValue spaceDetails();",
      "}",
      "@Resource",
      "interface Spaceship {",
      "  String name();",
      "}");

  @Test
  void aDriftedDefinitionIsReportedPrecisely() {
    Definitions drifted = Definitions.compile(List.of(
        source("Drift", DRIFTED_API), source("Resources", DRIFTED_RESOURCES),
        source("Scopes", DRIFTED_SCOPES)));
    DriftCheck check = new DriftCheck(document).check(drifted);
    assertEquals(List.of(
        "Drift.get (GET /v1/{name=spaces/*/members/*}) = chat.spaces.members.get: scope"
            + " https://www.googleapis.com/auth/chat.messages is not one of its scopes"
            + " [https://www.googleapis.com/auth/chat.admin.memberships,"
            + " https://www.googleapis.com/auth/chat.admin.memberships.readonly,"
            + " https://www.googleapis.com/auth/chat.app.memberships,"
            + " https://www.googleapis.com/auth/chat.bot,"
            + " https://www.googleapis.com/auth/chat.memberships,"
            + " https://www.googleapis.com/auth/chat.memberships.readonly]",
        "Drift.get (GET /v1/{name=spaces/*/members/*}) = chat.spaces.members.get: query"
            + " parameter useAdminAccess is Integer, the discovery document's is boolean",
        "Drift.get (GET /v1/{name=spaces/*/members/*}) = chat.spaces.members.get: query"
            + " parameter vieww is not one of its query parameters [useAdminAccess]",
        "Drift.getWithWrongPattern (GET /v1/{name=spaces/*/memberz/*}): no GET"
            + " v1/{+name} of the discovery document has the path pattern"
            + " ^spaces/[^/]+/memberz/[^/]+$; the nearest, chat.spaces.members.get has"
            + " ^spaces/[^/]+/members/[^/]+$",
        "Drift.getWithoutPattern (GET /v1/{name}): no GET v1/{+name} of the discovery"
            + " document has the path pattern (none); the nearest, chat.spaces.get has"
            + " ^spaces/[^/]+$",
        "Drift.createWithWrongMethod (PUT /v1/{parent=spaces/*}/members): the discovery"
            + " document has no PUT v1/{+parent}/members; that path has [POST"
            + " chat.spaces.members.create, GET chat.spaces.members.list]",
        "Drift.patch (PATCH /v1/{membership.name=spaces/*/members/*}) ="
            + " chat.spaces.members.patch: query parameter updateMask is List<String>, the"
            + " discovery document's is not repeated",
        "Drift.patchSpace (PATCH /v1/{space.name=spaces/*}) = chat.spaces.patch: path"
            + " variable {space.name} names no @Body parameter space",
        "Drift.patchSpace (PATCH /v1/{space.name=spaces/*}) = chat.spaces.patch: the"
            + " body is Membership, the discovery document's is Space",
        "Drift.deleteMessage (DELETE /v1/{name=spaces/*/messages/*}) ="
            + " chat.spaces.messages.delete: answers Membership, the discovery document's"
            + " method answers Empty",
        "Drift.create (POST /v1/spaces) = chat.spaces.create: scope"
            + " https://www.googleapis.com/auth/chat.messages is not one of its scopes"
            + " [https://www.googleapis.com/auth/chat.app.spaces,"
            + " https://www.googleapis.com/auth/chat.app.spaces.create,"
            + " https://www.googleapis.com/auth/chat.import,"
            + " https://www.googleapis.com/auth/chat.spaces,"
            + " https://www.googleapis.com/auth/chat.spaces.create]",
        "Drift.create (POST /v1/spaces) = chat.spaces.create: query parameter requestId"
            + " is Long, the discovery document's is string",
        "Drift.create (POST /v1/spaces) = chat.spaces.create: the body is Membership,"
            + " the discovery document's is Space",
        "Drift.list (GET /v1/spaces) = chat.spaces.list: sends a body; the discovery"
            + " document's method takes none",
        "Drift.list (GET /v1/spaces) = chat.spaces.list: answers void, the discovery"
            + " document's method answers ListSpacesResponse",
        "Drift: the Javadoc names scope https://www.googleapis.com/auth/chat.admin.sections,"
            + " which none of its methods takes",
        "Membership.role() (role) is Integer, the discovery document's is string enum",
        "Membership.createTime() (createTime) is String, the discovery document's is"
            + " string (google-datetime)",
        "Membership.affilation(): affilation is not a field of schema Membership; did"
            + " you mean affiliation?",
        "Membership.member() (member) is List<String>, the discovery document's is User",
        "Membership.state() (state) is enum Membership.State with [LEFT], not in the"
            + " discovery document; without [NOT_A_MEMBER] of the discovery document",
        "Membership.state() (state) is sent, the discovery document's is output only: mark it"
            + " @OutputOnly",
        "Space.displayName() (displayName) is Long, the discovery document's is string",
        "Space.accessSettings() (accessSettings) is List<Membership>, the discovery"
            + " document's is AccessSettings",
        "Space.uri() (spaceUri) is Boolean, the discovery document's is string",
        "Space.uri() (spaceUri) is sent, the discovery document's is output only: mark it"
            + " @OutputOnly",
        "Space.customer() (customer) is JsonValue, the discovery document's is string",
        "Spaceship: the discovery document has no schema Spaceship"),
        check.problems);
  }

  @Test
  void aFieldTheDocumentLacksButGooglesJavaModelHasIsKeptAndNoted() {
    JsonValue schemas = document.get("schemas");
    JsonValue space = schemas.get("Space");
    Map<String, JsonValue> properties = new LinkedHashMap<>(space.get("properties").asMap());
    properties.remove("displayName");
    JsonValue edited = document.with("schemas",
        schemas.with("Space", space.with("properties", JsonValue.object(properties))));
    Definitions one = Definitions.compile(List.of(source("Space", "package drift;\n"
        + "@dev.tinychat.annotations.Resource interface Space {\n"
        + "  String displayName();\n  String notAField();\n}\n")));
    DriftCheck check = new DriftCheck(edited).check(one);
    assertEquals(List.of("Space.displayName(): displayName is missing from the discovery"
        + " document's Space but is in Google's Java model; kept"), check.notes);
    assertEquals(List.of("Space.notAField(): notAField is not a field of schema Space"),
        check.problems);
  }

  @Test
  void aMissingDocumentSaysWhereItWasLookedFor() {
    Path nowhere = MODULE.resolve("no-such-dir/chat.v1.discovery.json");
    IllegalStateException e = assertThrows(
        IllegalStateException.class, () -> DriftCheck.read(nowhere));
    assertTrue(e.getMessage().startsWith("Google's discovery document is not at " + nowhere),
        e.getMessage());
  }
}
