package dev.tinychat.sample.emulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code filter} of {@code spaces.members.list}, in the forms Google documents: comparisons
 * {@code role = "ROLE_MANAGER"} or {@code "ROLE_MEMBER"}, {@code member.type = "HUMAN"} or {@code
 * "BOT"} (also with {@code !=}), joined by {@code AND} or by {@code OR}. The emulator refuses
 * with 400, naming what it does not take: other fields or values, {@code !=} on role, the same
 * field twice joined by AND (Google refuses it too), parentheses, and AND mixed with OR in one
 * filter (Google's grammar gives OR precedence; the emulator does not guess). A Google group's
 * membership has no {@code member.type}: {@code =} never matches it, {@code !=} always does.
 */
final class MemberFilter {
  private record Comparison(String field, boolean equal, String value) {
    boolean test(StoredMember member) {
      String actual;
      if (field.equals(ROLE)) {
        actual = member.manager() ? "ROLE_MANAGER" : "ROLE_MEMBER";
      } else {
        actual = member.kind() == StoredMember.Kind.GROUP ? null : member.kind().name();
      }
      return value.equals(actual) == equal;
    }
  }

  private static final String ROLE = "role";
  private static final String TYPE = "member.type";
  private static final MemberFilter ALL = new MemberFilter(List.of(), true);

  private final List<Comparison> comparisons;
  private final boolean and;

  private MemberFilter(List<Comparison> comparisons, boolean and) {
    this.comparisons = comparisons;
    this.and = and;
  }

  /** Parses a filter; null or blank matches every membership. */
  static MemberFilter parse(String text) {
    if (text == null || text.isBlank()) {
      return ALL;
    }
    return new Parser(text).parse();
  }

  boolean test(StoredMember member) {
    for (Comparison comparison : comparisons) {
      if (comparison.test(member) != and) {
        return !and;
      }
    }
    return and;
  }

  private static ApiError invalid(String message) {
    return ApiError.invalid("filter", "Invalid filter: " + message);
  }

  /** A hand-written lexer and parser over the filter text; positions in messages count from 1. */
  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    MemberFilter parse() {
      List<Comparison> comparisons = new ArrayList<>();
      String joiner = null;
      comparisons.add(comparison());
      while (skipBlanks()) {
        int start = at;
        String word = word();
        if (!word.equals("AND") && !word.equals("OR")) {
          throw invalid("expected AND or OR at character " + (start + 1) + ", but found "
              + found(start) + ".");
        }
        if (joiner != null && !joiner.equals(word)) {
          throw invalid("the emulator does not support AND and OR in one filter (character "
              + (start + 1) + "); use only AND or only OR.");
        }
        joiner = word;
        comparisons.add(comparison());
      }
      boolean and = !"OR".equals(joiner);
      if (and) {
        Set<String> fields = new HashSet<>();
        for (Comparison comparison : comparisons) {
          if (!fields.add(comparison.field())) {
            throw invalid(comparison.field() + " is compared twice joined by AND; use OR to match"
                + " either value.");
          }
        }
      }
      return new MemberFilter(List.copyOf(comparisons), and);
    }

    private Comparison comparison() {
      skipBlanks();
      int start = at;
      String field = word();
      if (!field.equals(ROLE) && !field.equals(TYPE)) {
        throw invalid("expected role or member.type at character " + (start + 1) + ", but found "
            + found(start) + "; the emulator filters on these two fields only.");
      }
      skipBlanks();
      boolean equal;
      if (text.startsWith("!=", at)) {
        equal = false;
        at += 2;
      } else if (text.startsWith("=", at)) {
        equal = true;
        at++;
      } else {
        throw invalid("expected = or != after " + field + " at character " + (at + 1)
            + ", but found " + found(at) + ".");
      }
      if (!equal && field.equals(ROLE)) {
        throw invalid("role takes = only; != is for member.type.");
      }
      skipBlanks();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw invalid("expected a double-quoted value after " + field + (equal ? " =" : " !=")
            + " at character " + (at + 1) + ", but found " + found(at) + ".");
      }
      int close = text.indexOf('"', at + 1);
      if (close < 0) {
        throw invalid("the value at character " + (at + 1) + " has no closing quote.");
      }
      String value = text.substring(at + 1, close);
      at = close + 1;
      List<String> allowed =
          field.equals(ROLE) ? List.of("ROLE_MANAGER", "ROLE_MEMBER") : List.of("HUMAN", "BOT");
      if (!allowed.contains(value)) {
        throw invalid(field + " must be compared with \"" + allowed.get(0) + "\" or \""
            + allowed.get(1) + "\", but was \"" + value + "\".");
      }
      return new Comparison(field, equal, value);
    }

    /** Skips blanks; whether text is left. */
    private boolean skipBlanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return at < text.length();
    }

    /** Letters, digits, '_' and '.' from here; parentheses are refused by name. */
    private String word() {
      if (at < text.length() && (text.charAt(at) == '(' || text.charAt(at) == ')')) {
        throw invalid("the emulator does not support parentheses (character " + (at + 1) + ").");
      }
      int start = at;
      while (at < text.length()
          && (Character.isLetterOrDigit(text.charAt(at))
              || text.charAt(at) == '_'
              || text.charAt(at) == '.')) {
        at++;
      }
      return text.substring(start, at);
    }

    private String found(int position) {
      if (position >= text.length()) {
        return "the end";
      }
      int end = position;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      return "\"" + text.substring(position, end) + "\"";
    }
  }
}
