package dev.tinychat.processor;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generators as pure functions of a plan made by hand, without a compiler: what each
 * decision of the plan turns into.
 */
class PlanTest {
  private static final ClassName ROOM = ClassName.get("p", "Room");
  private static final ClassName ROOMS = ClassName.get("p", "Rooms");
  private static final ClassName OPEN_ROOM = ClassName.get("p", "OpenRoom");
  private static final TypeModel STRING = new TypeModel.Scalar(ScalarKind.STRING);
  private static final TypeModel.EnumRef KIND =
      new TypeModel.EnumRef(ROOM.nestedClass("Kind"), List.of("OPEN", "CLOSED", "UNRECOGNIZED"), "UNRECOGNIZED");
  private static final TypeModel GUESTS = new TypeModel.ListOf(new TypeModel.ResourceRef(ClassName.get("p", "Guest")));

  private static Plan.Param param(String name, TypeModel type, ParamModel.Binding binding, ClassName codec) {
    return new Plan.Param(name, binding, name, false, type, codec, null, false, false);
  }

  private static Plan.Request request() {
    return request(null);
  }

  private static Plan.Request request(Plan.Wrap wrap) {
    Plan.Param room = param("room", new TypeModel.ResourceRef(ROOM), ParamModel.Binding.BODY_FIELD,
        ClassName.get("p", "RoomJson"));
    Plan.Param guests = param("guests", GUESTS, ParamModel.Binding.BODY_FIELD, null);
    Plan.Param key = new Plan.Param("requestId", ParamModel.Binding.BODY_FIELD, "requestId", true, STRING, null,
        null, false, false);
    Map<String, ClassName> resources = new LinkedHashMap<>();
    resources.put("room", ClassName.get("p", "RoomJson"));
    Plan.Combination closed = new Plan.Combination("closed", "A closed room for two.", "a closed room for two",
        List.of("rooms"),
        List.of(new Plan.Rule("room.kind", Plan.Role.FIXED, "CLOSED", CodeBlock.of("$T.CLOSED", KIND.name())),
            new Plan.Rule("room.displayName", Plan.Role.FORBIDDEN, null, null)),
        List.of(new Plan.Count("guests", 2, 2)),
        OPEN_ROOM.nestedClass("Closed"),
        List.of(new Plan.Stored("guests", "guests", GUESTS, true, 2, 2, Plan.Javadoc.NONE, false, false, null, wrap),
            new Plan.Stored("requestId", "requestId", STRING, false, 1, Integer.MAX_VALUE, Plan.Javadoc.NONE, true, false, null, null)));
    return new Plan.Request(OPEN_ROOM, ROOMS, "open", "checkOpen", List.of(room, key, guests),
        List.of("room", "guests"), resources, List.of(closed));
  }

  @Test
  void rulesDeclareEachRoleInOrderAndCountsWithTheirBounds() {
    String rules = RulesGenerator.rules(request()).toString();
    assertThat(rules).contains("new dev.tinychat.internal.RequestRules(\"open\", \"room guests\")");
    assertThat(rules).contains(".resource(\"room\", p.RoomJson.SHAPE)");
    assertThat(rules).contains(".combination(\"closed\", \"a closed room for two\")");
    assertThat(rules).contains(".fixed(\"room.kind\", p.Room.Kind.CLOSED)");
    assertThat(rules).contains(".required(\"guests\")");
    assertThat(rules).contains(".forbidden(\"room.displayName\")");
    assertThat(rules).contains(".count(\"guests\", 2, 2)");
    // the idempotency key is a slot the rules place but never check (it is not among the walked parameters)
    assertThat(rules).contains(".allowed(\"requestId\")");
  }

  @Test
  void checkMethodRunsTheRulesOnTheWalkedParametersThenTheLimits() {
    String check = RulesGenerator.check(request()).toString();
    assertThat(check).contains("public static void checkOpen(p.Room room, java.lang.String requestId,");
    assertThat(check).contains("p.OpenRoom.RULES.check(room, guests);");
    assertThat(check).contains("dev.tinychat.internal.RequestRules.checkValue(room, \"room\", p.RoomJson.SHAPE);");
    assertThat(check).contains("dev.tinychat.internal.RequestRules.checkElements(guests, \"guests\", null);");
  }

  @Test
  void exactCountBecomesThatManyFactoryParametersAndFixedValuesAreBuiltIn() {
    String source = SourceWriter.formatted(RequestClassGenerator.generate(request())).toString();
    assertThat(source).contains("public static Closed closed(Guest guest1, Guest guest2) {");
    assertThat(source).contains("List<Guest> guests = Arrays.asList(guest1, guest2);");
    assertThat(source).contains("static final RequestRules RULES = new RequestRules(\"open\", \"room guests\")\n"
        + "      .resource(\"room\", RoomJson.SHAPE)\n"
        + "      .combination(\"closed\", \"a closed room for two\")\n"
        + "      .fixed(\"room.kind\", Room.Kind.CLOSED)\n"
        + "      .required(\"guests\")\n"
        + "      .allowed(\"requestId\")\n"
        + "      .forbidden(\"room.displayName\")\n"
        + "      .count(\"guests\", 2, 2);");
    assertThat(source).contains("super(RULES, combination);");
    assertThat(source).contains("set(0, guests);");
    assertThat(source).contains("set(1, requestId);");
    assertThat(source).contains("public Room room() {\n    return argument(\"room\");");
    assertThat(source).contains("public Closed requestId(String requestId) {");
    assertThat(source).contains("The idempotency key");
    assertThat(source).contains("RequestRules.checkElements(guests, \"guests\", null);");
    assertThat(source).doesNotContain("static void check");
  }

