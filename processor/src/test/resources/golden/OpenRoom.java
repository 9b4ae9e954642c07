package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.RequestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
    return new Open(RequestRules.required(displayName, "room.displayName", "open"));
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
