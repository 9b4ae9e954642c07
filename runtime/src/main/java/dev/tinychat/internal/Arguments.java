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
 * <p>A layout ({@link #layout}, made once per combination) places each slot, then each fixed value,
 * at its path in the arguments: the argument, then a field of each resource on the way ({@code
 * space.spaceDetails.description}). A resource on a path is built through its {@link Shape}, and is
 * {@code null} when nothing below it is set.
 */
public abstract class Arguments {
  // the layout: the tree of the arguments, per slot its update-mask path or null, and per entry
  // (the slots, then the fixed values) its first value: a fixed one, or null for a slot. A node of
  // the tree is an Object[]: its shape (null for the arguments), then per argument or field what
  // is there: nothing (null), an entry (its index), or a resource (a node). Arrays rather than
  // classes: the runtime has a byte budget.
  private final Object[] layout;
  /** Per entry its value: the slots', then the fixed ones. */
  private final Object[] values;
  /** The update-mask paths of the slots set, made when the first is set. */
  private Set<String> maskPaths;

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
    Object[] tree = new Object[shapes.length + 1];
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
      Object[] node = tree;
      for (int i = 0; i < segments.length; i++) {
        Shape<?> shape = (Shape<?>) node[0];
        int at = 1 + Arrays.asList(shape == null ? params.split(" ") : shape.names).indexOf(segments[i]);
        if (i + 1 == segments.length) {
          node[at] = e;
        } else {
          if (node[at] == null) {
            Shape<?> nested = shape == null ? shapes[at - 1] : shape.nested(at - 1);
            node[at] = new Object[nested.names.length + 1];
            ((Object[]) node[at])[0] = nested;
          }
          node = (Object[]) node[at];
        }
      }
    }
    return new Object[] {tree, masks, fixedValues};
  }

  /**
   * Sets slot {@code slot}: a list as an unmodifiable copy (its {@code null} elements are refused
   * by the client's checks, before any I/O); adds its update-mask path, if it has one.
   */
  protected final void set(int slot, Object value) {
    values[slot] = value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
    String mask = ((String[]) layout[1])[slot];
    if (mask != null) {
      maskPaths = maskPaths == null ? new TreeSet<>() : maskPaths;
      maskPaths.add(mask);
    }
  }

  /** The argument {@code param} of the method: a slot, a fixed value, or a resource built of them. */
  @SuppressWarnings("unchecked") // the layout puts a value of the argument's type there
  protected final <T> T argument(int param) {
    return (T) value(((Object[]) layout[0])[1 + param]);
  }

  /** The update-mask paths of the slots set, sorted, separated by commas. */
  protected final String maskPaths() {
    return maskPaths == null ? "" : String.join(",", maskPaths);
  }

  /**
   * What is at a place of the tree: nothing, an entry's value, or a resource of the fields below
   * it, {@code null} when none of them is set.
   */
  private Object value(Object place) {
    if (place instanceof Integer entry) {
      return values[entry];
    } else if (place == null) {
      return null;
    }
    Object[] node = (Object[]) place;
    Shape<?> shape = (Shape<?>) node[0];
    Object[] fields = null;
    for (int i = 1; i < node.length; i++) {
      Object value = node[i] == null ? null : value(node[i]);
      if (value != null) {
        fields = fields == null ? new Object[node.length] : fields;
        fields[i - 1] = (shape.kinds[i - 1] & Shape.LIST) != 0 ? Shape.copyOf((List<?>) value, shape.names[i - 1])
            : value;
      }
    }
    return fields == null ? null : shape.prototype.newValue(fields);
  }
}
