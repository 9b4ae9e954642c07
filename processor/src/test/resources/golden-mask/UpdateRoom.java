package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.internal.RequestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request of {@link Rooms#update}, made by one factory per way to call it: each takes the
 * required fields and offers setters for the allowed ones only.
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public abstract sealed class UpdateRoom permits UpdateRoom.Details, UpdateRoom.Archive {
  UpdateRoom() {
  }

  /**
   * The {@code room} argument of {@link Rooms#update}; {@code null} when not set.
   */
  public abstract Room room();

  /**
   * The {@code updateMask} argument of {@link Rooms#update}; {@code null} when not set.
   */
  public abstract String updateMask();

  /**
   * The {@code silent} argument of {@link Rooms#update}; {@code null} when not set.
   */
  public abstract Boolean silent();

  /**
   * The room's name, kind and topic.
   */
  public static Details details(String name) {
    return new Details(RequestRules.required(name, "room.name", "details"));
  }

  /**
   * Archives or restores the room; only alone.
   */
  public static Archive archive(String name, Boolean archived) {
    return new Archive(
        RequestRules.required(name, "room.name", "archive"),
        RequestRules.required(archived, "room.archived", "archive"));
  }

  /**
   * The {@link #details} request: the room's name, kind and topic.
   */
  public static final class Details extends UpdateRoom {
    private final Set<String> maskPaths = new TreeSet<>();

    private final String name;

    private String displayName;

    private Room.Kind kind;

    private String text;

    private List<Guest> guests;

    private Boolean silent;

    private Details(String name) {
      this.name = name;
    }

    /**
     * Adds {@code display_name} to the update mask;
     * {@code null} clears the field.
     */
    public Details displayName(String displayName) {
      maskPaths.add("display_name");
      this.displayName = displayName;
      return this;
    }

    /**
     * Adds {@code kind} to the update mask;
     * {@code null} clears the field.
     */
    public Details kind(Room.Kind kind) {
      maskPaths.add("kind");
      this.kind = kind;
      return this;
    }

    /**
     * Adds {@code topic} to the update mask;
     * {@code null} clears the field.
     */
    public Details text(String text) {
      maskPaths.add("topic");
      this.text = text;
      return this;
    }

    /**
     * Adds {@code guests} to the update mask;
     * {@code null} clears the field.
     */
    public Details guests(List<Guest> guests) {
      maskPaths.add("guests");
      this.guests = guests == null ? null : Collections.unmodifiableList(new ArrayList<>(guests));
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
      this.silent = silent;
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
      if (name == null && displayName == null && kind == null && text == null && guests == null) {
        return null;
      }
      return new RoomBuilder()
          .name(name)
          .displayName(displayName)
          .kind(kind)
          .topic(topic())
          .guests(guests)
          .build();
    }

    /**
     * The paths of the fields set, sorted, separated by commas.
     */
    @Override
    public String updateMask() {
      return String.join(",", maskPaths);
    }

    @Override
    public Boolean silent() {
      return silent;
    }
  }

  /**
   * The {@link #archive} request: archives or restores the room; only alone.
   */
  public static final class Archive extends UpdateRoom {
    private final Set<String> maskPaths = new TreeSet<>();

    private final String name;

    private final Boolean archived;

    private Archive(String name, Boolean archived) {
      this.name = name;
      maskPaths.add("archived");
      this.archived = archived;
    }

    @Override
    public Room room() {
      if (name == null && archived == null) {
        return null;
      }
      return new RoomBuilder()
          .name(name)
          .archived(archived)
          .build();
    }

    /**
     * The paths of the fields set, sorted, separated by commas.
     */
    @Override
    public String updateMask() {
      return String.join(",", maskPaths);
    }

    @Override
    public Boolean silent() {
      return null;
    }
  }
}
