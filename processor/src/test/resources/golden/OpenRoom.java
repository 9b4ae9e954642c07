package test;

import dev.tinychat.http.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A request of {@link Rooms#open}, made by one factory per way to call it: each takes the
 * required fields and offers setters for the allowed ones only.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public abstract sealed class OpenRoom permits OpenRoom.Open, OpenRoom.Closed {
  OpenRoom() {
  }

  /**
   * The {@code room} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public abstract Room room();

  /**
   * The {@code requestId} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public abstract String requestId();

  /**
   * The {@code guests} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public abstract List<Guest> guests();

  /**
   * An open room anyone may join.
   *
   * <p>Sets {@code room.kind} = {@code OPEN}.
   *
   * <p>Scopes: {@code rooms}.
   */
  public static Open open(String displayName) {
    return new Open(displayName);
  }

  /**
   * A closed room for exactly two guests.
   *
   * <p>Sets {@code room.kind} = {@code CLOSED}.
   */
  public static Closed closed(Guest guest1, Guest guest2) {
    List<Guest> guests = Arrays.asList(guest1, guest2);
    return new Closed(guests);
  }

  /**
   * Checks a call of {@code open} before any I/O: that it matches one combination, chosen by
   * the fields each fixes, and that every field is within its declared limits. The client
   * runs it on every call, also for requests made without the factories.
   *
   * @throws InvalidRequestException naming the field and the rule it breaks
   */
  public static void check(Room room, String requestId, List<Guest> guests) {
    Room.Kind kind = room == null ? null : room.kind();
    if (kind == Room.Kind.OPEN) {
      throwIfNoneFits(List.of(openProblems(room, requestId, guests)));
    } else if (kind == Room.Kind.CLOSED) {
      throwIfNoneFits(List.of(closedProblems(room, requestId, guests)));
    } else {
      throw unexpected("room.kind", kind, "OPEN (open), CLOSED (closed)");
    }
    if (room != null) {
      RoomJson.check(room, "room");
    }
    if (guests != null) {
      for (int i = 0; i < guests.size(); i++) {
        if (guests.get(i) == null) {
          throw new InvalidRequestException("guests[" + i + ']', "must not be null");
        }
        GuestJson.check(guests.get(i), "guests[" + i + ']');
      }
    }
  }

  /**
   * What keeps the arguments from being a {@link #open} request, in field order.
   */
  private static List<InvalidRequestException> openProblems(Room room, String requestId,
      List<Guest> guests) {
    List<InvalidRequestException> problems = new ArrayList<>();
    if (room != null) {
      if (room.displayName() == null) {
        problems.add(new InvalidRequestException("room.displayName", "required by open"));
      } else if (room.displayName().isEmpty()) {
        problems.add(new InvalidRequestException("room.displayName", "required by open, and empty"));
      }
      if (room.archived() != null) {
        problems.add(new InvalidRequestException("room.archived", "not allowed in open"));
      }
      if (room.topic() != null) {
        if (room.topic().votes() != null) {
          problems.add(new InvalidRequestException("room.topic.votes", "not allowed in open"));
        }
      }
      if (room.guests() != null && !room.guests().isEmpty()) {
        problems.add(new InvalidRequestException("room.guests", "not allowed in open"));
      }
      if (room.expireTime() != null) {
        problems.add(new InvalidRequestException("room.expireTime", "not allowed in open"));
      }
      if (room.ttlSeconds() != null) {
        problems.add(new InvalidRequestException("room.ttlSeconds", "not allowed in open"));
      }
    }
    if (guests != null && (guests.size() > 3)) {
      problems.add(new InvalidRequestException("guests", "open takes at most 3, got " + guests.size()));
    }
    if (guests != null) {
      for (int i = 0; i < guests.size(); i++) {
        Guest guest = guests.get(i);
        if (guest != null) {
          if (guest.since() != null) {
            problems.add(new InvalidRequestException("guests[" + i + "].since", "forbidden in open (an open room anyone may join)"));
          }
        }
      }
    }
    return problems;
  }

  /**
   * What keeps the arguments from being a {@link #closed} request, in field order.
   */
  private static List<InvalidRequestException> closedProblems(Room room, String requestId,
      List<Guest> guests) {
    List<InvalidRequestException> problems = new ArrayList<>();
    if (room != null) {
      if (room.displayName() != null) {
        problems.add(new InvalidRequestException("room.displayName", "forbidden in closed (a closed room for exactly two guests)"));
      }
      if (room.archived() != null) {
        problems.add(new InvalidRequestException("room.archived", "not allowed in closed"));
      }
      if (room.topic() != null) {
        problems.add(new InvalidRequestException("room.topic", "not allowed in closed"));
      }
      if (room.guests() != null && !room.guests().isEmpty()) {
        problems.add(new InvalidRequestException("room.guests", "not allowed in closed"));
      }
      if (room.expireTime() != null) {
        problems.add(new InvalidRequestException("room.expireTime", "not allowed in closed"));
      }
      if (room.ttlSeconds() != null) {
        problems.add(new InvalidRequestException("room.ttlSeconds", "not allowed in closed"));
      }
    }
    if (guests == null) {
      problems.add(new InvalidRequestException("guests", "required by closed"));
    } else if (guests.isEmpty()) {
      problems.add(new InvalidRequestException("guests", "required by closed, and empty"));
    } else if (guests.size() != 2) {
      problems.add(new InvalidRequestException("guests", "closed takes exactly 2, got " + guests.size()));
    }
    return problems;
  }

  /**
   * Passes if one candidate combination has no problem, else throws the first problem
   * of the candidate with the fewest.
   */
  private static void throwIfNoneFits(List<List<InvalidRequestException>> candidates) {
    List<InvalidRequestException> closest = candidates.get(0);
    for (List<InvalidRequestException> problems : candidates) {
      if (problems.isEmpty()) {
        return;
      }
      if (problems.size() < closest.size()) {
        closest = problems;
      }
    }
    throw closest.get(0);
  }

  private static InvalidRequestException unexpected(String field, Object value, String expected) {
    String found = value == null ? "not set" : "no combination of open fixes " + value;
    return new InvalidRequestException(field, found + "; expected one of " + expected);
  }

  /**
   * The {@link #open} request: an open room anyone may join.
   */
  public static final class Open extends OpenRoom {
    private final String displayName;

    private String text;

    private List<Guest> guests;

    private String requestId;

    private Open(String displayName) {
      this.displayName = displayName;
    }

    public Open text(String text) {
      this.text = text;
      return this;
    }

    public Open guests(List<Guest> guests) {
      this.guests = guests == null ? null : Collections.unmodifiableList(new ArrayList<>(guests));
      return this;
    }

    public Open guests(Guest... guests) {
      return guests(guests == null ? null : Arrays.asList(guests));
    }

    /**
     * The idempotency key: the same key again returns the first result. A random UUID
     * when not set.
     */
    public Open requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    private Topic topic() {
      if (text == null) {
        return null;
      }
      return new TopicBuilder()
          .text(text)
          .build();
    }

    @Override
    public Room room() {
      return new RoomBuilder()
          .kind(Room.Kind.OPEN)
          .displayName(displayName)
          .topic(topic())
          .build();
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public List<Guest> guests() {
      return guests;
    }
  }

  /**
   * The {@link #closed} request: a closed room for exactly two guests.
   */
  public static final class Closed extends OpenRoom {
    private final List<Guest> guests;

    private String requestId;

    private Closed(List<Guest> guests) {
      this.guests = Collections.unmodifiableList(guests);
    }

    /**
     * The idempotency key: the same key again returns the first result. A random UUID
     * when not set.
     */
    public Closed requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @Override
    public Room room() {
      return new RoomBuilder()
          .kind(Room.Kind.CLOSED)
          .build();
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public List<Guest> guests() {
      return guests;
    }
  }
}
