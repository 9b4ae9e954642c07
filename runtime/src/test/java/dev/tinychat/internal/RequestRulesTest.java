package dev.tinychat.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.http.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one checker of combinations, on a small hand-declared method: each rule and its message. */
class RequestRulesTest {
  enum Kind { OPEN, CLOSED, SECRET }

  record Topic(String text, Long votes) {}

  record Room(Kind kind, String name, Topic topic, Boolean archived) {}

  record Guest(String user, String email) {}

  private static final Shape<Room> ROOM = shape(Room.class,
      room -> new Object[] {room.kind(), room.name(), room.topic(), room.archived()}, "kind name topic archived");
  private static final Shape<Topic> TOPIC = shape(Topic.class,
      topic -> new Object[] {topic.text(), topic.votes()}, "text votes");
  private static final Shape<Guest> GUEST = shape(Guest.class,
      guest -> new Object[] {guest.user(), guest.email()}, "user email");

  private static final RequestRules RULES = new RequestRules("open", "room guests")
      .resource("room", ROOM)
      .resource("room.topic", TOPIC)
      .resource("guests", GUEST)
      .combination("open", "an open room")
      .fixed("room.kind", Kind.OPEN)
      .required("room.name")
      .allowed("room.topic.text", "guests")
      .forbidden("guests.email")
      .count("guests", 0, 3)
      .combination("closed", "")
      .fixed("room.kind", Kind.CLOSED)
      .required("guests")
      .forbidden("room.name")
      .count("guests", 2, 2)
      .combination("archive", "an archived open room")
      .fixed("room.kind", Kind.OPEN)
      .fixed("room.archived", true)
      .required("room.name");

  /**
   * The shape of a record, as the value class generated for a resource declares it: fields of
   * {@code names} (of no particular kind, a user name of lowercase letters) read with its accessors.
   */
  private static <T> Shape<T> shape(Class<T> type, Function<T, Object[]> accessors, String names) {
    String[] fields = names.split(" ");
    Shape<T> shape = new Shape<>(new Struct(null, null) {
      @Override
      protected Struct newValue(Object[] values) {
        throw new UnsupportedOperationException();
      }

      @Override
      protected Object[] valuesOf(Object value) {
        return type.isInstance(value) ? Arrays.copyOf(accessors.apply(type.cast(value)), fields.length + 1) : null;
      }
    }, type.getSimpleName(), fields.length);
    for (String field : fields) {
      shape.field(field, Shape.STRING);
      if (field.equals("user")) {
        shape.pattern("[a-z]+", "{lowercase}");
      }
    }
    return shape;
  }

  private static String problem(Room room, List<Guest> guests) {
    return assertThrows(InvalidRequestException.class, () -> RULES.check(room, guests)).getMessage();
  }

  private static Room room(Kind kind, String name) {
    return new Room(kind, name, null, null);
  }

  @Test
  void requestsOfEachCombinationPass() {
    assertDoesNotThrow(() -> RULES.check(new Room(Kind.OPEN, "a", new Topic("t", null), null),
        List.of(new Guest("u", null))));
    assertDoesNotThrow(() -> RULES.check(room(Kind.CLOSED, null), List.of(new Guest("a", null), new Guest("b", null))));
    assertDoesNotThrow(() -> RULES.check(new Room(Kind.OPEN, "a", null, true), null));
  }

  @Test
  void fixedValuesChooseTheCombinationAndAnUnknownOneListsTheExpected() {
    assertEquals("room.kind: not set; expected one of OPEN (open, archive), CLOSED (closed)",
        problem(room(null, "a"), null));
    assertEquals("room.kind: no combination of open fixes SECRET; expected one of OPEN (open, archive), CLOSED (closed)",
        problem(room(Kind.SECRET, "a"), null));
  }

  @Test
  void theCombinationWithTheMostMatchingFixedFieldsWins() {
    assertEquals("room.topic: not allowed in archive", problem(new Room(Kind.OPEN, "a", new Topic("t", null), true),
        null));
  }

  @Test
  void eachRuleHasItsMessage() {
    assertEquals("room.name: required by open", problem(room(Kind.OPEN, null), null));
    assertEquals("room.name: required by open, and empty", problem(room(Kind.OPEN, ""), null));
    assertEquals("room.name: forbidden in closed", problem(room(Kind.CLOSED, "x"),
        List.of(new Guest("a", null), new Guest("b", null))));
    assertEquals("guests: required by closed, and empty", problem(room(Kind.CLOSED, null), List.of()));
    assertEquals("guests: closed takes exactly 2, got 1", problem(room(Kind.CLOSED, null), List.of(new Guest("a", null))));
    assertEquals("guests: open takes at most 3, got 4", problem(room(Kind.OPEN, "a"),
        List.of(new Guest("a", null), new Guest("b", null), new Guest("c", null), new Guest("d", null))));
    assertEquals("room.topic.votes: not allowed in open", problem(new Room(Kind.OPEN, "a", new Topic(null, 1L), null),
        null));
    assertEquals("guests[1].email: forbidden in open (an open room)", problem(room(Kind.OPEN, "a"),
        List.of(new Guest("a", null), new Guest("b", "b@example.com"))));
  }

