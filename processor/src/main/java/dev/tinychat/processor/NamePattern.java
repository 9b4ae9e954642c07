package dev.tinychat.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource-name pattern: segments separated by {@code /}, each a literal or a variable that
 * matches one non-empty segment without {@code /}. Two spellings are read: {@code users/{user}}
 * ({@code @NamePattern}) and {@code spaces/*} (a path variable's pattern, where {@code **} also
 * matches the rest of the path).
 *
 * @param source the pattern as written
 * @param regex an equivalent {@link java.util.regex.Pattern} source
 */
record NamePattern(String source, String regex) {

  /** Thrown by {@link #parse} with the reason the text is not a pattern. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String reason) {
      super(reason);
    }
  }

  static NamePattern parse(String source) throws SyntaxException {
    if (source.isEmpty()) {
      throw new SyntaxException("it is empty");
    }
    List<String> parts = new ArrayList<>();
    String[] segments = source.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()) {
        throw new SyntaxException("segment " + (i + 1) + " is empty");
      } else if (segment.equals("*")) {
        parts.add("[^/]+");
      } else if (segment.equals("**")) {
        if (i != segments.length - 1) {
          throw new SyntaxException("** may only be the last segment");
        }
        parts.add(".+");
      } else if (segment.startsWith("{") && segment.endsWith("}")) {
        String variable = segment.substring(1, segment.length() - 1);
        if (!PathTemplate.isIdentifier(variable)) {
          throw new SyntaxException("\"" + segment + "\" is not a variable such as {user}");
        }
        parts.add("[^/]+");
      } else if (segment.indexOf('{') > 0 && segment.endsWith("}") && segment.indexOf('}') == segment.length() - 1
          && segment.substring(0, segment.indexOf('{')).matches("[A-Za-z0-9_.-]+")
          && PathTemplate.isIdentifier(segment.substring(segment.indexOf('{') + 1, segment.length() - 1))) {
        // a literal prefix, then a variable: client-{id}
        parts.add(quote(segment.substring(0, segment.indexOf('{'))) + "[^/]+");
      } else if (segment.contains("{") || segment.contains("}") || segment.contains("*")) {
        throw new SyntaxException("\"" + segment + "\" mixes text and a variable");
      } else {
        parts.add(quote(segment));
      }
    }
    return new NamePattern(source, String.join("/", parts));
  }

  private static String quote(String literal) {
    return literal.matches("[A-Za-z0-9_-]+") ? literal : "\\Q" + literal + "\\E";
  }
}