  @Test
  void aListWhoseElementMayHoldOneKindOnlyTakesThatKindAndWrapsEach() {
    Plan.Wrap wrap = new Plan.Wrap(ClassName.get("p", "Person"), ClassName.get("p", "GuestBuilder"), "person");
    String source = SourceWriter.formatted(RequestClassGenerator.generate(request(wrap))).toString();
    assertThat(source).contains("public static Closed closed(Person person1, Person person2) {");
    assertThat(source).contains("List<Person> persons = Arrays.asList(person1, person2);");
    assertThat(source).contains("RequestRules.checkElements(persons, \"guests\", null);");
    assertThat(source).contains("List<Guest> guests = new ArrayList<>(persons.size());");
    assertThat(source).contains("guests.add(new GuestBuilder().person(each).build());");
    assertThat(source).contains("Each {@code Person} becomes an element of {@code guests} with only {@code person} set.");
    assertThat(source).doesNotContain("closed(Guest");
  }

  private static Plan.Field field(String name, TypeModel type, boolean outputOnly, Integer maxLength, String oneOf) {
    return new Plan.Field(name, name.equals("kind") ? "roomKind" : name, type, outputOnly, false, maxLength, null,
        oneOf, false, Plan.Javadoc.NONE, false);
  }

  private static Plan.Resource room() {
    return new Plan.Resource(ROOM, List.of(field("name", STRING, true, 10, null), field("displayName", STRING, false, 10,
        "title"), field("kind", KIND, false, null, "title"), field("guests", GUESTS, false, null, null)), "");
  }

  @Test
  void codecDeclaresEachFieldInOrderWithItsKindJsonNameAndSentLimits() {
    String codec = SourceWriter.formatted(CodecGenerator.generate(room())).toString();
    assertThat(codec).contains("public final class RoomJson extends Struct implements Room {");
    assertThat(codec).contains("public static final Shape<Room> SHAPE = new Shape<>(new RoomJson(null), \"Room\", 4);");
    assertThat(codec).contains("    SHAPE.field(\"name\", Shape.STRING | Shape.OUTPUT);\n"
        + "    SHAPE.field(\"displayName\", Shape.STRING);\n"
        + "    SHAPE.maxLength(10);\n"
        + "    SHAPE.oneOf(\"title\", false);\n"
        + "    SHAPE.field(\"kind\", Shape.ENUM, Room.Kind.UNRECOGNIZED, Room.Kind.values());\n"
        + "    SHAPE.jsonName(\"roomKind\");\n"
        + "    SHAPE.oneOf(\"title\", false);\n"
        + "    SHAPE.field(\"guests\", Shape.RESOURCE | Shape.LIST);\n");
    assertThat(codec.replaceAll("\\s+", " ")).contains("return value instanceof Room room ? new Object[] {room.name(), room.displayName(),"
        + " room.kind(), room.guests(), null} : null;");
    assertThat(codec).contains("return GuestJson.SHAPE;");
    assertThat(codec).contains("return (Room.Kind) constant(2);");
    assertThat(codec).contains("return list(3);");
  }

  @Test
  void builderSetsOneSlotAFieldAndBuildsTheValueClassOverACopy() {
    String builder = SourceWriter.formatted(ResourceGenerator.generate(room())).toString();
    assertThat(builder).contains("private Object[] values = new Object[5];");
    assertThat(builder).contains("builder.values = RoomJson.SHAPE.copy(room);");
    assertThat(builder).contains("values[1] = displayName;");
    assertThat(builder).contains("values[3] = Shape.copyOf(guests, \"guests\");");
    assertThat(builder).contains("values[4] = unknownFields;");
    assertThat(builder).contains("return new RoomJson(values.clone());");
  }

  @Test
  void javadocReferencesToMembersPointAtTheDefinition() {
    Plan.Javadoc javadoc = new Plan.Javadoc("Set with {@link #kind()}, see {@linkplain #kind the kind};"
        + " a URL https://example.com/#top stays.", ROOM);
    assertThat(javadoc.code().toString()).isEqualTo("Set with {@link p.Room#kind()}, see {@linkplain"
        + " p.Room#kind the kind}; a URL https://example.com/#top stays.\n");
    assertThat(Plan.Javadoc.NONE.isEmpty()).isTrue();
  }
}