  @Test
  void theFirstProblemOfTheClosestCombinationIsThrown() {
    // open has one problem (the forbidden email), archive would have two
    assertEquals("guests[0].email: forbidden in open (an open room)",
        problem(room(Kind.OPEN, "a"), List.of(new Guest("a", "a@example.com"))));
  }

  @Test
  void nullListElementsAreSkippedByTheRulesAndRefusedByTheValueCheck() {
    List<Guest> guests = Arrays.asList(new Guest("a", null), null);
    assertDoesNotThrow(() -> RULES.check(room(Kind.OPEN, "a"), guests));
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> RequestRules.checkElements(guests, "guests", GUEST));
    assertEquals("guests[1]: must not be null", e.getMessage());
    // each element before it is checked, at its own path
    e = assertThrows(InvalidRequestException.class,
        () -> RequestRules.checkElements(Arrays.asList(new Guest("A", null), null), "guests", GUEST));
    assertEquals("guests[0].user: must match {lowercase}, got \"A\"", e.getMessage());
  }

  @Test
  void pathValuesAreRequiredAndMatchTheirPattern() {
    assertEquals("rooms/a", RequestRules.pathValue("rooms/a", "name", "rooms/{room}"));
    assertEquals("OPEN", RequestRules.pathValue(Kind.OPEN, "kind", null));
    assertEquals("name: required",
        assertThrows(InvalidRequestException.class, () -> RequestRules.pathValue(null, "name", "x")).getMessage());
    assertEquals("name: must match rooms/{room}, got \"rooms/a/b\"", assertThrows(InvalidRequestException.class,
        () -> RequestRules.pathValue("rooms/a/b", "name", "rooms/{room}")).getMessage());
  }

  /**
   * A pattern as written matches what the regular expression the processor made of it matched
   * (a variable: one non-empty segment; a literal prefix before it; a last {@code **}: the
   * non-empty rest), on texts that differ in one place.
   */
  @Test
  void patternsAsWrittenMatchLikeTheirRegularExpressions() {
    String[][] patterns = {
        {"spaces/*", "spaces/[^/]+"},
        {"spaces/{space}/members/{member}", "spaces/[^/]+/members/[^/]+"},
        {"client-{id}", "client-[^/]+"},
        {"spaces/*/messages/client-{id}", "spaces/[^/]+/messages/client-[^/]+"},
        {"files/**", "files/.+"},
        {"a.b/*", "\\Qa.b\\E/[^/]+"}};
    String[] texts = {"", "/", "spaces", "spaces/", "spaces/a", "spaces/a/", "spaces//", "spaces/a/b", "spaces/a/members",
        "spaces/a/members/", "spaces/a/members/b", "spaces/a/members/b/c", "Spaces/a", "client-", "client-x",
        "client-x/y", "xclient-1", "client", "spaces/a/messages/client-", "spaces/a/messages/client-1", "files",
        "files/", "files/a", "files/a/b/c", "files//", "a.b/c", "axb/c", "a.b/"};
    int matched = 0;
    for (String[] pattern : patterns) {
      Pattern regex = Pattern.compile(pattern[1]);
      for (String text : texts) {
        boolean expected = regex.matcher(text).matches();
        matched += expected ? 1 : 0;
        try {
          RequestRules.pathValue(text, "name", pattern[0]);
          assertTrue(expected, pattern[0] + " matched " + text);
        } catch (InvalidRequestException e) {
          assertTrue(!expected, pattern[0] + " did not match " + text);
          assertEquals("name: must match " + pattern[0] + ", got \"" + text + '"', e.getMessage());
        }
      }
    }
    assertEquals(8, matched);
  }

  @Test
  void theUnrecognizedConstantIsRefusedNamingTheOthers() {
    RequestRules.sendable(Kind.OPEN, Kind.SECRET, "kind", Kind.values());
    RequestRules.sendable(null, Kind.SECRET, "kind", Kind.values());
    assertEquals("kind: SECRET stands for a value this client does not know and cannot be sent; choose one of "
        + "OPEN, CLOSED", assertThrows(InvalidRequestException.class,
            () -> RequestRules.sendable(Kind.SECRET, Kind.SECRET, "kind", Kind.values())).getMessage());
  }

  @Test
  void anUpdateMaskNamesAField() {
    RequestRules.mask("display_name", "updateMask");
    for (String mask : new String[] {null, ""}) {
      assertEquals("updateMask: names no field: set at least one field to update (set to null to clear it)",
          assertThrows(InvalidRequestException.class, () -> RequestRules.mask(mask, "updateMask")).getMessage());
    }
  }

  /** Candidates are a 64-bit mask: the 64th combination is chosen like the first, a 65th refused. */
  @Test
  void upTo64CombinationsEachChosenByItsFixedValue() {
    RequestRules rules = new RequestRules("vote", "topic").resource("topic", TOPIC);
    for (long n = 1; n <= 64; n++) {
      rules.combination("votes" + n, "").fixed("topic.votes", n).required("topic.text");
    }
    assertDoesNotThrow(() -> rules.check(new Topic("t", 1L)));
    assertDoesNotThrow(() -> rules.check(new Topic("t", 64L)));
    assertEquals("topic.text: required by votes64",
        assertThrows(InvalidRequestException.class, () -> rules.check(new Topic(null, 64L))).getMessage());
    assertEquals("more than 64 combinations of vote",
        assertThrows(IllegalStateException.class, () -> rules.combination("votes65", "")).getMessage());
  }
}
