package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code query} and {@code orderBy} of spaces.search, as Google documents them. Required:
 * {@code space_type = "SPACE"} and, with {@code useAdminAccess}, {@code customer =
 * "customers/my_customer"}. Optional: {@code display_name:"words"} (each word a case-insensitive
 * prefix of a word of the name), {@code external_user_allowed = true|false}, {@code
 * space_history_state = "HISTORY_ON"|"HISTORY_OFF"}, and for administrators {@code create_time}
 * and {@code last_active_time} compared with RFC 3339 timestamps. Comparisons of different fields
 * are joined by AND; OR joins comparisons of one field.
 */
final class SpaceSearch {
  /** A sort order and the paging key that follows it. */
  record Order(String field, boolean descending) {
    Comparator<StoredSpace> comparator() {
      Comparator<StoredSpace> order =
          Comparator.<StoredSpace>comparingLong(space -> key(space)[0])
              .thenComparingLong(space -> space.seq);
      return descending ? order.reversed() : order;
    }

    long[] key(StoredSpace space) {
      long primary =
          switch (field) {
            case "create_time" -> micros(space.createTime);
            case "last_active_time" -> micros(space.lastActiveTime);
            case "membership_count.joined_direct_human_user_count" ->
                space.count(StoredMember.Kind.HUMAN);
            default -> 0;
          };
      return new long[] {primary, space.seq};
    }
  }

  private final List<List<Filter.Comparison>> query;

  private SpaceSearch(List<List<Filter.Comparison>> query) {
    this.query = query;
  }

  static SpaceSearch parse(String text, boolean admin) {
    List<List<Filter.Comparison>> query = Filter.parse("query", text);
    Set<String> fields =
        admin
            ? Set.of(
                "space_type",
                "customer",
                "display_name",
                "external_user_allowed",
                "space_history_state",
                "create_time",
                "last_active_time")
            : Set.of("space_type", "display_name", "external_user_allowed");
    boolean spaceType = false;
    boolean customer = false;
    for (List<Filter.Comparison> group : query) {
      String field = group.get(0).field();
      for (Filter.Comparison comparison : group) {
        check(comparison, fields, admin);
        if (!comparison.field().equals(field)) {
          throw Filter.invalid(
              "query",
              "OR joins comparisons of one field only, but joins "
                  + field
                  + " and "
                  + comparison.field()
                  + " (character "
                  + comparison.at()
                  + ").");
        }
      }
      if (field.equals("space_type") || field.equals("customer")) {
        if (group.size() > 1 || (field.equals("space_type") ? spaceType : customer)) {
          throw Filter.invalid("query", field + " takes one comparison, without AND or OR.");
        }
        spaceType |= field.equals("space_type");
        customer |= field.equals("customer");
      }
    }
    if (!spaceType) {
      throw Filter.invalid("query", "space_type = \"SPACE\" is required.");
    }
    if (admin && !customer) {
      throw Filter.invalid(
          "query", "customer = \"customers/my_customer\" is required with use_admin_access.");
    }
    return new SpaceSearch(query);
  }

  private static void check(Filter.Comparison comparison, Set<String> fields, boolean admin) {
    String field = comparison.field();
    String op = comparison.op();
    String value = comparison.value();
    if (!fields.contains(field)) {
      throw Filter.invalid(
          "query",
          field
              + " can't be searched"
              + (admin ? "" : " without use_admin_access")
              + "; searchable: "
              + String.join(", ", new java.util.TreeSet<>(fields))
              + ".");
    }
    boolean ok =
        switch (field) {
          case "space_type" -> op.equals("=") && value.equals("SPACE");
          case "customer" -> op.equals("=") && value.equals("customers/my_customer");
          case "display_name" -> op.equals(":");
          case "external_user_allowed" ->
              op.equals("=") && (value.equals("true") || value.equals("false"));
          case "space_history_state" ->
              op.equals("=") && (value.equals("HISTORY_ON") || value.equals("HISTORY_OFF"));
          default -> !op.equals(":") && !op.equals("!=") && timestamp(value) != null;
        };
    if (!ok) {
      throw Filter.invalid(
          "query",
          "unsupported comparison "
              + field
              + " "
              + op
              + " "
              + JsonInput.quote(value)
              + " at character "
              + comparison.at()
              + "; see the query parameter's documentation.");
    }
  }

  boolean test(StoredSpace space) {
    if (!space.named()) {
      return false;
    }
    for (List<Filter.Comparison> group : query) {
      if (group.stream().noneMatch(comparison -> matches(comparison, space))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Filter.Comparison comparison, StoredSpace space) {
    String value = comparison.value();
    return switch (comparison.field()) {
      case "display_name" -> nameMatches(space.displayName, value);
      case "external_user_allowed" -> space.externalUserAllowed == Boolean.parseBoolean(value);
      case "space_history_state" -> space.historyState.equals(value);
      case "create_time" -> compare(space.createTime, comparison);
      case "last_active_time" -> compare(space.lastActiveTime, comparison);
      default -> true; // space_type and customer: every named space of the one customer
    };
  }

  /** Each word of the query is a case-insensitive prefix of some word of the name. */
  private static boolean nameMatches(String name, String query) {
    List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    Predicate<String> found = token -> words.stream().anyMatch(word -> word.startsWith(token));
    return List.of(query.toLowerCase(Locale.ROOT).split("\\s+")).stream()
        .filter(token -> !token.isEmpty())
        .allMatch(found);
  }

  private static boolean compare(Instant actual, Filter.Comparison comparison) {
    int order = actual.compareTo(timestamp(comparison.value()));
    return switch (comparison.op()) {
      case "=" -> order == 0;
      case "<" -> order < 0;
      case ">" -> order > 0;
      case "<=" -> order <= 0;
      default -> order >= 0;
    };
  }

  static Instant timestamp(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code orderBy}: the fields Google documents, ASC by default. */
  static Order order(String text, boolean admin) {
    if (text == null || text.isBlank()) {
      return new Order("create_time", false);
    }
    String[] words = text.strip().split("\\s+");
    String field = JsonInput.snakeCase(words[0]);
    String direction = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
    Set<String> fields =
        admin
            ? Set.of(
                "membership_count.joined_direct_human_user_count",
                "last_active_time",
                "create_time")
            : Set.of("create_time", "relevance");
    if (words.length > 2
        || !fields.contains(field)
        || !(direction.equals("ASC") || direction.equals("DESC"))
        || (!admin && direction.equals("ASC"))) {
      throw ApiError.invalid(
          "order_by",
          "order_by "
              + JsonInput.quote(text)
              + " is not supported; use "
              + (admin
                  ? "membership_count.joined_direct_human_user_count, last_active_time or"
                      + " create_time, then ASC or DESC."
                  : "create_time DESC or relevance DESC without use_admin_access."));
    }
    return new Order(field, direction.equals("DESC"));
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }
}
