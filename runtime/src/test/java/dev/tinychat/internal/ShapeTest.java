package dev.tinychat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonException;
import dev.tinychat.json.JsonReader;
import dev.tinychat.json.JsonValue;
import dev.tinychat.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one codec and checker of resources, on two value classes written here as the processor
 * generates them: JSON read and written, unknown enum texts and members kept, limits and one-of
 * groups with their messages, values compared with any implementation of the interface.
 */
class ShapeTest {
  enum Kind { OPEN, CLOSED, UNRECOGNIZED }

  interface Room {
    String name();

    String title();

    Kind kind();

    List<Guest> guests();

    String code();

    String secret();

    String email();

    String phone();
  }

  interface Guest {
    String user();

    String group();
  }

  record ForeignRoom(String name, String title, Kind kind, List<Guest> guests, String code, String secret,
      String email, String phone) implements Room {}

  record ForeignGuest(String user, String group) implements Guest {}

  static final class RoomJson extends Struct implements Room {
    static final Shape<Room> SHAPE = new Shape<>(new RoomJson(null), "Room", 8);

    static {
      SHAPE.field("name", Shape.STRING | Shape.OUTPUT);
      SHAPE.field("title", Shape.STRING);
      SHAPE.jsonName("roomTitle");
      SHAPE.maxLength(5);
      SHAPE.field("kind", Shape.ENUM, Kind.UNRECOGNIZED, Kind.values());
      SHAPE.field("guests", Shape.RESOURCE | Shape.LIST);
      SHAPE.field("code", Shape.STRING);
      SHAPE.pattern("[a-z]+", "{code}");
      SHAPE.field("secret", Shape.STRING | Shape.INPUT);
      SHAPE.field("email", Shape.STRING);
      SHAPE.oneOf("contact", true);
      SHAPE.field("phone", Shape.STRING);
      SHAPE.oneOf("contact", true);
    }

    RoomJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new RoomJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof Room room ? new Object[] {room.name(), room.title(), room.kind(), room.guests(),
          room.code(), room.secret(), room.email(), room.phone(), null} : null;
    }

    @Override
    protected Shape<?> nested(int field) {
      return GuestJson.SHAPE;
    }

    @Override
    public String name() {
      return (String) values[0];
    }

    @Override
    public String title() {
      return (String) values[1];
    }

    @Override
    public Kind kind() {
      return (Kind) constant(2);
    }

    @Override
    public List<Guest> guests() {
      return list(3);
    }

    @Override
    public String code() {
      return (String) values[4];
    }

    @Override
    public String secret() {
      return (String) values[5];
    }

    @Override
    public String email() {
      return (String) values[6];
    }

