package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;
import static dev.tinychat.processor.Definitions.assertSingleError;
import static dev.tinychat.processor.Definitions.compileWithModel;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names that would make the request class uncompilable or misleading (a factory named like a
 * setter, an accessor named like a method of {@code Object}) are compile errors on the definition,
 * not javac errors in generated code.
 */
class MemberNameTest {
  private static final String POST = "  @Post(\"/v1/rooms\")";
  private static final String CREATE =
      "  Room create(@Body Room room, @Query @IdempotencyKey String requestId);";

  @Test
  void factoryNamedLikeASetterOfAnotherCombinationIsAnError() {
    assertSingleError(api(POST,
            "  @Combination(name = \"displayName\", required = \"room.displayName\")",
            "  @Combination(name = \"closed\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"),",
            "      allowed = \"room.displayName\")",
            CREATE),
        "[FactoryName] Combination name \"displayName\" becomes the factory"
            + " CreateRequest.displayName(...), which would clash with the setter"
            + " CreateRequest.Closed.displayName(...); choose another name.",
        "name = \"displayName\"");
  }

  @Test
  void factoryWithoutArgumentsNamedLikeAParameterIsAnError() {
    assertSingleError(api(POST, "  @Combination(name = \"room\", allowed = \"room.displayName\")", CREATE),
        "[FactoryName] Combination name \"room\" becomes the factory CreateRequest.room(...),"
            + " which would clash with the accessor room() of parameter room",
        "name = \"room\"");
  }

  @Test
  void factoriesWhoseArgumentsTellThemApartFromTheAccessorAndTheSettersCompile() {
    // room(displayName) beside the accessor room(); text(displayName, votes) beside Open.text(text)
    assertThat(compileWithModel(api(POST,
            "  @Combination(name = \"room\", fixed = @Fixed(field = \"room.kind\", value = \"CLOSED\"),",
            "      required = \"room.displayName\")",
            "  @Combination(name = \"open\", fixed = @Fixed(field = \"room.kind\", value = \"OPEN\"),",
            "      allowed = \"room.topic.text\")",
            "  @Combination(name = \"text\", fixed = @Fixed(field = \"room.kind\", value = \"KIND_UNSPECIFIED\"),",
            "      required = {\"room.displayName\", \"room.topic.votes\"})",
            CREATE)))
        .succeededWithoutWarnings();
  }

  @Test
  void factoryNamedLikeAMethodOfObjectIsAnError() {
    assertSingleError(api(POST, "  @Combination(name = \"hashCode\", allowed = \"room.displayName\")", CREATE),
        "[FactoryName] Combination name \"hashCode\" becomes the factory CreateRequest.hashCode(...),"
            + " which would clash with java.lang.Object's hashCode()",
        "name = \"hashCode\"");
  }

  @Test
  void parameterNamedLikeAMethodOfObjectIsAnErrorOnTheParameter() {
    assertSingleError(api(POST,
            "  @Combination(name = \"open\", required = \"room.displayName\")",
            "  Room create(@Body Room room,",
            "      @Query(\"toString\") @IdempotencyKey String toString);"),
        "[ParameterName] Parameter toString of create() becomes the accessor toString() of request"
            + " class CreateRequest, but java.lang.Object has a method toString; rename the parameter",
        "String toString");
  }

  @Test
  void parameterNamedLikeAMethodOfTheRequestClassesSuperclassIsAnErrorOnTheParameter() {
    assertSingleError(api(POST,
            "  @Combination(name = \"open\", required = \"room.displayName\")",
            "  Room create(@Body Room room,",
            "      @Query(\"maskPaths\") @IdempotencyKey String maskPaths);"),
        "[ParameterName] Parameter maskPaths of create() becomes the accessor maskPaths() of request"
            + " class CreateRequest, but its superclass dev.tinychat.internal.Arguments has a method"
            + " maskPaths; rename the parameter",
        "String maskPaths");
  }

  @Test
  void factoryWithoutArgumentsNamedLikeAMethodOfTheRequestClassesSuperclassIsAnError() {
    assertSingleError(api(POST, "  @Combination(name = \"maskPaths\", allowed = \"room.displayName\")", CREATE),
        "[FactoryName] Combination name \"maskPaths\" becomes the factory CreateRequest.maskPaths(...),"
            + " which would clash with the method maskPaths() of dev.tinychat.internal.Arguments, which"
            + " request classes extend",
        "name = \"maskPaths\"");
  }

  @Test
  void theSameNamesWithoutARequestClassCompile() {
    // no combinations: no request class, so no accessor and no factory to clash
    assertThat(compileWithModel(api(POST,
            "  Room create(@Body Room room, @Query @IdempotencyKey String wait);")))
        .succeededWithoutWarnings();
  }

  @Test
  void factoryNamedLikeTheSetterOfANestedFieldWithTheSameArgumentIsAnError() {
    // text(String displayName) beside Votes.text(String text)
    assertSingleError(api(POST,
            "  @Combination(name = \"votes\", required = \"room.topic.votes\", allowed = \"room.topic.text\",",
            "      forbidden = \"room.displayName\")",
            "  @Combination(name = \"text\", required = \"room.displayName\", forbidden = \"room.topic.votes\")",
            CREATE),
        "[FactoryName] Combination name \"text\" becomes the factory CreateRequest.text(...), which"
            + " would clash with the setter CreateRequest.Votes.text(...)",
        "name = \"text\"");
  }

  @Test
  void setterNamedByItsWholePathLeavesTheLastSegmentFree() {
    // room.topic.votes and the parameter votes share a last segment, so the setters are
    // roomTopicVotes and votes: a factory named "topicVotes" clashes with neither
    assertThat(compileWithModel(api(POST,
            "  @Combination(name = \"topicVotes\", required = \"room.displayName\",",
            "      allowed = {\"room.topic.votes\", \"votes\"})",
            "  Room create(@Body Room room, @Query Long votes);")))
        .succeededWithoutWarnings();
  }
}
