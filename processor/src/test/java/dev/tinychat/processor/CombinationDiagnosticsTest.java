package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;
import static dev.tinychat.processor.Definitions.assertSingleError;
import static dev.tinychat.processor.Definitions.compileWithModel;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors in {@code @Combination}s, reported on the annotation value at fault. */
class CombinationDiagnosticsTest {
  private static final String METHOD =
      "  Room create(@Body Room room, @Query @IdempotencyKey String requestId);";

  private static JavaFileObject create(String... combinationLines) {
    String[] lines = new String[combinationLines.length + 2];
    lines[0] = "  @Post(\"/v1/rooms\")";
    System.arraycopy(combinationLines, 0, lines, 1, combinationLines.length);
    lines[lines.length - 1] = METHOD;
    return api(lines);
  }

  @Test
  void wellFormedCombinationsCompileWithoutWarnings() {
    JavaFileObject api = create(
        "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
        "      required = \"room.displayName\", allowed = {\"room.topic.text\", \"room.guests\"},",
        "      forbidden = \"room.guests.name\", counts = @Count(field = \"room.guests\", max = 3))",
        "  @Combination(name = \"closed\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"),",
        "      required = \"room.guests\", counts = @Count(field = \"room.guests\", min = 2, max = 2))");
    assertThat(compileWithModel(api)).succeededWithoutWarnings();
  }

  @Test
  void unknownFieldIsAnErrorOnTheValueWithTheNearestName() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      required = \"room.displayname\")"),
        "[NoSuchField] No field \"displayname\" in Room (path \"room.displayname\"). Did you mean \"displayName\"?",
        "required = \"room.displayname\"");
  }

  @Test
  void unknownNestedFieldNamesTheFailingSegment() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      allowed = \"room.topic.txt\")"),
        "[NoSuchField] No field \"txt\" in Topic (path \"room.topic.txt\"). Did you mean \"text\"?",
        "allowed = \"room.topic.txt\"");
  }

  @Test
  void unknownParameterIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      required = \"rom.displayName\")"),
        "[NoSuchParameter] No parameter \"rom\" in create() (path \"rom.displayName\"). Did you mean \"room\"?",
        "required = \"rom.displayName\"");
  }

  @Test
  void unknownFieldInFixedIsAnErrorOnTheFixedValue() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      fixed = @Fixed(field = \"room.knd\", value = \"OPEN\"))"),
        "[NoSuchField] No field \"knd\" in Room (path \"room.knd\"). Did you mean \"kind\"?",
        "fixed = @Fixed(field = \"room.knd\"");
  }

  @Test
  void fieldBothRequiredAndForbiddenIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", required = \"room.displayName\",",
            "      forbidden = \"room.displayName\")"),
        "[FieldRoles] \"room.displayName\" is both required and forbidden in combination open",
        "forbidden = \"room.displayName\"");
  }

  @Test
  void fieldBothAllowedAndForbiddenIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", allowed = \"room.archived\",",
            "      forbidden = \"room.archived\")"),
        "[FieldRoles] \"room.archived\" is both allowed and forbidden in combination open",
        "forbidden = \"room.archived\"");
  }

  @Test
  void fieldBothFixedAndForbiddenIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
            "      forbidden = \"room.kind\")"),
        "[FieldRoles] \"room.kind\" is both fixed and forbidden in combination open",
        "forbidden = \"room.kind\"");
  }

  @Test
  void fixedValueThatIsNotAConstantListsTheConstants() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      fixed = @Fixed(field = \"room.kind\", value = \"OPN\"))"),
        "[FixedValue] \"OPN\" is not a valid value of \"room.kind\" (Room.Kind) in combination open; expected"
            + " \"OPEN\"; valid: KIND_UNSPECIFIED, OPEN, CLOSED.",
        "value = \"OPN\"");
  }

  @Test
  void fixedValueThatDoesNotParseIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      fixed = @Fixed(field = \"room.archived\", value = \"yes\"))"),
        "[FixedValue] \"yes\" is not a valid value of \"room.archived\" (Boolean) in combination open; expected true"
            + " or false.",
        "value = \"yes\"");
  }

  @Test
  void combinationsThatCannotBeToldApartAreAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
            "      required = \"room.displayName\")",
            "  @Combination(name = \"openWithTopic\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
            "      required = \"room.topic\")"),
        "[Indistinguishable] Combinations open and openWithTopic of create() cannot be told apart: both fix"
            + " room.kind=OPEN, and no field is required by one and forbidden by the other.",
        "name = \"openWithTopic\"");
  }

  @Test
  void combinationsToldApartByARequiredAndForbiddenFieldAreFine() {
    JavaFileObject api = create(
        "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
        "      required = \"room.displayName\", forbidden = \"room.topic\")",
        "  @Combination(name = \"openWithTopic\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
        "      required = \"room.topic\")");
    assertThat(compileWithModel(api)).succeededWithoutWarnings();
  }

  @Test
  void countWithMinAboveMaxIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", allowed = \"room.guests\",",
            "      counts = @Count(field = \"room.guests\", min = 3, max = 2))"),
        "[CountBounds] @Count on \"room.guests\" in combination open has min 3 and max 2; need 0 <= min <= max.",
        "counts = @Count(field = \"room.guests\"");
  }

  @Test
  void countOnANonRepeatedFieldIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", allowed = \"room.displayName\",",
            "      counts = @Count(field = \"room.displayName\", max = 2))"),
        "[CountField] @Count on \"room.displayName\" in combination open: it is a String, not a List.",
        "counts = @Count(field = \"room.displayName\"");
  }

  @Test
  void countOnAnUnmentionedFieldIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",",
            "      counts = @Count(field = \"room.guests\", max = 2))"),
        "[CountField] @Count on \"room.guests\" in combination open: it is neither required nor allowed there",
        "counts = @Count(field = \"room.guests\"");
  }

  @Test
  void duplicateCombinationNamesAreAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"))",
            "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"))"),
        "[DuplicateCombination] Combination \"open\" is declared twice on create()",
        "value = \"CLOSED\"");
  }

  @Test
  void combinationNameThatIsNotAnIdentifierIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open room\")"),
        "[CombinationName] Combination name \"open room\" is not a Java identifier", "name = \"open room\"");
  }

  @Test
  void outputOnlyFieldInACombinationIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      allowed = \"room.name\")"),
        "[OutputOnlyField] \"room.name\" is @OutputOnly, so combination open cannot name it", "allowed = \"room.name\"");
  }

  @Test
  void allowedPathIntoListElementsIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      allowed = \"room.guests.name\")"),
        "[PathThroughList] \"room.guests.name\" in combination open goes into the elements of list \"room.guests\"",
        "allowed = \"room.guests.name\"");
  }

  @Test
  void idempotencyKeyInACombinationIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",", "      required = \"requestId\")"),
        "[KeyInCombination] \"requestId\" is the idempotency key, always allowed", "required = \"requestId\"");
  }

  @Test
  void requestNameWithoutCombinationsIsAnError() {
    assertSingleError(api("  @Post(\"/v1/rooms\")", "  @Request(\"MakeRoom\")", METHOD),
        "[RequestWithoutCombinations] @Request(\"MakeRoom\") on create(), which declares no @Combination", "@Request(\"MakeRoom\")");
  }

  @Test
  void twoRequiredFieldsOfOneGroupAreAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\",",
            "      required = {\"room.expireTime\", \"room.ttlSeconds\"})"),
        "[OneOfRoles] \"room.ttlSeconds\" is required and \"room.expireTime\" is required in combination open, but"
            + " ttlSeconds and expireTime are one of \"expiration\": a request sets only one. Keep one of the two,"
            + " or make both allowed.",
        "required = {\"room.expireTime\"");
  }

  @Test
  void aFixedAndARequiredFieldOfOneGroupAreAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", fixed = @Fixed(field = \"room.ttlSeconds\", value = \"60\"),",
            "      required = \"room.expireTime\")"),
        "[OneOfRoles] \"room.expireTime\" is required and \"room.ttlSeconds\" is fixed in combination open",
        "required = \"room.expireTime\"");
  }

  @Test
  void aRequiredAndAnAllowedFieldOfOneGroupAreAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", required = \"room.expireTime\",",
            "      allowed = \"room.ttlSeconds\")"),
        "[OneOfRoles] \"room.ttlSeconds\" is allowed and \"room.expireTime\" is required in combination open",
        "allowed = \"room.ttlSeconds\"");
  }

  @Test
  void aPathBelowAGroupFieldSetsThatField() {
    JavaFileObject limits = Definitions.source("test.Limits", "@Resource", "public interface Limits {",
        "  Integer guests();", "  Integer topics();", "}");
    JavaFileObject hall = Definitions.source("test.Hall", "@Resource", "public interface Hall {",
        "  @OneOf(\"capacity\")", "  Preset preset();", "  @OneOf(\"capacity\")", "  Limits limits();",
        "  enum Preset { PRESET_UNSPECIFIED, SMALL, LARGE, @Unrecognized UNRECOGNIZED }", "}");
    JavaFileObject api = Definitions.source("test.Halls", "@RestApi(baseUrl = \"https://halls.example\")",
        "public interface Halls {", "  @Post(\"/v1/halls\")",
        "  @Combination(name = \"open\", fixed = @Fixed(field = \"hall.preset\", value = \"SMALL\"),",
        "      allowed = \"hall.limits.guests\")",
        "  Hall create(@Body Hall hall);", "}");
    Compilation compilation = Definitions.compile(limits, hall, api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[OneOfRoles] \"hall.limits.guests\" is allowed and \"hall.preset\""
            + " is fixed in combination open, but limits and preset are one of \"capacity\"")
        .inFile(api).onLineContaining("allowed = \"hall.limits.guests\"");
  }

  @Test
  void fieldsOfOneGroupMayAllBeAllowedOrOneRequiredAndTheOthersForbidden() {
    JavaFileObject api = create(
        "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
        "      allowed = {\"room.expireTime\", \"room.ttlSeconds\"})",
        "  @Combination(name = \"closed\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"),",
        "      required = \"room.ttlSeconds\", forbidden = \"room.expireTime\")");
    assertThat(compileWithModel(api)).succeededWithoutWarnings();
  }

  @Test
  void requiredListWhoseCountAllowsNoElementIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", required = \"room.guests\",",
            "      counts = @Count(field = \"room.guests\", max = 3))"),
        "[RequiredCount] @Count on \"room.guests\" in combination open has min 0, but the field is required and an"
            + " empty list is no list on the wire. Set min to 1 or more, or make the field allowed.",
        "counts = @Count(field = \"room.guests\"");
  }

  @Test
  void forbiddingEveryFieldOfARequiredGroupOfAResourceThatIsSentIsAnError() {
    assertSingleError(
        create("  @Combination(name = \"open\", allowed = \"room.guests\",",
            "      forbidden = {\"room.guests.name\",", "      \"room.guests.email\"})"),
        "[OneOfAllForbidden] Combination open forbids name, email of \"room.guests\", every field of required group"
            + " \"identity\", so any \"room.guests\" sent would be refused. Forbid \"room.guests\" itself, or allow"
            + " one of the fields.",
        "\"room.guests.email\"");
  }

  @Test
  void forbiddingOneFieldOfARequiredGroupIsFine() {
    JavaFileObject api = create(
        "  @Combination(name = \"open\", allowed = \"room.guests\", forbidden = \"room.guests.email\")");
    assertThat(compileWithModel(api)).succeededWithoutWarnings();
  }
}
