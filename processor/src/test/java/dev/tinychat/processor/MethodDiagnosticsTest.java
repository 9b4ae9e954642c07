package dev.tinychat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tinychat.processor.Definitions.api;
import static dev.tinychat.processor.Definitions.assertSingleError;
import static dev.tinychat.processor.Definitions.compileWithModel;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors in the methods of {@code @RestApi} interfaces: verbs, templates, bindings, types. */
class MethodDiagnosticsTest {

  @Test
  void validApiCompilesWithoutWarnings() {
    JavaFileObject api = api(
        "  @Get(\"/v1/{name=rooms/*}\")",
        "  Room get(@Path String name);",
        "  @Post(\"/v1/rooms\")",
        "  CompletableFuture<Room> create(@Body Room room, @Query @IdempotencyKey String requestId);",
        "  @Delete(\"/v1/{name=rooms/*}\")",
        "  void delete(@Path(\"name\") String roomName, @Query Boolean force, @Query Integer version);",
        "  @Post(\"/v1/{parent=rooms/*}/guests:invite\")",
        "  CompletableFuture<Void> invite(@Path String parent, @BodyField List<Guest> guests,",
        "      @BodyField(\"topic\") Topic subject, @BodyField Room.Kind kind);");
    assertThat(compileWithModel(api)).succeededWithoutWarnings();
  }

  @Test
  void methodWithoutVerbIsAnError() {
    assertSingleError(api("  Room get(@Path String name);"),
        "[HttpMethod] get() needs exactly one of @Get, @Post, @Put, @Patch, @Delete; found none.", "Room get(");
  }

  @Test
  void malformedTemplateIsAnErrorOnTheValue() {
    assertSingleError(api("  @Get(\"/v1/{name=rooms/*\")", "  Room get(@Path String name);"),
        "[PathTemplate] \"/v1/{name=rooms/*\" is not a valid path template: { at 5 is not closed.",
        "@Get(\"/v1/{name=rooms/*\")");
  }

  @Test
  void templateWithoutLeadingSlashIsAnError() {
    assertSingleError(api("  @Get(\"v1/rooms\")", "  Room list();"),
        "[PathTemplate] \"v1/rooms\" is not a valid path template: it must start with /.", "@Get(\"v1/rooms\")");
  }

  @Test
  void unsupportedReturnTypeIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  java.util.Map<String, Room> list();"),
        "[ReturnType] list() returns java.util.Map<java.lang.String,test.Room>; a REST method returns a @Resource",
        "list();");
  }

  @Test
  void primitiveReturnTypeIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  int count();"),
        "[ReturnType] count() returns int;", "int count();");
  }

  @Test
  void unsupportedParameterTypeIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  Room find(@Query java.util.Optional<String> filter);"),
        "[ParameterType] Parameter filter has type java.util.Optional<java.lang.String>; a @Query parameter is a String,",
        "Room find(");
  }

  @Test
  void primitiveBodyFieldIsAnErrorThatNamesTheBoxedType() {
    assertSingleError(api("  @Post(\"/v1/rooms:count\")", "  Room count(@BodyField int limit);"),
        "[ParameterType] Parameter limit has type int; use its boxed type (Integer, Boolean, ...)", "Room count(");
  }

  @Test
  void pathVariableWithoutParameterIsAnError() {
    assertSingleError(api("  @Get(\"/v1/{parent=rooms/*}/guests\")", "  Room list(@Query String parentName);"),
        "[PathVariable] \"{parent}\" in \"/v1/{parent=rooms/*}/guests\" has no matching parameter."
            + " Did you mean \"parentName\"?",
        "Room list(");
  }

  @Test
  void pathParameterNotInTemplateIsAnError() {
    assertSingleError(api("  @Get(\"/v1/{name=rooms/*}\")", "  Room get(@Path String name, @Path String nmae);"),
        "[PathParameter] @Path parameter nmae binds \"{nmae}\", which \"/v1/{name=rooms/*}\" does not declare."
            + " Did you mean \"name\"?",
        "Room get(");
  }

  @Test
  void parameterWithoutBindingIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  Room list(String filter);"),
        "[Binding] Parameter filter needs exactly one of @Path, @Query, @Body, @BodyField; found none.", "Room list(");
  }

  @Test
  void parameterWithTwoBindingsIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  Room list(@Query @BodyField String filter);"),
        "[Binding] Parameter filter needs exactly one of @Path, @Query, @Body, @BodyField; found @Query and @BodyField.",
        "Room list(");
  }

  @Test
  void twoParametersOnOneQueryNameIsAnError() {
    assertSingleError(api("  @Get(\"/v1/rooms\")", "  Room list(@Query String filter,",
            "      @Query(\"filter\") String other);"),
        "[DuplicateQuery] Parameters filter and other are both bound to query parameter \"filter\"",
        "@Query(\"filter\") String other");
  }

  @Test
  void twoParametersOnOneBodyFieldIsAnError() {
    assertSingleError(api("  @Post(\"/v1/rooms:x\")", "  Room x(@BodyField Topic topic,",
            "      @BodyField(\"topic\") Topic other);"),
        "[DuplicateBodyField] Parameters topic and other are both bound to body field \"topic\"",
        "@BodyField(\"topic\") Topic other");
  }

  @Test
  void bodyAndBodyFieldIsAnError() {
    assertSingleError(api("  @Post(\"/v1/rooms\")", "  Room create(@Body Room room, @BodyField Topic topic);"),
        "[BodyConflict] create() has @Body room, @BodyField topic; a body is one @Body parameter, or @BodyField"
            + " parameters, not both.",
        "Room create(");
  }

  @Test
  void twoBodiesIsAnError() {
    assertSingleError(api("  @Post(\"/v1/rooms\")", "  Room create(@Body Room room, @Body Room other);"),
        "[BodyConflict] create() has @Body room, @Body other;", "Room create(");
  }

  @Test
  void idempotencyKeyOnNonStringIsAnError() {
    assertSingleError(api("  @Post(\"/v1/rooms\")", "  Room create(@Body Room room,",
            "      @Query @IdempotencyKey Integer requestId);"),
        "[IdempotencyKey] @IdempotencyKey on requestId, a Integer @Query parameter; it goes on one String @Query or"
            + " @BodyField parameter.",
        "Integer requestId");
  }

  @Test
  void idempotencyKeyOnPathParameterIsAnError() {
    assertSingleError(api("  @Get(\"/v1/{name=rooms/*}\")", "  Room get(",
            "      @Path @IdempotencyKey String name);"),
        "[IdempotencyKey] @IdempotencyKey on name, a String @Path parameter;", "@Path @IdempotencyKey String name");
  }
}
