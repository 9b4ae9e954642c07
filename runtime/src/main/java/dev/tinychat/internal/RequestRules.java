package dev.tinychat.internal;

import dev.tinychat.http.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Not API. The combinations of one REST method, declared once by its generated request class, and
 * the one checker that holds a call against them before any I/O. The same declaration places the
 * values of a request made by a factory ({@link Arguments}): per combination its slots, the
 * required then the allowed paths in the order declared (a path the update mask has followed by
 * a colon and its mask path, {@code space.displayName:display_name}), and the values it fixes.
 *
 * <p>The combination is chosen by the fields each fixes (the most fixed fields that match win);
 * then every argument and every sendable field below it must fit: required ones set and not
 * empty, forbidden and unnamed ones unset, counts within bounds. When none of the candidates fits,
 * the first problem of the closest (the fewest problems) is thrown; only that exception is built.
 */
public final class RequestRules {
  private static final int FIXED = 0;
  private static final int REQUIRED = 1;
  private static final int ALLOWED = 2;
  private static final int FORBIDDEN = 3;
  /** The role of a path that has none of its own but fields below it that have. */
  private static final int PARENT_ONLY = -1;

  private final String method;
  private final String[] params;
  private final Map<String, Shape<?>> resources = new HashMap<>();
  private final Map<String, String[]> children = new HashMap<>();
  /** Per fixed path its prefixes: for {@code a.b.c} {@code a}, {@code a.b}, {@code a.b.c}. */
  private final List<String[]> fixedPaths = new ArrayList<>();
  // The combinations, in declaration order: their names, the message for a forbidden field that
  // is set, the values they fix, and per path with a rule its role, 1 if fields below it have
  // rules, and the count bounds. Lists side by side rather than a class (the runtime has a byte
  // budget); a combination is its index, a set of them a bit mask.
  private final List<String> names = new ArrayList<>();
  private final List<String> forbiddenTexts = new ArrayList<>();
  private final List<Map<String, Object>> fixedValues = new ArrayList<>();
  private final List<Map<String, int[]>> rules = new ArrayList<>();
  /** The parameters the paths start with, in the order first named: the top of each layout. */
  final List<String> arguments = new ArrayList<>();
  /**
   * Per combination its layout, made as its paths are declared (each path is parsed once, for the
   * checker and the layout both): the tree of the arguments, per slot its update-mask path or
   * null, and the fixed values. A node of the tree is an Object[]: its shape (null for the
   * arguments), then per argument (as {@link #arguments} names them; a later combination may name
   * more) or field what is there: nothing (null), a slot (its index), a fixed value ({@code -1 -}
   * its index), or a resource (a node). Arrays rather than classes: the runtime has a byte budget.
   */
  final List<Object[]> layouts = new ArrayList<>();

  /**
   * @param method the method's name, for messages
   * @param params the checked parameters in call order, separated by single spaces; others
   *     (path variables, the idempotency key) may be named by required or allowed paths, which
   *     places their values, but are not checked
   */
  public RequestRules(String method, String params) {
    this.method = method;
    this.params = params.split(" ");
  }

