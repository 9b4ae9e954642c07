package dev.tinychat.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Not API. A request made by one factory of a generated request class ({@code CreateSpace.NamedSpace}):
 * the values its factory and setters were given, a slot each, and the one routine that makes the
 * method's arguments from them and from the values the combination fixes, after the combination's
 * layout.
 *
 * <p>A layout ({@link #layout}, made once per combination) names per slot, then per fixed value,
 * its path in the arguments: the argument, then a field of each resource on the way ({@code
 * space.spaceDetails.description}). A resource on a path is built through its {@link Shape}, and is
 * {@code null} when nothing below it is set.
 */
public abstract class Arguments {
  // the layout: per entry (the slots, then the fixed values) its path as indexes (the argument,
  // then a field of each resource), per slot its update-mask path or null, per entry its first
  // value (a fixed one, or null for a slot), and per argument the shape of its resource or null;
  // an array rather than a class (the runtime has a byte budget)
  private final Object[] layout;
  /** Per entry its value: the slots', then the fixed ones. */
  private final Object[] values;
  private final Set<String> maskPaths = new TreeSet<>();

  protected Arguments(Object[] layout) {
    this.layout = layout;
    values = ((Object[]) layout[2]).clone();
  }

  /**
   * The layout of one combination.
   *
   * @param params the method's parameters in call order, separated by single spaces
   * @param shapes per parameter the shape of its resource, or {@code null}
   * @param slots the path of each slot, separated by single spaces; a path the update mask has
   *     is followed by a colon and its mask path ({@code space.displayName:display_name})
   * @param fixed the values the combination fixes: path, value, path, value, ...
   */
  protected static Object[] layout(String params, Shape<?>[] shapes, String slots, Object... fixed) {
    String[] slotPaths = slots.isEmpty() ? new String[0] : slots.split(" ");
    int entries = slotPaths.length + fixed.length / 2;
    int[][] paths = new int[entries][];
    String[] masks = new String[slotPaths.length];
    Object[] fixedValues = new Object[entries];
    for (int e = 0; e < entries; e++) {
      String[] segments;
      if (e < slotPaths.length) {
        String[] pathAndMask = slotPaths[e].split(":");
        masks[e] = pathAndMask.length > 1 ? pathAndMask[1] : null;
        segments = pathAndMask[0].split("\\.");
      } else {
        fixedValues[e] = fixed[2 * (e - slotPaths.length) + 1];
        segments = ((String) fixed[2 * (e - slotPaths.length)]).split("\\.");
      }
      int[] indexes = paths[e] = new int[segments.length];
      Shape<?> shape = null;
      for (int i = 0; i < segments.length; i++) {
        indexes[i] = Arrays.asList(i == 0 ? params.split(" ") : shape.names).indexOf(segments[i]);
        shape = i == 0 ? shapes[indexes[0]] : i + 1 < segments.length ? shape.nested(indexes[i]) : null;
      }
    }
    return new Object[] {paths, masks, fixedValues, shapes};
  }

  /**
   * Sets slot {@code slot}: a list as an unmodifiable copy (its {@code null} elements are refused
   * by the client's checks, before any I/O); adds its update-mask path, if it has one.
   */
  protected final void set(int slot, Object value) {
    values[slot] = value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
    String mask = ((String[]) layout[1])[slot];
    if (mask != null) {
      maskPaths.add(mask);
    }
  }

  /** The argument {@code param} of the method: a slot, a fixed value, or a resource built of them. */
  @SuppressWarnings("unchecked") // the layout puts a value of the argument's type there
  protected final <T> T argument(int param) {
    return (T) value(new int[] {param}, 1, ((Shape<?>[]) layout[3])[param]);
  }

  /** The update-mask paths of the slots set, sorted, separated by commas. */
  protected final String maskPaths() {
    return String.join(",", maskPaths);
  }

  /**
   * The value at the first {@code depth} indexes of {@code at}: an entry's, or the resource of
   * {@code shape} holding the entries below, {@code null} when none of them is set.
   */
  private Object value(int[] at, int depth, Shape<?> shape) {
    int[][] paths = (int[][]) layout[0];
    Object[] fields = null;
    boolean set = false;
    for (int e = 0; e < paths.length; e++) {
      int[] path = paths[e];
      if (path.length < depth || !Arrays.equals(path, 0, depth, at, 0, depth)) {
        continue;
      }
      if (path.length == depth) {
        return values[e];
      }
      int field = path[depth];
      fields = fields == null ? new Object[shape.names.length + 1] : fields;
      if (fields[field] == null) {
        Object value = path.length > depth + 1 ? value(path, depth + 1, shape.nested(field)) : values[e];
        fields[field] = value != null && (shape.kinds[field] & Shape.LIST) != 0
            ? Shape.copyOf((List<?>) value, shape.names[field]) : value;
        set |= value != null;
      }
    }
    return set ? shape.prototype.newValue(fields) : null;
  }
}
