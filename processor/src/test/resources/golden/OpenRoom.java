package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Arguments;
import dev.tinychat.internal.RequestRules;
import java.util.Arrays;
import java.util.List;

/**
 * A request of {@link Rooms#open}, made by one factory per way to call it: each takes the
 * required fields and offers setters for the allowed ones only.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public abstract sealed class OpenRoom extends Arguments permits OpenRoom.Open, OpenRoom.Closed {
  /**
   * The combinations of {@link Rooms#open}, a factory each: what each fixes, requires, allows and
   * forbids, which the client checks calls against before any I/O. The required and allowed paths,
   * in order, are the slots of a request (a path the update mask has, with its mask path after a colon).
   */
  static final RequestRules RULES = new RequestRules("open", "room guests")
      .resource("room", RoomJson.SHAPE)
      .resource("guests", GuestJson.SHAPE)
      .combination("open", "an open room anyone may join")
      .fixed("room.kind", Room.Kind.OPEN)
      .required("room.displayName")
      .allowed("room.topic.text", "guests", "requestId")
      .forbidden("guests.since")
      .count("guests", 0, 3)
      .combination("closed", "a closed room for exactly two guests")
      .fixed("room.kind", Room.Kind.CLOSED)
      .required("guests")
      .allowed("requestId")
      .forbidden("room.displayName")
      .count("guests", 2, 2);

  OpenRoom(int combination) {
    super(RULES, combination);
  }

  /**
   * The {@code room} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public Room room() {
    return argument("room");
  }

  /**
   * The {@code requestId} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public String requestId() {
    return argument("requestId");
  }

  /**
   * The {@code guests} argument of {@link Rooms#open}; {@code null} when not set.
   */
  public List<Guest> guests() {
    return argument("guests");
  }

  /**
   * An open room anyone may join.
   *
   * <p>Sets {@code room.kind} = {@code OPEN}.
   *
   * <p>Scopes: {@code rooms}.
   */
  public static Open open(String displayName) {
    return new Open(RequestRules.requireArgument(displayName, "room.displayName", "open"));
  }

  /**
   * A closed room for exactly two guests.
   *
   * <p>Sets {@code room.kind} = {@code CLOSED}.
   */
  public static Closed closed(Guest guest1, Guest guest2) {
    List<Guest> guests = Arrays.asList(guest1, guest2);
    RequestRules.checkElements(guests, "guests", null);
    return new Closed(guests);
  }

  /**
   * The {@link #open} request: an open room anyone may join.
   */
  public static final class Open extends OpenRoom {
    private Open(String displayName) {
      super(0);
      set(0, displayName);
    }

    public Open text(String text) {
      set(1, text);
      return this;
    }

    public Open guests(List<Guest> guests) {
      set(2, guests);
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
      set(3, requestId);
      return this;
    }
  }

  /**
   * The {@link #closed} request: a closed room for exactly two guests.
   */
  public static final class Closed extends OpenRoom {
    private Closed(List<Guest> guests) {
      super(1);
      set(0, guests);
    }

    /**
     * The idempotency key: the same key again returns the first result. A random UUID
     * when not set.
     */
    public Closed requestId(String requestId) {
      set(1, requestId);
      return this;
    }
  }
}
