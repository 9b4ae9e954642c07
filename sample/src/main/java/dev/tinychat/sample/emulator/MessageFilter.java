package dev.tinychat.sample.emulator;

import java.time.Instant;
import java.util.List;

/**
 * The {@code filter} of spaces.messages.list, as Google documents it: {@code create_time >
 * "timestamp"} and {@code create_time < "timestamp"} (RFC 3339), and at most one {@code
 * thread.name = spaces/S/threads/T}, joined by AND.
 */
final class MessageFilter {
  private final List<Filter.Comparison> comparisons;
  private final String spacePrefix;

  private MessageFilter(List<Filter.Comparison> comparisons, String spacePrefix) {
    this.comparisons = comparisons;
    this.spacePrefix = spacePrefix;
  }

  static MessageFilter parse(String text, StoredSpace space) {
    List<List<Filter.Comparison>> groups = Filter.parse("filter", text);
    List<Filter.Comparison> comparisons = new java.util.ArrayList<>();
    boolean thread = false;
    for (List<Filter.Comparison> group : groups) {
      if (group.size() > 1) {
        throw Filter.invalid("filter", "messages are filtered with AND only, not OR.");
      }
      Filter.Comparison comparison = group.get(0);
      switch (comparison.field()) {
        case "create_time" -> {
          if (!(comparison.op().equals(">") || comparison.op().equals("<"))
              || SpaceSearch.timestamp(comparison.value()) == null) {
            throw Filter.invalid(
                "filter",
                "create_time takes > or < and an RFC 3339 timestamp in double quotes, e.g."
                    + " create_time > \"2023-04-21T11:30:00-04:00\" (character "
                    + comparison.at()
                    + ").");
          }
        }
        case "thread.name" -> {
          if (thread || !comparison.op().equals("=")
              || !comparison.value().matches("spaces/[^/]+/threads/[^/]+")) {
            throw Filter.invalid(
                "filter",
                "thread.name takes one comparison thread.name = spaces/{space}/threads/{thread}"
                    + " (character "
                    + comparison.at()
                    + ").");
          }
          thread = true;
        }
        default ->
            throw Filter.invalid(
                "filter",
                "messages can be filtered by create_time and thread.name only, but character "
                    + comparison.at()
                    + " has "
                    + comparison.field()
                    + ".");
      }
      comparisons.add(comparison);
    }
    return new MessageFilter(comparisons, space.name() + "/threads/");
  }

  boolean test(StoredMessage message) {
    for (Filter.Comparison comparison : comparisons) {
      if (comparison.field().equals("thread.name")) {
        if (!comparison.value().equals(spacePrefix + message.threadId)) {
          return false;
        }
      } else {
        Instant bound = SpaceSearch.timestamp(comparison.value());
        int order = message.createTime.compareTo(bound);
        if (comparison.op().equals(">") ? order <= 0 : order >= 0) {
          return false;
        }
      }
    }
    return true;
  }
}
