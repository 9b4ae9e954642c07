package dev.tinychat.sample.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter and query language of Google's list and search methods (AIP-160), as far as the
 * Chat API documents it: comparisons {@code field op value} with {@code = != < > <= >=} or
 * {@code :} (HAS), values double-quoted or bare ({@code true}, {@code spaces/A/threads/B}),
 * grouped by {@code OR} (which binds tighter, as in AIP-160) and then joined by {@code AND};
 * an {@code OR} group may be in parentheses. The result is a conjunction of disjunctions; each
 * method then checks which fields, operators and combinations it takes. Field names are taken in
 * lowerCamelCase or snake_case and kept in snake_case.
 */
final class Filter {
  /** One comparison; {@code at} is its position (from 1) in the text, for messages. */
  record Comparison(String field, String op, String value, int at) {}

  private final String parameter;
  private final String text;
  private int at;

  private Filter(String parameter, String text) {
    this.parameter = parameter;
    this.text = text;
  }

  /**
   * Parses {@code text}; null or blank is no condition.
   *
   * @param parameter the query parameter's proto name, e.g. {@code filter}, for messages
   */
  static List<List<Comparison>> parse(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return new Filter(parameter, text).conjunction();
  }

  /** 400 INVALID_ARGUMENT naming the parameter: {@code Invalid filter: why}. */
  static ApiError invalid(String parameter, String why) {
    return ApiError.invalid(parameter, "Invalid " + parameter + ": " + why);
  }

  private List<List<Comparison>> conjunction() {
    List<List<Comparison>> groups = new ArrayList<>();
    groups.add(disjunction());
    while (skipBlanks()) {
      expectWord("AND");
      groups.add(disjunction());
    }
    return groups;
  }

  private List<Comparison> disjunction() {
    skipBlanks();
    boolean parenthesis = at < text.length() && text.charAt(at) == '(';
    if (parenthesis) {
      at++;
    }
    List<Comparison> group = new ArrayList<>();
    group.add(comparison());
    while (true) {
      skipBlanks();
      if (parenthesis && at < text.length() && text.charAt(at) == ')') {
        at++;
        return group;
      }
      if (!text.startsWith("OR", at) || (at + 2 < text.length() && isWord(text.charAt(at + 2)))) {
        if (parenthesis) {
          throw invalid(parameter, "expected OR or ) at character " + position(at) + ", but found "
              + found(at) + ".");
        }
        return group;
      }
      at += 2;
      group.add(comparison());
    }
  }

  private Comparison comparison() {
    skipBlanks();
    int start = at;
    String field = word();
    if (field.isEmpty()) {
      throw invalid(parameter, "expected a field name at character " + position(start)
          + ", but found " + found(start) + ".");
    }
    skipBlanks();
    String op = null;
    for (String candidate : List.of("!=", "<=", ">=", "=", "<", ">", ":")) {
      if (text.startsWith(candidate, at)) {
        op = candidate;
        break;
      }
    }
    if (op == null) {
      throw invalid(parameter, "expected an operator (= != < > <= >= :) after " + field
          + " at character " + position(at) + ", but found " + found(at) + ".");
    }
    at += op.length();
    skipBlanks();
    String value;
    if (at < text.length() && text.charAt(at) == '"') {
      int close = text.indexOf('"', at + 1);
      if (close < 0) {
        throw invalid(
            parameter, "the value at character " + position(at) + " has no closing quote.");
      }
      value = text.substring(at + 1, close);
      at = close + 1;
    } else {
      int valueStart = at;
      value = word();
      if (value.isEmpty()) {
        throw invalid(parameter, "expected a value after " + field + " " + op + " at character "
            + position(valueStart) + ", but found " + found(valueStart) + ".");
      }
    }
    return new Comparison(JsonInput.snakeCase(field), op, value, position(start));
  }

  private void expectWord(String expected) {
    int start = at;
    String word = word();
    if (!word.equals(expected)) {
      throw invalid(parameter, "expected " + expected + " at character " + position(start)
          + ", but found " + found(start) + ".");
    }
  }

  /** The position of a char index in the text, counted in characters (code points) from 1. */
  private int position(int index) {
    return text.codePointCount(0, index) + 1;
  }

  /** Skips blanks; whether text is left. */
  private boolean skipBlanks() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at < text.length();
  }

  private String word() {
    int start = at;
    while (at < text.length() && isWord(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-';
  }

  private String found(int position) {
    if (position >= text.length()) {
      return "the end";
    }
    int end = position + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return JsonInput.quote(text.substring(position, end));
  }
}
