package dev.tinychat.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.json.JsonReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one routine that assembles a method's arguments from a combination's slots and fixed
 * values, on request classes written here as the processor generates them, over three resources
 * (a room holding a topic holding its author) written as their value classes are generated.
 */
class ArgumentsTest {
  enum Kind { OPEN, CLOSED, UNRECOGNIZED }

  interface Room {
    String title();

    Kind kind();

    Topic topic();

    List<String> tags();
  }

  interface Topic {
    String text();

    Person author();
  }

  interface Person {
    String name();
  }

  static final class RoomJson extends Struct implements Room {
    static final Shape<Room> SHAPE = new Shape<>(new RoomJson(null), "Room", 4);

    static {
      SHAPE.field("title", Shape.STRING);
      SHAPE.field("kind", Shape.ENUM, Kind.UNRECOGNIZED, Kind.values());
      SHAPE.field("topic", Shape.RESOURCE);
      SHAPE.field("tags", Shape.STRING | Shape.LIST);
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
      return value instanceof Room room ? new Object[] {room.title(), room.kind(), room.topic(), room.tags(), null}
          : null;
    }

    @Override
    protected Shape<?> nested(int field) {
      return TopicJson.SHAPE;
    }

    @Override
    public String title() {
      return (String) values[0];
    }

    @Override
    public Kind kind() {
      return (Kind) constant(1);
    }

    @Override
    public Topic topic() {
      return (Topic) values[2];
    }

    @Override
    public List<String> tags() {
      return list(3);
    }
  }

  static final class TopicJson extends Struct implements Topic {
    static final Shape<Topic> SHAPE = new Shape<>(new TopicJson(null), "Topic", 2);

    static {
      SHAPE.field("text", Shape.STRING);
      SHAPE.field("author", Shape.RESOURCE);
    }

    TopicJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new TopicJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof Topic topic ? new Object[] {topic.text(), topic.author(), null} : null;
    }

    @Override
    protected Shape<?> nested(int field) {
      return PersonJson.SHAPE;
    }

    @Override
    public String text() {
      return (String) values[0];
    }