  /**
   * The shape of the resource at {@code path} (of each element, for a list); the resources below
   * it that paths name are found through it.
   */
  public RequestRules resource(String path, Shape<?> shape) {
    resources.put(path, shape);
    String[] paths = new String[shape.names.length];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = path + "." + shape.names[i];
    }
    children.put(path, paths);
    return this;
  }

  /** Starts a combination; {@code description} is a clause, quoted when a forbidden field is set. */
  public RequestRules combination(String name, String description) {
    if (names.size() == 64) {
      throw new IllegalStateException("more than 64 combinations of " + method);
    }
    names.add(name);
    forbiddenTexts.add("forbidden in " + name + (description.isEmpty() ? "" : " (" + description + ")"));
    fixedValues.add(new HashMap<>());
    rules.add(new HashMap<>());
    layouts.add(new Object[] {new Object[1], new ArrayList<String>(), new ArrayList<>()});
    return this;
  }

  public RequestRules fixed(String path, Object value) {
    fixedValues.get(names.size() - 1).put(path, value);
    return role(FIXED, path);
  }

  public RequestRules required(String... paths) {
    return role(REQUIRED, paths);
  }

  public RequestRules allowed(String... paths) {
    return role(ALLOWED, paths);
  }

  public RequestRules forbidden(String... paths) {
    return role(FORBIDDEN, paths);
  }

  /** Element-count bounds of a required or allowed list. */
  public RequestRules count(String path, int min, int max) {
    int[] rule = rule(path);
    rule[2] = min;
    rule[3] = max;
    return this;
  }

  /** The rule of {@code path} in the last combination, made when it has none yet. */
  private int[] rule(String path) {
    Map<String, int[]> last = rules.get(names.size() - 1);
    int[] rule = last.get(path);
    if (rule == null) {
      last.put(path, rule = new int[] {PARENT_ONLY, 0, 0, Integer.MAX_VALUE});
    }
    return rule;
  }

  /**
   * Gives each path (a required or allowed one followed by its mask path after a colon, if it has
   * one) its role in the last combination, marks the paths above it as having rules below, finds
   * the resources on the way through their shapes, and places a slot or a fixed value in the
   * combination's layout.
   */
  @SuppressWarnings("unchecked") // the layout's lists, as made by combination
  private RequestRules role(int role, String... paths) {
    int combination = names.size() - 1;
    Object[] layout = layouts.get(combination);
    for (String declared : paths) {
      String[] pathAndMask = declared.split(":");
      String path = pathAndMask[0];
      rule(path)[0] = role;
      Integer entry = null;
      if (role == FIXED) {
        List<Object> fixed = (List<Object>) layout[2];
        entry = -1 - fixed.size();
        fixed.add(fixedValues.get(combination).get(path));
      } else if (role != FORBIDDEN) {
        List<String> masks = (List<String>) layout[1];
        entry = masks.size();
        masks.add(pathAndMask.length > 1 ? pathAndMask[1] : null);
      }
      String[] segments = path.split("\\.");
      String[] prefixes = segments.clone();
      if (!arguments.contains(prefixes[0])) {
        arguments.add(prefixes[0]);
      }
      int at = 1 + arguments.indexOf(prefixes[0]);
      Object[] node = (Object[]) layout[0];
      if (node.length <= at) {
        layout[0] = node = Arrays.copyOf(node, at + 1);
      }
      for (int i = 1; i < segments.length; i++) {
        rule(prefixes[i - 1])[1] = 1;
        prefixes[i] = prefixes[i - 1] + "." + segments[i];
        Shape<?> shape = resources.get(prefixes[i - 1]);
        int field = Arrays.asList(shape.names).indexOf(segments[i]);
        if (i + 1 < segments.length && !resources.containsKey(prefixes[i])) {
          resource(prefixes[i], shape.nested(field));
        }
        if (entry != null) {
          if (node[at] == null) {
            node[at] = new Object[shape.names.length + 1];
            ((Object[]) node[at])[0] = shape;
          }
          node = (Object[]) node[at];
          at = 1 + field;
        }
      }
      if (entry != null) {
        node[at] = entry;
      }
      boolean known = role != FIXED;
      for (String[] fixedPrefixes : fixedPaths) {
        known |= fixedPrefixes[fixedPrefixes.length - 1].equals(path);
      }
      if (!known) {
        fixedPaths.add(prefixes);
      }
    }
    return this;
  }

  /**
   * Checks the arguments of a call, given in the order of the parameters.
   *
   * @throws InvalidRequestException naming the field and the rule it breaks
   */
  public void check(Object... arguments) {
    long candidates = decide(arguments);
    int most = 0;
    for (int c = 0; c < names.size(); c++) {
      most = Math.max(most, (candidates >> c & 1) == 0 ? 0 : fixedValues.get(c).size());
    }
    // the problems of the closest candidate: path, message, path, message, ...
    List<String> closest = null;
    for (int c = 0; c < names.size(); c++) {
      if ((candidates >> c & 1) != 0 && fixedValues.get(c).size() == most) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
          node(c, problems, params[i], null, arguments[i], false);
        }
        if (problems.isEmpty()) {
          return;
        }
        if (closest == null || problems.size() < closest.size()) {
          closest = problems;
        }
      }
    }
    throw new InvalidRequestException(closest.get(0), closest.get(1));
  }

  /** The combinations left after the fixed fields, taken in the order they were first declared. */
  private long decide(Object[] arguments) {
    long candidates = -1L >>> -names.size();
    for (String[] prefixes : fixedPaths) {
      String path = prefixes[prefixes.length - 1];
      // the value at path: the argument, then the field of each resource on the way
      Object value = arguments[Arrays.asList(params).indexOf(prefixes[0])];
      for (int i = 1; i < prefixes.length && value != null; i++) {
        Shape<?> shape = resources.get(prefixes[i - 1]);
        value = shape.get(shape.slots(value), Arrays.asList(children.get(prefixes[i - 1])).indexOf(prefixes[i]));
      }
      long matching = 0;
      long others = 0;
      for (int c = 0; c < names.size(); c++) {
        Map<String, Object> fixed = fixedValues.get(c);
        if ((candidates >> c & 1) == 0) {
          continue;
        } else if (!fixed.containsKey(path)) {
          others |= 1L << c;
        } else if (Objects.equals(fixed.get(path), value)) {
          matching |= 1L << c;
        }
      }
      if (matching != 0) {
        candidates = matching | others;
      } else if (others != 0) {
        candidates = others;
      } else {
        throw unexpected(path, value, candidates);
      }
    }
    return candidates;
  }

  private InvalidRequestException unexpected(String path, Object value, long candidates) {
    List<String> values = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (int candidate = 0; candidate < names.size(); candidate++) {
      if ((candidates >> candidate & 1) == 0) {
        continue;
      }
      String text = text(fixedValues.get(candidate).get(path));
      int i = values.indexOf(text);
      if (i < 0) {
        values.add(text);
        named.add(names.get(candidate));
      } else {
        named.set(i, named.get(i) + ", " + names.get(candidate));
      }
    }
    StringBuilder message = new StringBuilder(value == null ? "not set" : "no combination of " + method + " fixes " + value)
        .append("; expected one of ");
    for (int i = 0; i < values.size(); i++) {
      message.append(i == 0 ? "" : ", ").append(values.get(i)).append(" (").append(named.get(i)).append(')');
    }
    return new InvalidRequestException(path, message.toString());
  }

  private static String text(Object value) {
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  /**
   * Adds the problems of one argument or field to {@code problems}; {@code display} is its path
   * with list indexes, when it has any.
   */
  private void node(int combination, List<String> problems, String path, String display,
      Object value, boolean parentCovers) {
    int[] rule = rules.get(combination).get(path);
    String name = names.get(combination);
    int role = rule == null ? PARENT_ONLY : rule[0];
    boolean parent = rule != null && rule[1] != 0;
    String at = display == null ? path : display;
    boolean present = value != null && !(value instanceof List<?> list && list.isEmpty());
    int size = value instanceof List<?> list ? list.size() : 0;
    String problem = null;
    if (role == PARENT_ONLY && !parent) {
      problem = !parentCovers && present ? "not allowed in " + name : null;
    } else if (role == FORBIDDEN) {
      problem = present ? forbiddenTexts.get(combination) : null;
    } else if (role == REQUIRED && value == null) {
      problem = "required by " + name;
    } else if (role == REQUIRED
        && (value instanceof String text && text.isEmpty() || value instanceof List<?> && size == 0)) {
      problem = "required by " + name + ", and empty";
    } else if (role != FIXED && value != null && (size < rule[2] || size > rule[3])) {
      problem = name + " takes " + range(rule) + ", got " + size;
    }
    if (problem != null) {
      problems.add(at);
      problems.add(problem);
    }
    if (!parent || value == null || role == FORBIDDEN || role == FIXED) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          fields(combination, problems, path, at + "[" + i + "]", list.get(i), role != PARENT_ONLY);
        }
      }
    } else {
      fields(combination, problems, path, display, value, role != PARENT_ONLY);
    }
  }

  private void fields(int combination, List<String> problems, String path, String display,
      Object value, boolean covers) {
    Shape<?> shape = resources.get(path);
    Object[] values = shape.slots(value);
    String[] paths = children.get(path);
    for (int i = 0; i < paths.length; i++) {
      if ((shape.kinds[i] & Shape.OUTPUT) == 0) {
        node(combination, problems, paths[i], display == null ? null : display + "." + shape.names[i],
            shape.get(values, i), covers);
      }
    }
  }

  private static String range(int[] rule) {
    if (rule[2] == rule[3]) {
      return "exactly " + rule[2];
    } else if (rule[3] == Integer.MAX_VALUE) {
      return "at least " + rule[2];
    } else if (rule[2] == 0) {
      return "at most " + rule[3];
    }
    return rule[2] + " to " + rule[3];
  }

  /**
   * A required argument, refused at once when it is {@code null} (or an empty String, which
   * proto3 cannot tell from unset): {@code space.customer: required by namedSpaceAsApp}, or
   * {@code space: required} without a combination. (Not named {@code required}: a call of the
   * declaration {@link #required(String...)} with three paths would resolve to it.)
   */
  public static <T> T requireArgument(T value, String path, String combination) {
    String rule = combination == null ? "required" : "required by " + combination;
    if (value == null) {
      throw new InvalidRequestException(path, rule);
    }
    if (value instanceof String text && text.isEmpty()) {
      throw new InvalidRequestException(path, rule + ", and empty");
    }
    return value;
  }

  /** Checks the declared limits of a resource argument, when it is set: {@code shape}'s resource. */
  public static void checkValue(Object value, String path, Shape<?> shape) {
    if (value != null) {
      shape.check(value, path);
    }
  }

  /**
   * Refuses {@code null} elements of a list argument, and checks the limits of each element when
   * {@code shape} is not {@code null}.
   */
  public static void checkElements(List<?> list, String path, Shape<?> shape) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (element == null) {
        throw new InvalidRequestException(path + "[" + i + "]", "must not be null");
      }
      if (shape != null) {
        shape.check(element, path + "[" + i + "]");
      }
    }
  }

  /**
   * The text of a path variable: refused when unset, or when it does not match {@code pattern}
   * ({@code null} for any text), a resource-name pattern as written: {@code /}-separated
   * literals and variables, a variable ({@code *}, {@code {space}}, or after a literal prefix,
   * {@code client-{id}}) matching one non-empty segment, and a last {@code **} the non-empty rest.
   */
  public static String pathValue(Object value, String name, String pattern) {
    if (value == null) {
      throw new InvalidRequestException(name, "required");
    }
    String text = text(value);
    if (pattern != null && !matches(text, pattern)) {
      throw new InvalidRequestException(name, "must match " + pattern + ", got \"" + text + '"');
    }
    return text;
  }

  private static boolean matches(String text, String pattern) {
    String[] parts = pattern.split("/", -1);
    String[] segments = text.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("**")) {
        return i < segments.length && (i + 1 < segments.length || !segments[i].isEmpty());
      }
      int variable = part.equals("*") ? 0 : part.indexOf('{');
      if (i >= segments.length || (variable < 0 ? !segments[i].equals(part)
          : !segments[i].startsWith(part.substring(0, variable)) || segments[i].length() <= variable)) {
        return false;
      }
    }
    return segments.length == parts.length;
  }

  /**
   * Refuses {@code unrecognized}, the constant of an enum that stands for values this client does
   * not know, as a query argument: it has no text to send.
   */
  public static void sendable(Enum<?> value, Enum<?> unrecognized, String name, Enum<?>[] constants) {
    if (value == unrecognized) {
      StringBuilder known = new StringBuilder();
      for (Enum<?> constant : constants) {
        if (constant != unrecognized) {
          known.append(known.length() == 0 ? "" : ", ").append(constant.name());
        }
      }
      throw new InvalidRequestException(name, unrecognized.name()
          + " stands for a value this client does not know and cannot be sent; choose one of " + known);
    }
  }

  /** Refuses an update mask that names no field ({@code null} or empty). */
  public static void mask(String mask, String name) {
    if (mask == null || mask.isEmpty()) {
      throw new InvalidRequestException(name,
          "names no field: set at least one field to update (set to null to clear it)");
    }
  }
}
