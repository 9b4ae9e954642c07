package dev.tinychat.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Not API. A request made by one factory of a generated request class ({@code CreateSpace.NamedSpace}):
 * the values its factory and setters were given, a slot each, and the one routine that makes the
 * method's arguments from them and from the values the combination fixes, after the combination's
 * layout, which its {@link RequestRules} made from the paths it declares.
 *
 * <p>A layout places each slot, then each fixed value, at its path in the arguments: the argument,
 * then a field of each resource on the way ({@code space.spaceDetails.description}). A resource on
 * a path is built through its {@link Shape}, and is {@code null} when nothing below it is set.
 */
public abstract class Arguments {
  private final RequestRules rules;
  /** The tree of the arguments, the slots' mask paths, the fixed values: {@link RequestRules#layouts}. */
  private final Object[] layout;
  /** Per slot its value. */
  private final Object[] values;
  /** The update-mask paths of the slots set, made when the first is set. */
  private Set<String> maskPaths;

  /** A request of combination {@code combination} (in the order declared) of {@code rules}. */
  protected Arguments(RequestRules rules, int combination) {
    this.rules = rules;
    layout = rules.layouts.get(combination);
    values = new Object[((List<?>) layout[1]).size()];
  }

  /**
   * Sets slot {@code slot}: a list as an unmodifiable copy (its {@code null} elements are refused
   * by the client's checks, before any I/O); adds its update-mask path, if it has one.
   */
  protected final void set(int slot, Object value) {
    values[slot] = value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : value;
    if (((List<?>) layout[1]).get(slot) instanceof String mask) {
      maskPaths = maskPaths == null ? new TreeSet<>() : maskPaths;
      maskPaths.add(mask);
    }
  }

  /**
   * The argument {@code param} of the method: a slot, a fixed value, or a resource built of them;
   * {@code null} when no path of the combination names it.
   */
  @SuppressWarnings("unchecked") // the layout puts a value of the argument's type there
  protected final <T> T argument(String param) {
    Object[] tree = (Object[]) layout[0];
    int at = 1 + rules.arguments.indexOf(param);
    return at == 0 || at >= tree.length ? null : (T) value(tree[at]);
  }

  /** The update-mask paths of the slots set, sorted, separated by commas. */
  protected final String maskPaths() {
    return maskPaths == null ? "" : String.join(",", maskPaths);
  }

  /**
   * What is at a place of the tree: nothing, a slot's or a fixed value, or a resource of the fields below
   * it, {@code null} when none of them is set.
   */
  private Object value(Object place) {
    if (place instanceof Integer entry) {
      return entry >= 0 ? values[entry] : ((List<?>) layout[2]).get(-1 - entry);
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