    @Override
    public Person author() {
      return (Person) values[1];
    }
  }

  static final class PersonJson extends Struct implements Person {
    static final Shape<Person> SHAPE = new Shape<>(new PersonJson(null), "Person", 1);

    static {
      SHAPE.field("name", Shape.STRING);
    }

    PersonJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new PersonJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof Person person ? new Object[] {person.name(), null} : null;
    }

    @Override
    public String name() {
      return (String) values[0];
    }
  }

  /**
   * A request class as generated for {@code open(Room room, String updateMask, Boolean silent,
   * List<String> guests, String requestId)}, whose idempotency key {@code requestId} is not checked.
   */
  abstract static sealed class OpenRoom extends Arguments
      permits OpenRoom.Nested, OpenRoom.Fixed, OpenRoom.Masked, OpenRoom.Keyed {
    static final RequestRules RULES = new RequestRules("open", "room silent guests")
        .resource("room", RoomJson.SHAPE)
        .combination("nested", "")
        .required("room.title")
        .allowed("room.topic.text", "room.topic.author.name", "room.tags", "guests", "silent")
        .combination("fixed", "")
        .fixed("room.kind", Kind.CLOSED)
        .fixed("room.topic.author.name", "users/app")
        .fixed("silent", Boolean.TRUE)
        .allowed("room.topic.text")
        .combination("masked", "")
        .allowed("room.title:title", "room.topic:topic", "room.tags:tags", "silent")
        .combination("keyed", "")
        // three paths: the declaration, not the static requireArgument(value, path, combination)
        .required("room.title", "room.topic.text", "room.topic.author.name")
        .allowed("requestId");

    OpenRoom(int combination) {
      super(RULES, combination);
    }

    Room room() {
      return argument("room");
    }

    String updateMask() {
      return maskPaths();
    }

    Boolean silent() {
      return argument("silent");
    }

    List<String> guests() {
      return argument("guests");
    }

    String requestId() {
      return argument("requestId");
    }

    static final class Nested extends OpenRoom {
      Nested(String title) {
        super(0);
        set(0, title);
      }

      Nested text(String text) {
        set(1, text);
        return this;
      }

      Nested author(String name) {
        set(2, name);
        return this;
      }

      Nested tags(List<String> tags) {
        set(3, tags);
        return this;
      }

      Nested guests(List<String> guests) {
        set(4, guests);
        return this;
      }
    }

    static final class Fixed extends OpenRoom {
      Fixed() {
        super(1);
      }

      Fixed text(String text) {
        set(0, text);
        return this;
      }
    }

    static final class Masked extends OpenRoom {
      Masked() {
        super(2);
      }

      Masked title(String title) {
        set(0, title);
        return this;
      }

      Masked topic(Topic topic) {
        set(1, topic);
        return this;
      }

      Masked tags(List<String> tags) {
        set(2, tags);
        return this;
      }

      Masked silent(Boolean silent) {
        set(3, silent);
        return this;
      }
    }

    static final class Keyed extends OpenRoom {
      Keyed(String title, String text, String author) {
        super(3);
        set(0, title);
        set(1, text);
        set(2, author);
      }

      Keyed requestId(String requestId) {
        set(3, requestId);
        return this;
      }
    }
  }

  private static Room room(String json) {
    return RoomJson.SHAPE.read(JsonReader.of(json));
  }

  @Test
  void nestedPathsBuildEachResourceOnTheWayThroughItsShape() {
    Room room = new OpenRoom.Nested("Team").text("hello").author("users/ann").room();

    assertEquals(room("{\"title\":\"Team\",\"topic\":{\"text\":\"hello\",\"author\":{\"name\":\"users/ann\"}}}"), room);
    assertSame(RoomJson.class, room.getClass());
    assertSame(TopicJson.class, room.topic().getClass());
    assertSame(PersonJson.class, room.topic().author().getClass());
  }

  @Test
  void aResourceWithNothingSetBelowItIsNull() {
    OpenRoom.Nested titleOnly = new OpenRoom.Nested("Team");
    assertEquals(room("{\"title\":\"Team\"}"), titleOnly.room());
    assertNull(titleOnly.room().topic());

    OpenRoom.Nested textOnly = new OpenRoom.Nested("Team").text("hello");
    assertNull(textOnly.room().topic().author());

    OpenRoom.Nested nothing = new OpenRoom.Nested(null).text(null).author(null);
    assertNull(nothing.room());
    assertNull(nothing.silent());
    assertNull(nothing.guests());
    assertEquals("", nothing.updateMask());
  }

  @Test
  void fixedValuesAreSetAndKeepTheirResourcesFromBeingNull() {
    OpenRoom.Fixed fixed = new OpenRoom.Fixed();

    assertEquals(room("{\"kind\":\"CLOSED\",\"topic\":{\"author\":{\"name\":\"users/app\"}}}"), fixed.room());
    assertEquals(Boolean.TRUE, fixed.silent());
    assertEquals(room("{\"kind\":\"CLOSED\",\"topic\":{\"text\":\"hi\",\"author\":{\"name\":\"users/app\"}}}"),
        fixed.text("hi").room());
    assertNull(fixed.guests());
  }

  @Test
  void listsAreCopiedWhenSetAndHeldUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("a", "b"));
    List<String> guests = new ArrayList<>(Arrays.asList("users/1", null));
    OpenRoom.Nested request = new OpenRoom.Nested("Team").tags(tags).guests(guests);
    tags.add("c");
    guests.clear();

    assertEquals(List.of("a", "b"), request.room().tags());
    assertEquals(Arrays.asList("users/1", null), request.guests());
    assertThrows(UnsupportedOperationException.class, () -> request.guests().add("users/2"));
    assertThrows(UnsupportedOperationException.class, () -> request.room().tags().add("d"));
  }

  @Test
  void aNullElementOfAListInAResourceIsRefusedAsItsBuilderRefusesIt() {
    OpenRoom.Nested request = new OpenRoom.Nested("Team").tags(Arrays.asList("a", null));

    InvalidRequestException e = assertThrows(InvalidRequestException.class, request::room);
    assertEquals("tags[1]: must not be null", e.getMessage());
  }

  @Test
  void theMaskHoldsTheSortedPathsOfTheSlotsSetNullIncluded() {
    OpenRoom.Masked request = new OpenRoom.Masked();
    assertEquals("", request.updateMask());

    request.topic(null).silent(true).title("Team").tags(null).title("Room");

    assertEquals("tags,title,topic", request.updateMask());
    assertEquals(room("{\"title\":\"Room\"}"), request.room());
    assertEquals(Boolean.TRUE, request.silent());
  }

  @Test
  void aSlotHoldingAWholeResourceGivesThatValue() {
    Topic topic = new TopicJson(new Object[] {"hello", null, null});

    Room room = new OpenRoom.Masked().topic(topic).room();

    assertSame(topic, room.topic());
  }

  @Test
  void anArgumentNoPathOfTheCombinationNamesIsNullEvenWhenALaterCombinationNamesIt() {
    OpenRoom.Keyed keyed = new OpenRoom.Keyed("Team", "hi", "users/ann").requestId("key-1");
    assertEquals("key-1", keyed.requestId());
    assertEquals(room("{\"title\":\"Team\",\"topic\":{\"text\":\"hi\",\"author\":{\"name\":\"users/ann\"}}}"),
        keyed.room());

    OpenRoom.Nested nested = new OpenRoom.Nested("Team").guests(List.of("users/1"));
    assertNull(nested.requestId());
    assertNull(new OpenRoom.Fixed().guests());
  }

  @Test
  void theDeclarationThatPlacesTheSlotsIsTheOneTheCheckerHoldsACallAgainst() {
    // only the room's resource is declared: the checker finds the topic through its shape
    OpenRoom.Nested nested = new OpenRoom.Nested("Team").text("hello");
    assertDoesNotThrow(() -> OpenRoom.RULES.check(nested.room(), nested.silent(), nested.guests()));

    OpenRoom.Fixed fixed = new OpenRoom.Fixed().text("hi");
    assertDoesNotThrow(() -> OpenRoom.RULES.check(fixed.room(), fixed.silent(), fixed.guests()));

    // a title is allowed by nested, masked and keyed, not by fixed, chosen by its fixed kind
    Room closedWithTitle = room("{\"kind\":\"CLOSED\",\"title\":\"x\",\"topic\":{\"author\":{\"name\":\"users/app\"}}}");
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> OpenRoom.RULES.check(closedWithTitle, Boolean.TRUE, null));
    assertEquals("room.title: not allowed in fixed", e.getMessage());
  }
}
