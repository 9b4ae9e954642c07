package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.Arguments;
import dev.tinychat.internal.RequestRules;
import java.util.Arrays;
import java.util.List;

/**
 * A request of {@link Rooms#update}, made by one factory per way to call it: each takes the
 * required fields and offers setters for the allowed ones only.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public abstract sealed class UpdateRoom extends Arguments permits UpdateRoom.Details, UpdateRoom.Archive {
  /**
   * The combinations of {@link Rooms#update}, a factory each: what each fixes, requires, allows and
   * forbids, which the client checks calls against before any I/O. The required and allowed paths,
   * in order, are the slots of a request (a path the update mask has, with its mask path after a colon).
   */
  static final RequestRules RULES = new RequestRules("update", "room silent")
      .resource("room", RoomJson.SHAPE)
      .combination("details", "the room's name, kind and topic")
      .required("room.name")
      .allowed("room.displayName:display_name", "room.kind:kind", "room.topic.text:topic", "room.guests:guests", "silent")
      .combination("archive", "archives or restores the room; only alone")
      .required("room.name", "room.archived:archived");

  UpdateRoom(int combination) {
    super(RULES, combination);
  }

  /**
   * The {@code room} argument of {@link Rooms#update}; {@code null} when not set.
   */
  public Room room() {
    return argument("room");
  }

  /**
   * The {@code updateMask} argument of {@link Rooms#update}: the paths of the fields set, sorted,
   * separated by commas.
   */
  public String updateMask() {
    return maskPaths();
  }

  /**
   * The {@code silent} argument of {@link Rooms#update}; {@code null} when not set.
   */
  public Boolean silent() {
    return argument("silent");
  }

  /**
   * The room's name, kind and topic.
   */
  public static Details details(String name) {
    return new Details(RequestRules.requireArgument(name, "room.name", "details"));
  }

  /**
   * Archives or restores the room; only alone.
   */
  public static Archive archive(String name, Boolean archived) {
    return new Archive(
        RequestRules.requireArgument(name, "room.name", "archive"),
        RequestRules.requireArgument(archived, "room.archived", "archive"));
  }

  /**
   * The {@link #details} request: the room's name, kind and topic.
   */
  public static final class Details extends UpdateRoom {
    private Details(String name) {
      super(0);
      set(0, name);
    }

    /**
     * Adds {@code display_name} to the update mask;
     * {@code null} clears the field.
     */
    public Details displayName(String displayName) {
      set(1, displayName);
      return this;
    }

    /**
     * Adds {@code kind} to the update mask;
     * {@code null} clears the field.
     */
    public Details kind(Room.Kind kind) {
      set(2, kind);
      return this;
    }

    /**
     * Adds {@code topic} to the update mask;
     * {@code null} clears the field.
     */
    public Details text(String text) {
      set(3, text);
      return this;
    }

    /**
     * Adds {@code guests} to the update mask;
     * {@code null} clears the field.
     */
    public Details guests(List<Guest> guests) {
      set(4, guests);
      return this;
    }

    /**
     * Adds {@code guests} to the update mask;
     * {@code null} clears the field.
     */
    public Details guests(Guest... guests) {
      return guests(guests == null ? null : Arrays.asList(guests));
    }

    public Details silent(Boolean silent) {
      set(5, silent);
      return this;
    }
  }

  /**
   * The {@link #archive} request: archives or restores the room; only alone.
   */
  public static final class Archive extends UpdateRoom {
    private Archive(String name, Boolean archived) {
      super(1);
      set(0, name);
      set(1, archived);
    }
  }
}
