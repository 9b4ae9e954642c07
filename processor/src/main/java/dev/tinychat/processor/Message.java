package dev.tinychat.processor;

/**
 * Every error text of the processor. Each starts with a stable id in brackets, states the rule,
 * quotes the offending value, and names the valid options or the nearest match.
 */
enum Message {
  NOT_AN_INTERFACE("NotAnInterface", "@%s applies to interfaces only; %s is %s. Declare it as an interface."),
  GENERIC_RESOURCE("GenericResource", "@Resource %s declares type parameters <%s>; a resource cannot be generic."),
  ACCESSOR_PARAMETERS("AccessorParameters", "%s(%s) in @Resource %s takes parameters; a field is an accessor without parameters."),
  FIELD_TYPE("FieldType", "Field %s of %s has type %s; a field is a String, Boolean, Integer, Long, Double, java.time.Instant, an enum, a @Resource interface, a dev.tinychat.json.JsonValue (free-form JSON), or a java.util.List of these."),
  PRIMITIVE_FIELD("PrimitiveField", "Field %s of %s has primitive type %s; use %s, so that an unset field can be null."),
  UNRECOGNIZED("Unrecognized", "Enum %s must have exactly one constant annotated @Unrecognized, to stand for values this client does not know; found %s."),
  NAME_PATTERN("NamePattern", "@NamePattern(\"%s\") is malformed: %s. Example: \"users/{user}\"."),
  MAX_LENGTH("MaxLength", "@MaxLength(%d) on %s must be at least 1, on a String field."),
  NAME_PATTERN_TYPE("NamePatternType", "@NamePattern on %s, which is a %s; it applies to String fields."),
  NAME_PATTERN_PARAMETER("NamePatternParameter",
      "@NamePattern on the %s parameter %s; on a parameter it applies to a String @Query."),
  DIRECTION("Direction", "%s is both @OutputOnly and @InputOnly; choose one."),
  ONE_OF_NAME("OneOf", "@OneOf(\"%s\") on %s: a group name is an identifier, such as \"member_type\"."),
  ONE_OF_OUTPUT_ONLY("OneOfOutputOnly", "@OneOf(\"%s\") on %s, which is @OutputOnly: the client never sends it, so no request can set it. Remove one of the two."),
  ONE_OF_LIST("OneOfList", "@OneOf(\"%s\") on %s, a %s; a group holds single fields, not lists (a proto3 oneof cannot be repeated)."),
  ONE_OF_SINGLE("OneOfSingle", "Group \"%s\" of %s has one field, %s; a group has two fields or more. Put @OneOf(\"%s\") on the others, or remove it."),
  ONE_OF_REQUIRED("OneOfRequired", "%s and %s of %s are in group \"%s\", but only %s says required = true; say it on every field of the group, or on none."),
  JSON_NAME("JsonName", "%s and %s of %s both use the JSON name \"%s\"."),
  HTTP_METHOD("HttpMethod", "%s needs exactly one of @Get, @Post, @Put, @Patch, @Delete; found %s."),
  PATH_TEMPLATE("PathTemplate", "\"%s\" is not a valid path template: %s. Example: \"/v1/{name=spaces/*}/members\"."),
  RETURN_TYPE("ReturnType", "%s returns %s; a REST method returns a @Resource interface, CompletableFuture of one, void or CompletableFuture<Void>."),
  PARAMETER_TYPE("ParameterType", "Parameter %s has type %s; %s"),
  BINDING("Binding", "Parameter %s needs exactly one of @Path, @Query, @Body, @BodyField; found %s."),
  PATH_VARIABLE("PathVariable", "\"{%s}\" in \"%s\" has no matching parameter.%s"),
  PATH_PARAMETER("PathParameter", "@Path parameter %s binds \"{%s}\", which \"%s\" does not declare.%s"),
  DUPLICATE_QUERY("DuplicateQuery", "Parameters %s and %s are both bound to query parameter \"%s\"; give each its own name."),
  DUPLICATE_BODY_FIELD("DuplicateBodyField", "Parameters %s and %s are both bound to body field \"%s\"; give each its own name."),
  BODY_CONFLICT("BodyConflict", "%s has %s; a body is one @Body parameter, or @BodyField parameters, not both."),
  IDEMPOTENCY_KEY("IdempotencyKey", "@IdempotencyKey on %s, a %s %s; it goes on one String @Query or @BodyField parameter."),
  TWO_IDEMPOTENCY_KEYS("TwoIdempotencyKeys", "%s has two @IdempotencyKey parameters, %s and %s; a method has at most one."),
  REQUEST_NAME("RequestName", "@Request(\"%s\") is not a simple Java class name."),
  REQUEST_WITHOUT_COMBINATIONS("RequestWithoutCombinations", "@Request(\"%s\") on %s, which declares no @Combination; the request class is generated for combinations."),
  DUPLICATE_REQUEST("DuplicateRequest", "%s and %s both generate request class %s; name one with @Request."),
  COMBINATION_NAME("CombinationName", "Combination name \"%s\" is not a Java identifier; it becomes a factory method name, e.g. \"namedSpace\"."),
  DUPLICATE_COMBINATION("DuplicateCombination", "Combination \"%s\" is declared twice on %s; each name becomes a factory method."),
  FACTORY_NAME("FactoryName", "Combination name \"%s\" becomes the factory %s.%s(...), which would clash with %s; choose another name."),
  PARAMETER_NAME("ParameterName", "Parameter %s of %s() becomes the accessor %s() of request class %s, but %s has a method %s; rename the parameter (the wire name can stay: @Query, @Path and @BodyField take it as their value)."),
    NO_SUCH_PARAMETER("NoSuchParameter", "No parameter \"%s\" in %s (path \"%s\").%s"),
  NO_SUCH_FIELD("NoSuchField", "No field \"%s\" in %s (path \"%s\").%s"),
  NOT_A_RESOURCE("NotAResource", "\"%s\" in \"%s\" is a %s, which has no fields."),
  FIELD_ROLES("FieldRoles", "\"%s\" is %s in combination %s; a field is fixed, required, allowed or forbidden, only one."),
  NESTED_ROLES("NestedRoles", "\"%s\" is %s and \"%s\" below it is %s in combination %s; a field below a fixed, required or allowed one can only be forbidden."),
  OUTPUT_ONLY_FIELD("OutputOnlyField", "\"%s\" is @OutputOnly, so combination %s cannot name it: the client never sends it."),
  PATH_THROUGH_LIST("PathThroughList", "\"%s\" in combination %s goes into the elements of list \"%s\"; only forbidden paths may, a setter cannot fill one element."),
  IDEMPOTENCY_KEY_IN_COMBINATION("KeyInCombination", "\"%s\" is the idempotency key, always allowed; combination %s cannot name it."),
  ONE_OF_ROLES("OneOfRoles", "\"%s\" is %s and \"%s\" is %s in combination %s, but %s and %s are one of \"%s\": a request sets only one. Keep one of the two, or make both allowed."),
  ONE_OF_ALL_FORBIDDEN("OneOfAllForbidden", "Combination %s forbids %s of \"%s\", every field of required group \"%s\", so any \"%s\" sent would be refused. Forbid \"%s\" itself, or allow one of the fields."),
  FIXED_VALUE("FixedValue", "\"%s\" is not a valid value of \"%s\" (%s) in combination %s; expected %s."),
  FIXED_TYPE("FixedType", "\"%s\" in combination %s is a %s; only a String, Boolean, number, timestamp or enum field can be fixed."),
  INDISTINGUISHABLE("Indistinguishable", "Combinations %s and %s of %s cannot be told apart: both fix %s, and no field is required by one and forbidden by the other. Fix a field to different values, or forbid in one a field the other requires."),
  COUNT_BOUNDS("CountBounds", "@Count on \"%s\" in combination %s has min %d and max %d; need 0 <= min <= max."),
  REQUIRED_COUNT("RequiredCount", "@Count on \"%s\" in combination %s has min 0, but the field is required and an empty list is no list on the wire. Set min to 1 or more, or make the field allowed."),
  COUNT_FIELD("CountField", "@Count on \"%s\" in combination %s: %s."),
  UPDATE_MASK("UpdateMask", "@UpdateMask on %s, %s; the update mask is a String @Query parameter of a method with one @Body parameter, whose fields it names."),
  MASK_PATH("MaskPath", "Mask path \"%s\" on %s: %s"),
  UNMASKED_FIELD("UnmaskedField", "\"%s\" is %s in combination %s, but no path of @UpdateMask on %s covers it, so a request could not send it. Declare \"%s\" there, or a path above it; declared: %s."),
  MASK_IN_COMBINATION("MaskInCombination", "\"%s\" is the update mask, made from the fields a request sets; combination %s cannot name it."),
  UNRESOLVED("Unresolved", "%s refers to types that were never generated or declared: %s."),
  INTERNAL("Internal", "tinychat failed on %s: %s. Please report this with the definition.");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable id, as it appears in brackets. */
  String id() {
    return id;
  }

  String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
