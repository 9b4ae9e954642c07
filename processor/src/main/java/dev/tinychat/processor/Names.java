package dev.tinychat.processor;

import java.util.Collection;

/** Small text helpers: capitalization and the nearest name for "Did you mean" hints. */
final class Names {
  private Names() {}

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The candidate closest to {@code name} by edit distance (ignoring case; a name containing the other counts as two edits), or {@code null} when
   * none is close enough to be a likely typo.
   */
  static String nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String a = name.toLowerCase(java.util.Locale.ROOT);
      String b = candidate.toLowerCase(java.util.Locale.ROOT);
      // "parent" for "parentName": one name inside the other is as good as a typo
      int distance = distance(a, b);
      if (a.contains(b) || b.contains(a)) {
        distance = Math.min(distance, 2);
      }
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A hint to append to a message: {@code  Did you mean "x"?} or the valid options. */
  static String hint(String name, Collection<String> candidates) {
    String nearest = nearest(name, candidates);
    if (nearest != null) {
      return " Did you mean \"" + nearest + "\"?";
    }
    return candidates.isEmpty() ? "" : " Valid names: " + String.join(", ", candidates) + ".";
  }
}