    @Override
    public String phone() {
      return (String) values[7];
    }
  }

  static final class GuestJson extends Struct implements Guest {
    static final Shape<Guest> SHAPE = new Shape<>(new GuestJson(null), "Guest", 2);

    static {
      SHAPE.field("user", Shape.STRING);
      SHAPE.oneOf("who", false);
      SHAPE.field("group", Shape.STRING);
      SHAPE.oneOf("who", false);
    }

    GuestJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new GuestJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof Guest guest ? new Object[] {guest.user(), guest.group(), null} : null;
    }

    @Override
    public String user() {
      return (String) values[0];
    }

    @Override
    public String group() {
      return (String) values[1];
    }
  }

  private static Room read(String json) {
    return RoomJson.SHAPE.read(JsonReader.of(json));
  }

  private static String write(Room room, boolean request) {
    JsonWriter writer = JsonWriter.create();
    if (request) {
      RoomJson.SHAPE.writeRequest(writer, room);
    } else {
      RoomJson.SHAPE.write(writer, room);
    }
    return new String(writer.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String problem(Room room) {
    return assertThrows(InvalidRequestException.class, () -> RequestRules.checkValue(room, "room", RoomJson.SHAPE))
        .getMessage();
  }

  private static Room room(String title, Kind kind, List<Guest> guests, String code, String email, String phone) {
    return new ForeignRoom(null, title, kind, guests, code, null, email, phone);
  }

  @Test
  void unknownEnumTextsAndMembersAreKeptAndWrittenBackAfterTheKnownFields() {
    Room room = read("{\"future\":[1,{\"a\":null}],\"kind\":\"SECRET\",\"roomTitle\":\"t\",\"name\":null,\"email\":\"e\"}");
    assertSame(Kind.UNRECOGNIZED, room.kind());
    assertEquals("t", room.title());
    assertEquals(JsonValue.parse("{\"future\":[1,{\"a\":null}]}"), RoomJson.SHAPE.unknownFields(room));
    assertEquals("{\"roomTitle\":\"t\",\"kind\":\"SECRET\",\"email\":\"e\",\"future\":[1,{\"a\":null}]}",
        write(room, true));
    assertEquals("Room{title=t, kind=UNRECOGNIZED, email=e}", room.toString());
    // read back, it may be sent again: the text stands for itself
    RequestRules.checkValue(room, "room", RoomJson.SHAPE);
  }

  @Test
  void outputOnlyFieldsStayOutOfRequestsAndInputOnlyOnesAreNotRead() {
    Room room = read("{\"name\":\"rooms/1\",\"secret\":\"s\",\"code\":\"c\"}");
    assertEquals(null, room.secret());
    assertEquals("{\"name\":\"rooms/1\",\"code\":\"c\"}", write(room, false));
    assertEquals("{\"code\":\"c\"}", write(room, true));
    assertEquals("{\"secret\":\"s\"}", write(new ForeignRoom(null, null, null, null, null, "s", null, null), true));
  }

  @Test
  void aValueEqualsAnyImplementationWithEqualFieldsAndCopiesKeepItsUnknownMembers() {
    Room read = read("{\"roomTitle\":\"t\",\"guests\":[{\"user\":\"u\"}],\"x\":1}");
    Room foreign = room("t", null, List.of(new ForeignGuest("u", null)), null, null, null);
    assertEquals(read, foreign);
    assertEquals(read.hashCode(), RoomJson.SHAPE.read(JsonReader.of(write(foreign, false))).hashCode());
    assertNotEquals(read, room("u", null, null, null, null, null));
    assertNotEquals(read, new ForeignGuest("u", null));
    Room copy = new RoomJson(RoomJson.SHAPE.copy(read));
    assertEquals(read, copy);
    assertEquals("{\"x\":1}", RoomJson.SHAPE.unknownFields(copy).toString());
    assertEquals(JsonValue.EMPTY_OBJECT, RoomJson.SHAPE.unknownFields(foreign));
  }

  @Test
  void eachLimitHasItsMessageNamingTheField() {
    assertEquals("room.title: at most 5 characters, got 6", problem(room("abcdef", null, null, null, "e", null)));
    assertEquals("room.code: must match {code}, got \"C\"", problem(room(null, null, null, "C", "e", null)));
    assertEquals("room.kind: UNRECOGNIZED stands for a value this client does not know; it can only be sent back"
        + " as read, choose one of OPEN, CLOSED", problem(room(null, Kind.UNRECOGNIZED, null, null, "e", null)));
    assertEquals("room: needs one of email, phone (contact)", problem(room(null, null, null, null, null, null)));
    assertEquals("room: needs exactly one of email, phone (contact); email and phone are both set",
        problem(room(null, null, null, null, "e", "p")));
    assertEquals("room.guests[1].group: one of who, and room.guests[1].user is set too; set only one",
        problem(room(null, null, List.of(new ForeignGuest("u", null), new ForeignGuest("u", "g")), null, "e", null)));
    assertEquals("room.guests[0]: must not be null",
        problem(room(null, null, Arrays.asList((Guest) null), null, "e", null)));
  }

  @Test
  void valuesOfTheWrongJsonTypeAreJsonExceptions() {
    for (String json : List.of("{\"roomTitle\":1}", "{\"kind\":{}}", "{\"guests\":{}}", "{\"guests\":[1]}",
        "{\"guests\":[{\"user\":true}]}", "[]", "{\"x\":1,\"x\":2}")) {
      assertThrows(JsonException.class, () -> read(json), json);
    }
  }

  @Test
  void aNullElementGivenToABuilderOrCopiedFromAForeignValueIsRefusedNamingIt() {
    InvalidRequestException set = assertThrows(InvalidRequestException.class,
        () -> Shape.copyOf(Arrays.asList("a", null), "guests"));
    assertEquals("guests[1]: must not be null", set.getMessage());
    assertEquals("guests[1]", set.field());
    Room foreign = room(null, Kind.OPEN, Arrays.asList(new ForeignGuest("u", null), null), null, null, null);
    InvalidRequestException copied = assertThrows(InvalidRequestException.class, () -> RoomJson.SHAPE.copy(foreign));
    assertEquals("guests[1]: must not be null", copied.getMessage());
    assertEquals(List.of("a"), Shape.copyOf(List.of("a"), "guests"));
    assertNull(Shape.copyOf(null, "guests"));
  }

  @Test
  void aNullElementOfAForeignListIsWrittenAsNullButNeverSent() {
    Room room = room(null, Kind.OPEN, Arrays.asList(new ForeignGuest("u", null), null), null, null, null);
    assertEquals("{\"kind\":\"OPEN\",\"guests\":[{\"user\":\"u\"},null]}", write(room, false));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> write(room, true));
    assertEquals("guests[1]: must not be null", e.getMessage());
  }
}
